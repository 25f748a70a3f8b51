package se.vaksam.plan;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import se.vaksam.shared.Period;

/**
 * How pages, the API and other modules (follow-up, reports, checks) read plans: records only. A plan is
 * readable for whoever may read the committee, its förvaltning or any unit below; a single record the
 * person may not read is refused (403).
 */
public interface PlanQuery {

    /** Plans the person may read, newest year first; both filters optional. */
    List<PlanView> plans(Long committeeId, Integer year);

    PlanView plan(long planId);

    /**
     * Ids of every committee's plan for the year, unfiltered: for modules acting on behalf of a decision
     * (e.g. kommunstyrelsen's city-wide review areas); read the plans themselves through the scoped methods.
     */
    List<Long> planIds(int year);

    Optional<PlanView> planOf(long committeeId, int year);

    /** The plan's items (without removed ones), in plan order. */
    List<ItemView> items(long planId);

    ItemView item(long itemId);

    /**
     * The items of the year's plans the signed-in person may read, by title, for pickers (e.g. linking a
     * deviation to a plan item): read in one batch, without the items' reports.
     */
    List<ItemTitle> itemTitles(int year);

    record ItemTitle(long id, long planId, String title, String responsibleUnitName) {
    }

    /** Items of every committee's plan for one city-wide review area (kommungemensamt granskningsområde). */
    List<ItemView> itemsOfCommonReviewArea(long commonReviewAreaId);

    /** Changes made to the item list after adoption, with their decisions, oldest first. */
    List<Change> changes(long planId);

    /** What a draft can take up: the risk analysis' candidates and last year's proposals, with their origin. */
    List<Candidate> candidates(long planId);

    /** Proposals for a committee's plan of the given year. */
    List<Proposal> proposals(long committeeId, int year);

    List<ImprovementView> improvementActions(Long planId);

    List<ImprovementView> improvementActionsOf(long itemId);

    ImprovementView improvementAction(long actionId);

    /**
     * The committees (nämnder) whose plans the person may read, by name, each saying whether the person may manage
     * its plans (the internal-control coordinator at the förvaltning does, though the committee unit itself lies
     * above what the coordinator reads); at most {@code limit}.
     */
    List<CommitteeView> committees(int limit);

    /** Last year's actions carried into this year's follow-up (appendix "Uppföljning förbättringsåtgärder"). */
    List<ImprovementView> carriedIntoFollowUp(long committeeId, int year);

    /** When the reports of a period of a plan year are due (table {@code follow_up_deadline}, e.g. 15 September). */
    LocalDate followUpDue(Period period, int year);

    record PlanView(long id, long committeeId, String committeeName, int year, PlanStatus status,
            LocalDate decidedOn, String paragraph, String diaryNumber, String adoptedBy, LocalDate closedOn,
            int version, boolean manageable) {
    }

    /**
     * An item; {@code tables} are the result tables of a review or the tables reported with a direct action;
     * {@code due} is when its report is due: the follow-up deadline of its period (table
     * {@code follow_up_deadline}, e.g. 15 May for T1), the same date reminders, tasks and follow-ups use.
     */
    record ItemView(long id, long planId, int year, long committeeId, PlanStatus planStatus, ItemKind kind,
            ReviewKind reviewKind, Long commonReviewAreaId, Long riskId, String riskTitle, String riskSentence,
            String title, long responsibleUnitId, String responsibleUnitName, Long responsiblePersonId,
            String responsibleUsername, String responsibleName, Period period, ItemOrigin origin, Long proposalId,
            String whatToDo, String actionsTaken, ActionStatus actionStatus, Integer movedToYear,
            Integer finalReportYear, Period finalReportPeriod, String areas, String purpose, String scope,
            String method, Long reviewerPersonId, String reviewerUsername, String reviewerName,
            boolean reviewerNotIndependent, String result, String cause, String analysis, String conclusion,
            String ledToActions, List<ResultTable> tables, OffsetDateTime reportedAt, String reportedBy,
            LocalDate due, int version, boolean reportable, boolean manageable) {

        public boolean reported() {
            return reportedAt != null;
        }
    }

    /** A change after adoption: {@code kind} is ADDED, EDITED or REMOVED. */
    @Schema(name = "PlanChange")
    record Change(long id, Long itemId, LocalDate decidedOn, String reason, String kind, String itemTitle,
            String madeBy, OffsetDateTime madeAt) {
    }

    enum CandidateSource { RISK_ANALYSIS, PROPOSAL }

    /**
     * Something a draft plan can take up.
     *
     * @param source the risk analysis or a proposal
     * @param kind direct action or review
     * @param riskId the risk, if any
     * @param title the risk's or proposal's title
     * @param sentence the risk sentence, or the proposal's motivation
     * @param unitId the unit the item would be given to
     * @param originYear the analysis' year or the proposing item's plan year
     * @param originTitle the proposing item's title, or the band name for analysis candidates
     * @param proposalId the proposal, if any
     * @param taken whether the plan already has an item for it
     */
    @Schema(name = "PlanCandidate")
    record Candidate(CandidateSource source, ItemKind kind, Long riskId, String title, String sentence, long unitId,
            int originYear, String originTitle, Long proposalId, boolean taken) {
    }

    record Proposal(long id, long committeeId, int year, ItemKind kind, String title, String motivation, Long riskId,
            long responsibleUnitId, Long sourceItemId, String sourceItemTitle, Long sourceActionId,
            Long takenIntoItemId, String proposedBy) {
    }

    record ImprovementView(long id, long itemId, long planId, int year, long committeeId, String itemTitle,
            String title, String description, long ownerUnitId, String ownerUnitName, Long ownerPersonId,
            String ownerUsername, String ownerName, LocalDate dueOn, ImprovementStatus status,
            Disposition disposition, OtherProcess otherProcess, String dispositionNote, Integer disposedYear,
            List<Note> notes, int version, boolean writable) {

        public boolean open() {
            return status.open();
        }
    }

    record Note(long id, LocalDate notedOn, String text, String writtenBy) {
    }

    /** A committee: its unit's id, code and name, and whether the person may manage its plans. */
    record CommitteeView(long id, String code, String name, boolean manageable) {
    }
}
