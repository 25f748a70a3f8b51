package se.vaksam.selfassessment;

/** Where a self-assessment is: being written, or submitted to kommunstyrelsen. */
public enum AssessmentStatus {
    DRAFT,
    SUBMITTED
}
