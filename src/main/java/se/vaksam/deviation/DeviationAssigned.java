package se.vaksam.deviation;

/** A deviation was assigned to a person (to investigate); they get an e-mail. */
public record DeviationAssigned(long deviationId, String caseNumber, String assignee) {
}
