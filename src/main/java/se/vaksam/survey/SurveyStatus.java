package se.vaksam.survey;

/** A survey's life: prepared, sent (answers accepted until the closing date), closed. */
public enum SurveyStatus {
    DRAFT, OPEN, CLOSED
}
