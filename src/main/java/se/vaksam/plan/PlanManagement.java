package se.vaksam.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.org.OrgQuery;
import se.vaksam.org.OrgUnitType;
import se.vaksam.risk.RiskManagement;
import se.vaksam.risk.RiskQuery;
import se.vaksam.shared.ChangeSet;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.NotFoundException;
import se.vaksam.shared.RecordChanged;

/**
 * Every change to plans and their items, checked against the signed-in person's scope and recorded in
 * the change history (record types {@code plan.plan} and {@code plan.item}). The plan guards its life
 * cycle; an adopted plan's item list changes only with a recorded decision.
 */
@Service
@Transactional
public class PlanManagement {

    static final String PLAN = "plan.plan";
    static final String ITEM = "plan.item";

    private final PlanStore store;
    private final ResultTableStore tables;
    private final ImprovementStore improvements;
    private final PlanAccess access;
    private final RiskQuery risks;
    private final RiskManagement riskLinks;
    private final OrgQuery org;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanManagement(PlanStore store, ResultTableStore tables, ImprovementStore improvements, PlanAccess access,
            RiskQuery risks, RiskManagement riskLinks, OrgQuery org, ApplicationEventPublisher events, Clock clock) {
        this.riskLinks = riskLinks;
        this.store = store;
        this.tables = tables;
        this.improvements = improvements;
        this.access = access;
        this.risks = risks;
        this.org = org;
        this.events = events;
        this.clock = clock;
    }

    // ---- the plan's life cycle

    /** A draft plan for a committee and year; there is one plan per committee and year. */
    public long createPlan(long committeeId, int year) {
        OrgQuery.UnitView committee = org.existingUnit(committeeId, "committeeId");
        if (committee.type() != OrgUnitType.COMMITTEE) {
            throw new DomainException("plan.create.error.notCommittee", committee.name());
        }
        access.requireManage(committeeId);
        if (store.plan(committeeId, year).isPresent()) {
            throw new DomainException("plan.create.error.exists", committee.name(), year);
        }
        long id = store.insertPlan(committeeId, year);
        publish(PLAN, id, RecordChanged.Action.CREATED, ChangeSet.create().field("committee", null, committee.name())
                .field("year", null, year).field("status", null, PlanStatus.DRAFT), null);
        events.publishEvent(new PlanCreated(id, committeeId, year));
        return id;
    }

    /** The committee's decision adopting the plan; freezes the item list. */
    public void adopt(long planId, Adoption decision, int seenVersion) {
        Plan plan = plan(planId);
        access.requireManage(plan.committeeId());
        plan.adopt(decision);
        store.save(plan, seenVersion);
        publish(PLAN, planId, RecordChanged.Action.UPDATED, ChangeSet.create()
                .field("status", PlanStatus.DRAFT, PlanStatus.ADOPTED).field("decidedOn", null, decision.decidedOn())
                .field("paragraph", null, decision.paragraph()).field("diaryNumber", null, decision.diaryNumber())
                .field("adoptedBy", null, decision.adoptedBy()), null);
        events.publishEvent(new PlanAdopted(planId, plan.committeeId(), plan.year(), decision.decidedOn()));
    }

    /** Closes the year today; see {@link #close(long, LocalDate, int)}. */
    public void close(long planId, int seenVersion) {
        close(planId, null, seenVersion);
    }

    /**
     * Closes the year on the date of the committee's decision ({@code decidedOn}; today by the application's clock
     * when null); refused while any open improvement action lacks a disposition.
     */
    public void close(long planId, LocalDate decidedOn, int seenVersion) {
        Plan plan = plan(planId);
        access.requireManage(plan.committeeId());
        plan.close(decidedOn == null ? LocalDate.now(clock) : decidedOn, LocalDate.now(clock),
                improvements.openWithoutDisposition(planId));
        store.save(plan, seenVersion);
        publish(PLAN, planId, RecordChanged.Action.UPDATED, ChangeSet.create()
                .field("status", PlanStatus.ADOPTED, PlanStatus.CLOSED).field("closedOn", null, plan.closedOn()), null);
        events.publishEvent(new PlanClosed(planId, plan.committeeId(), plan.year()));
    }

    // ---- the item list

    /** Adds an item; once the plan is adopted only with a recorded decision. Returns the item's id. */
    public long addItem(long planId, ItemDraft draft, ChangeDecision decision) {
        Plan plan = plan(planId);
        access.requireManage(plan.committeeId());
        return insertItem(plan, draft, decision, origin(plan, draft));
    }

    /**
     * A city-wide review for a committee's plan, added on behalf of kommunstyrelsen's decision (by the
     * module that keeps the review areas, not by a person): no scope check; an adopted plan records the
     * given decision.
     */
    public long addCommonReview(long planId, long commonReviewAreaId, ItemDraft draft, ChangeDecision decision) {
        Plan plan = plan(planId);
        return insertItem(plan, draft.withCommonReviewArea(commonReviewAreaId), decision, ItemOrigin.COMMON_REVIEW);
    }

