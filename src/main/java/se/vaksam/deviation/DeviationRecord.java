package se.vaksam.deviation;

import java.time.LocalDate;

/**
 * One deviation as stored, for those who may open it. {@code concernedPerson} names the person the
 * deviation concerns, if any; a deviation naming a person, and every lex Sarah report, is confidential.
 * {@code decidedBeforeInvestigation}: the ordförande decided (on the notification to IVO) before the
 * investigation was finished, because the arbetsutskott could not be awaited.
 */
public record DeviationRecord(long id, String caseNumber, DeviationKind kind, DeviationStatus status, long unitId,
        Long areaUnitId, String title, String description, LocalDate occurredOn, LocalDate receivedOn,
        ReporterKind reporterKind, String reporterName, String reporterContact, String reportedBy,
        String concernedPerson, boolean confidential, Long areaCategoryId, Long causeCategoryId,
        Long measureCategoryId, String assignedUsername, LocalDate dueOn, String immediateAction,
        String immediateActionBy, LocalDate immediateActionOn, String investigation, String investigatedBy,
        LocalDate investigatedOn, Assessment assessment, Boolean serious, String decision, DecisionBody decisionBody,
        String decidedBy, LocalDate decidedOn, LocalDate ivoNotifiedOn, String ivoNotification, IvoReply ivoReply,
        LocalDate ivoRepliedOn, String measures, String outcome, LocalDate closedOn, int version,
        boolean decidedBeforeInvestigation) {

    /** Days from the report to IVO's notification (or to today while it is still to be sent). */
    public Long daysToIvo(LocalDate today) {
        if (kind != DeviationKind.LEX_SARAH || !Boolean.TRUE.equals(serious)) {
            return null;
        }
        LocalDate end = ivoNotifiedOn == null ? today : ivoNotifiedOn;
        return java.time.temporal.ChronoUnit.DAYS.between(receivedOn, end);
    }

    public boolean overdue(LocalDate today) {
        return dueOn != null && status != DeviationStatus.CLOSED && dueOn.isBefore(today);
    }
}
