package se.vaksam.deviation;

import java.time.LocalDate;

/** What the forms, the API and other processes hand to {@link DeviationManagement}. */
public final class Drafts {

    private Drafts() {
    }

    /** A report from inside by a member of staff (any kind, also a complaint taken by telephone). */
    public record StaffReport(DeviationKind kind, Long unitId, String title, String description, LocalDate occurredOn,
            String concernedPerson, Long areaCategoryId) {
    }

    /**
     * A complaint or suggestion through the public e-service. {@code token} is the form's one-time
     * submission token: the same token twice stores one deviation.
     */
    public record PublicSubmission(DeviationKind kind, Long unitId, ReporterKind reporterKind, String description,
            LocalDate occurredOn, String name, String contact, boolean consent, String token) {
    }

    /** A deviation raised by another process, e.g. an anomaly found in a log review (module check). */
    public record ProcessReport(String source, long unitId, String title, String description, LocalDate occurredOn) {
    }

    /** The answer to a public submission: the case number, and whether the token had been used already. */
    public record Receipt(String caseNumber, boolean repeated) {
    }

    /** What a step records; which fields a step needs is said by {@link DeviationManagement#take}. */
    public record StepInput(String text, String assignee, Assessment assessment, Boolean serious, DecisionBody body,
            IvoReply ivoReply, Long categoryId) {

        public static StepInput text(String text) {
            return new StepInput(text, null, null, null, null, null, null);
        }
    }
}