    private long insertItem(Plan plan, ItemDraft draft, ChangeDecision decision, ItemOrigin origin) {
        draft.check();
        org.existingUnit(draft.responsibleUnitId(), "responsibleUnitId");
        plan.checkItemListChange(decision);
        RiskQuery.RiskView risk = draft.riskId() == null ? null : referencedRisk(draft.riskId());
        long id = store.insertItem(plan.id(), draft, origin, risk == null ? null : risk.title(),
                risk == null ? null : risk.sentence(), person(draft.responsibleUsername()),
                person(draft.reviewerUsername()));
        if (draft.proposalId() != null) {
            store.markTaken(draft.proposalId(), id);
        }
        if (draft.riskId() != null) {
            riskLinks.linkFrom(draft.riskId(), ITEM, Long.toString(id));
        }
        PlanStore.ItemRow row = store.item(id).orElseThrow();
        publish(ITEM, id, RecordChanged.Action.CREATED, ItemChanges.planning(null, row), null);
        recordDecision(plan, id, decision, "ADDED", row.title());
        return id;
    }

    /** The risk an item is about to refer to: it must exist (a 422 naming the field, not a 404 for the item). */
    private RiskQuery.RiskView referencedRisk(long riskId) {
        try {
            return risks.risk(riskId);
        } catch (NotFoundException e) {
            throw new DomainException("error.reference.unknown", "riskId", Long.toString(riskId));
        }
    }

    private ItemOrigin origin(Plan plan, ItemDraft draft) {
        if (draft.proposalId() != null) {
            return ItemOrigin.PROPOSAL;
        }
        if (draft.commonReviewAreaId() != null) {
            return ItemOrigin.COMMON_REVIEW;
        }
        boolean candidate = draft.riskId() != null && List.of(plan.year() - 1, plan.year()).stream()
                .flatMap(y -> risks.candidates(y).stream()).anyMatch(c -> c.riskId() == draft.riskId());
        return candidate ? ItemOrigin.RISK_ANALYSIS : ItemOrigin.MANUAL;
    }

    /** Changes an item's planning (not its results); once adopted only with a recorded decision. */
    public void editItem(long itemId, ItemDraft draft, int seenVersion, ChangeDecision decision) {
        PlanStore.ItemRow before = item(itemId);
        Plan plan = plan(before.planId());
        access.requireManage(plan.committeeId());
        draft.check();
        org.existingUnit(draft.responsibleUnitId(), "responsibleUnitId");
        if (draft.kind() != before.kind()) {
            throw new DomainException("plan.item.error.kindChange");
        }
        plan.checkItemListChange(decision);
        RiskQuery.RiskView risk = draft.riskId() == null ? null
                : draft.riskId().equals(before.riskId()) ? null : referencedRisk(draft.riskId());
        String riskTitle = risk != null ? risk.title() : draft.riskId() == null ? null : before.riskTitle();
        String sentence = risk != null ? risk.sentence() : draft.riskId() == null ? null : before.riskSentence();
        store.updatePlanning(itemId, draft, riskTitle, sentence, person(draft.responsibleUsername()),
                person(draft.reviewerUsername()), seenVersion);
        PlanStore.ItemRow after = store.item(itemId).orElseThrow();
        if (!java.util.Objects.equals(before.riskId(), after.riskId())) {
            if (before.riskId() != null) {
                riskLinks.unlinkFrom(before.riskId(), ITEM, Long.toString(itemId));
            }
            if (after.riskId() != null) {
                riskLinks.linkFrom(after.riskId(), ITEM, Long.toString(itemId));
            }
        }
        publish(ITEM, itemId, RecordChanged.Action.UPDATED, ItemChanges.planning(before, after),
                decision == null ? null : decision.reason());
        recordDecision(plan, itemId, decision, "EDITED", after.title());
    }

    /** Takes an item out of the plan; once adopted only with a recorded decision. */
    public void removeItem(long itemId, int seenVersion, ChangeDecision decision) {
        PlanStore.ItemRow before = item(itemId);
        Plan plan = plan(before.planId());
        access.requireManage(plan.committeeId());
        plan.checkItemListChange(decision);
        store.remove(itemId, seenVersion);
        if (before.riskId() != null) {
            riskLinks.unlinkFrom(before.riskId(), ITEM, Long.toString(itemId));
        }
        publish(ITEM, itemId, RecordChanged.Action.DELETED, ChangeSet.create().field("title", before.title(), null),
                decision == null ? null : decision.reason());
        recordDecision(plan, itemId, decision, "REMOVED", before.title());
    }

