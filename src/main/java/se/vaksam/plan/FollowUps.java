package se.vaksam.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.shared.Access;
import se.vaksam.shared.ChangeSet;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.Period;
import se.vaksam.shared.RecordChanged;

/**
 * Tertial follow-up: per plan and period the items due, who has reported and who has not, and the
 * coordinator's "klar för nämnden" — refused while items are unreported unless overridden with a reason.
 */
@Service
@Transactional
public class FollowUps {

    static final String RECORD_TYPE = "plan.followUp";

    private final PlanQuery plans;
    private final FollowUpStore store;
    private final FollowUpDeadlines deadlines;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FollowUps(PlanQuery plans, FollowUpStore store, FollowUpDeadlines deadlines, Access access,
            ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.store = store;
        this.deadlines = deadlines;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** The follow-up of one plan and period, for whoever may read the plan. */
    @Transactional(readOnly = true)
    public FollowUpView followUp(long planId, Period period) {
        PlanQuery.PlanView plan = plans.plan(planId);
        LocalDate due = deadlines.due(period, plan.year());
        boolean late = LocalDate.now(clock).isAfter(due);
        List<FollowUpView.Row> rows = plans.items(planId).stream().filter(i -> i.period() == period)
                .map(i -> new FollowUpView.Row(i.id(), i.title(), i.kind(), i.responsibleUnitName(),
                        i.responsibleName(), i.reported(), i.reportedAt(), i.reportedBy(), late && !i.reported()))
                .toList();
        FollowUpStore.Readiness ready = store.readiness(planId, period).orElse(null);
        return new FollowUpView(plan.id(), plan.committeeId(), plan.committeeName(), plan.year(), period, due, rows,
                ready == null ? null : ready.readyAt(), ready == null ? null : ready.readyBy(),
                ready == null ? null : ready.overrideReason(), plan.manageable());
    }

    /** The follow-ups of every adopted or closed plan the person may read, newest year first. */
    @Transactional(readOnly = true)
    public List<FollowUpView> overview() {
        return plans.plans(null, null).stream().filter(p -> p.status() != PlanStatus.DRAFT)
                .flatMap(p -> followUps(p.id()).stream()).toList();
    }

    /** Whether the person may change the periods' due dates. */
    @Transactional(readOnly = true)
    public boolean mayChangeDeadlines() {
        return access.current().administrator();
    }

    /** Every period's follow-up of the plan. */
    @Transactional(readOnly = true)
    public List<FollowUpView> followUps(long planId) {
        return Arrays.stream(Period.values()).map(p -> followUp(planId, p)).toList();
    }

    /**
     * The coordinator marks the follow-up ready for the committee ("klar för nämnden"). With unreported
     * items this is refused unless {@code override} is set and a reason is given.
     */
    public void markReady(long planId, Period period, boolean override, String reason) {
        FollowUpView view = followUp(planId, period);
        if (!view.manageable()) {
            throw new ForbiddenException();
        }
        if (view.ready()) {
            throw new DomainException("plan.followup.error.alreadyReady");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (view.unreported() > 0 && !override) {
            throw new DomainException("plan.followup.error.unreported", view.unreported());
        }
        if (view.unreported() > 0 && why == null) {
            throw new DomainException("plan.followup.error.reasonRequired");
        }
        String username = access.current().username();
        store.markReady(planId, period, username, view.unreported() > 0 ? why : null);
        events.publishEvent(new RecordChanged(RECORD_TYPE, planId + "-" + period.name(), RecordChanged.Action.UPDATED,
                ChangeSet.create().field("readyForCommittee", false, true).field("unreported", null,
                        view.unreported() > 0 ? view.unreported() : null).toList(), why));
    }

    /** Takes back "klar för nämnden", e.g. when a late report arrives. */
    public void reopen(long planId, Period period, String reason) {
        FollowUpView view = followUp(planId, period);
        if (!view.manageable()) {
            throw new ForbiddenException();
        }
        if (!view.ready()) {
            throw new DomainException("plan.followup.error.notReady");
        }
        store.reopen(planId, period);
        events.publishEvent(new RecordChanged(RECORD_TYPE, planId + "-" + period.name(), RecordChanged.Action.UPDATED,
                ChangeSet.create().field("readyForCommittee", true, false).toList(), reason));
    }

    /** The due date of each period in the given year. */
    @Transactional(readOnly = true)
    public List<Deadline> deadlines(int year) {
        return Arrays.stream(Period.values()).map(p -> {
            FollowUpStore.Deadline d = deadlines.all().get(p);
            return new Deadline(p, d.dueMonth(), d.dueDay(), d.yearsAfter(), d.dueIn(year));
        }).toList();
    }

    /** Changes when a period's reports are due (system administrator only). */
    public void changeDeadline(Period period, int month, int day, int yearsAfter) {
        if (!access.current().administrator()) {
            throw new ForbiddenException();
        }
        if (month < 1 || month > 12 || day < 1 || day > 31 || yearsAfter < 0 || yearsAfter > 1) {
            throw new DomainException("plan.followup.error.deadline");
        }
        FollowUpStore.Deadline before = deadlines.all().get(period);
        store.saveDeadline(new FollowUpStore.Deadline(period, month, day, yearsAfter));
        events.publishEvent(new RecordChanged("plan.followUpDeadline", period.name(), RecordChanged.Action.UPDATED,
                ChangeSet.create().field("dueMonth", before.dueMonth(), month).field("dueDay", before.dueDay(), day)
                        .field("yearsAfter", before.yearsAfter(), yearsAfter).toList(), null));
    }

    /** A period's due date as data: month and day, in the plan's year or the year after. */
    public record Deadline(Period period, int dueMonth, int dueDay, int yearsAfter, LocalDate dueOn) {
    }
}
