package se.vaksam.plan;

import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.org.OrgQuery;
import se.vaksam.shared.ChangeSet;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.NotFoundException;
import se.vaksam.shared.RecordChanged;

/**
 * Improvement actions (förbättringsåtgärder) from reviews, their progress notes and year-end
 * dispositions, and proposals for next year's plan (record type {@code plan.improvement-action}).
 */
@Service
@Transactional
public class ImprovementManagement {

    static final String ACTION = "plan.improvement-action";

    private final ImprovementStore store;
    private final PlanStore plans;
    private final PlanAccess access;
    private final ApplicationEventPublisher events;
    private final OrgQuery org;

    ImprovementManagement(ImprovementStore store, PlanStore plans, PlanAccess access,
            ApplicationEventPublisher events, OrgQuery org) {
        this.org = org;
        this.store = store;
        this.plans = plans;
        this.access = access;
        this.events = events;
    }

    /** An improvement action following from a review's result. */
    public long create(long reviewItemId, ImprovementDraft draft) {
        PlanStore.ItemRow item = item(reviewItemId);
        Plan plan = plan(item.planId());
        access.requireReport(plan.committeeId(), item.responsibleUnitId());
        if (item.kind() != ItemKind.REVIEW) {
            throw new DomainException("plan.improvement.error.notReview");
        }
        plan.checkReporting();
        draft.check();
        long id = store.insert(reviewItemId, draft, person(draft.ownerUsername()));
        ImprovementStore.ActionRow row = store.action(id).orElseThrow();
        publish(id, RecordChanged.Action.CREATED, changes(null, row), null);
        return id;
    }

    /**
     * Changes the action. After its plan is closed an action carried into next year's follow-up stays changeable
     * (status, owner, due date, notes) until it is finished; any other action of a closed plan is refused.
     */
    public void edit(long actionId, ImprovementDraft draft, int seenVersion) {
        ImprovementStore.ActionRow before = action(actionId);
        requireWrite(before);
        requireChangeable(before);
        draft.check();
        store.update(actionId, draft, person(draft.ownerUsername()), seenVersion);
        publish(actionId, RecordChanged.Action.UPDATED, changes(before, store.action(actionId).orElseThrow()), null);
    }

    /** A dated progress note (lägesrapport). */
    public void addNote(long actionId, LocalDate notedOn, String text) {
        ImprovementStore.ActionRow action = action(actionId);
        requireWrite(action);
        requireChangeable(action);
        if (notedOn == null || text == null || text.isBlank()) {
            throw new DomainException("plan.improvement.error.note");
        }
        store.insertNote(actionId, notedOn, text, access.scope().username());
        publish(actionId, RecordChanged.Action.UPDATED,
                ChangeSet.create().field("note", null, notedOn + ": " + text.strip()), null);
    }

    /** Year end with a proposal, if any, for a direct action; see {@link #dispose(long, Disposition, OtherProcess, ItemKind, String, int)}. */
    public void dispose(long actionId, Disposition disposition, OtherProcess process, String note, int seenVersion) {
        dispose(actionId, disposition, process, ItemKind.DIRECT_ACTION, note, seenVersion);
    }

    /**
     * Year end: what happens to an open action. Proposing it for next year's plan creates the proposal
     * next year's draft offers, as a direct action or a review ({@code proposalKind}, direct action when null);
     * handing it to another process needs the process.
     */
    public void dispose(long actionId, Disposition disposition, OtherProcess process, ItemKind proposalKind,
            String note, int seenVersion) {
        ImprovementStore.ActionRow action = action(actionId);
        Plan plan = plan(action.planId());
        access.requireManage(plan.committeeId());
        plan.checkOpen();
        if (!action.status().open()) {
            throw new DomainException("plan.disposition.error.notOpen");
        }
        if (disposition == null || (disposition == Disposition.OTHER_PROCESS && process == null)) {
            throw new DomainException("plan.disposition.error.required");
        }
        OtherProcess otherProcess = disposition == Disposition.OTHER_PROCESS ? process : null;
        store.dispose(actionId, disposition, otherProcess, note, plan.year(), seenVersion);
        if (disposition == Disposition.PROPOSED_FOR_NEXT_PLAN) {
            PlanStore.ItemRow item = item(action.itemId());
            store.insertProposal(plan.committeeId(), plan.year() + 1,
                    new ProposalDraft(proposalKind == null ? ItemKind.DIRECT_ACTION : proposalKind, action.title(),
                            note), item.riskId(),
                    action.ownerUnitId(), item.id(), actionId, access.scope().username());
        }
        publish(actionId, RecordChanged.Action.UPDATED, ChangeSet.create().field("disposition", null, disposition)
                .field("otherProcess", null, otherProcess).field("dispositionNote", null, note), null);
    }

    /** Proposes an item for next year's plan from an item or its result ("förnyad granskning"). */
    public long propose(long itemId, ProposalDraft draft) {
        PlanStore.ItemRow item = item(itemId);
        Plan plan = plan(item.planId());
        access.requireReport(plan.committeeId(), item.responsibleUnitId());
        plan.checkOpen();
        draft.check();
        long id = store.insertProposal(plan.committeeId(), plan.year() + 1, draft, item.riskId(),
                item.responsibleUnitId(), itemId, null, access.scope().username());
        events.publishEvent(new RecordChanged(PlanManagement.ITEM, Long.toString(itemId), RecordChanged.Action.UPDATED,
                ChangeSet.create().field("proposal", null, (plan.year() + 1) + ": " + draft.title().strip()).toList(),
                null));
        return id;
    }

    private static void requireChangeable(ImprovementStore.ActionRow action) {
        if (!action.changeable()) {
            throw new DomainException(action.status().open() ? "plan.error.closed" : "plan.improvement.error.finished",
                    action.year());
        }
    }

    private void requireWrite(ImprovementStore.ActionRow action) {
        if (!access.scope().canWrite(action.ownerUnitId())) {
            access.requireManage(action.committeeId());
        }
    }

    private Plan plan(long planId) {
        return plans.plan(planId).orElseThrow(() -> new NotFoundException("plan.notFound")).toPlan();
    }

    private PlanStore.ItemRow item(long itemId) {
        return plans.item(itemId).orElseThrow(() -> new NotFoundException("plan.item.notFound"));
    }

    private ImprovementStore.ActionRow action(long id) {
        return store.action(id).orElseThrow(() -> new NotFoundException("plan.improvement.notFound"));
    }

    private Long person(String username) {
        return PersonLookup.idOf(org, username);
    }

    private static ChangeSet changes(ImprovementStore.ActionRow b, ImprovementStore.ActionRow a) {
        return ChangeSet.create().field("title", b == null ? null : b.title(), a.title())
                .field("description", b == null ? null : b.description(), a.description())
                .field("ownerUnit", b == null ? null : b.ownerUnitName(), a.ownerUnitName())
                .field("owner", b == null ? null : b.ownerUsername(), a.ownerUsername())
                .field("dueOn", b == null ? null : b.dueOn(), a.dueOn())
                .field("status", b == null ? null : b.status(), a.status());
    }

    private void publish(long id, RecordChanged.Action action, ChangeSet changes, String reason) {
        events.publishEvent(new RecordChanged(ACTION, Long.toString(id), action, changes.toList(), reason));
    }
}