    private void recordDecision(Plan plan, long itemId, ChangeDecision decision, String kind, String title) {
        if (plan.status() != PlanStatus.ADOPTED) {
            return;
        }
        store.insertChange(plan.id(), itemId, decision, kind, title, access.scope().username());
        publish(PLAN, plan.id(), RecordChanged.Action.UPDATED, ChangeSet.create()
                .field("item" + kind.charAt(0) + kind.substring(1).toLowerCase(), null, title)
                .field("decidedOn", null, decision.decidedOn()),
                decision.reason());
    }

    // ---- reporting

    /** Reports a direct action: Genomförda åtgärder and status. Only the responsible unit or the coordinator. */
    public void reportAction(long itemId, ActionReport report, int seenVersion) {
        PlanStore.ItemRow before = item(itemId);
        Plan plan = plan(before.planId());
        access.requireReport(plan.committeeId(), before.responsibleUnitId());
        if (before.kind() != ItemKind.DIRECT_ACTION) {
            throw new DomainException("plan.report.error.kind");
        }
        plan.checkReporting();
        report.check(plan.year());
        store.reportAction(itemId, report.normalised(), access.scope().username(), seenVersion);
        reported(plan, before, report.replacesTables() ? replaceTables(itemId, report.tables()) : ChangeSet.create());
    }

    /** Reports a review's results, text and tables. Only the responsible unit or the coordinator. */
    public void reportReview(long itemId, ReviewReport report, int seenVersion) {
        PlanStore.ItemRow before = item(itemId);
        Plan plan = plan(before.planId());
        access.requireReport(plan.committeeId(), before.responsibleUnitId());
        if (before.kind() != ItemKind.REVIEW) {
            throw new DomainException("plan.report.error.kind");
        }
        plan.checkReporting();
        if (report.replacesTables()) {
            report.tables().forEach(ResultTable::check);
        }
        store.reportReview(itemId, report, access.scope().username(), seenVersion);
        reported(plan, before, report.replacesTables() ? replaceTables(itemId, report.tables()) : ChangeSet.create());
    }

    /** Puts the reported tables in place of those attached; the change for the item's history. */
    private ChangeSet replaceTables(long itemId, List<ResultTable> reported) {
        List<ResultTable> tablesBefore = tables.tables(itemId);
        tables.replace(itemId, reported);
        return ChangeSet.create().field("tables", ItemChanges.tables(tablesBefore), ItemChanges.tables(reported));
    }

    /**
     * Puts one computed result table (e.g. a checklist's Ja | Nej | Ej tillämpligt counts from module
     * {@code check}) into a review's result: it replaces the review's table with the same caption, or is
     * added after the others. The item's text results stay as they are; only the responsible unit or the
     * coordinator may do this, and only while the plan is adopted. Recorded in the item's history.
     */
    public void putResultTable(long itemId, ResultTable table) {
        PlanStore.ItemRow before = item(itemId);
        Plan plan = plan(before.planId());
        access.requireReport(plan.committeeId(), before.responsibleUnitId());
        if (before.kind() != ItemKind.REVIEW) {
            throw new DomainException("plan.report.error.kind");
        }
        plan.checkReporting();
        table.check();
        tables.lockItem(itemId);
        List<ResultTable> tablesBefore = tables.tables(itemId);
        List<ResultTable> after = new java.util.ArrayList<>(tablesBefore.stream()
                .filter(t -> !t.caption().equals(table.caption().strip())).toList());
        int at = tablesBefore.stream().map(ResultTable::caption).toList().indexOf(table.caption().strip());
        after.add(at < 0 ? after.size() : at, table);
        tables.replace(itemId, after);
        publish(ITEM, itemId, RecordChanged.Action.UPDATED, ChangeSet.create().field("tables",
                ItemChanges.tables(tablesBefore), ItemChanges.tables(after)), null);
    }

    private void reported(Plan plan, PlanStore.ItemRow before, ChangeSet... extra) {
        PlanStore.ItemRow after = store.item(before.id()).orElseThrow();
        ChangeSet changes = ItemChanges.results(before, after);
        for (ChangeSet e : extra) {
            e.toList().forEach(c -> changes.field(c.field(), c.before(), c.after()));
        }
        publish(ITEM, before.id(), RecordChanged.Action.UPDATED, changes, null);
        events.publishEvent(new PlanItemReported(before.id(), plan.id(), plan.year(), before.period(),
                access.scope().username()));
    }

    // ---- helpers

    private Plan plan(long planId) {
        return store.plan(planId).orElseThrow(() -> new NotFoundException("plan.notFound")).toPlan();
    }

    private PlanStore.ItemRow item(long itemId) {
        return store.item(itemId).orElseThrow(() -> new NotFoundException("plan.item.notFound"));
    }

    private Long person(String username) {
        return PersonLookup.idOf(org, username);
    }

    private void publish(String type, long id, RecordChanged.Action action, ChangeSet changes, String reason) {
        events.publishEvent(new RecordChanged(type, Long.toString(id), action, changes.toList(), reason));
    }
}
