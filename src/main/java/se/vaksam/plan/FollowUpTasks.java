package se.vaksam.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.org.OrgQuery;
import se.vaksam.shared.AccessScope;
import se.vaksam.shared.Period;
import se.vaksam.shared.TaskSource;

/**
 * "Mina uppgifter": the items of adopted plans the person is responsible for and has not reported, and
 * for the coordinator the follow-ups under way that still have unreported items.
 */
@Component
class FollowUpTasks implements TaskSource {

    static final String COORDINATOR = "INTERNAL_CONTROL_COORDINATOR";

    private final PlanStore plans;
    private final FollowUpStore store;
    private final FollowUpDeadlines deadlines;
    private final OrgQuery org;
    private final Clock clock;

    FollowUpTasks(PlanStore plans, FollowUpStore store, FollowUpDeadlines deadlines, OrgQuery org, Clock clock) {
        this.org = org;
        this.plans = plans;
        this.store = store;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> openTasks(AccessScope scope) {
        if (scope.personId() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        boolean coordinator = scope.hasRole(COORDINATOR);
        List<Task> tasks = new ArrayList<>();
        for (PlanStore.PlanRow plan : plans.plans()) {
            if (plan.status() != PlanStatus.ADOPTED) {
                continue;
            }
            List<PlanStore.ItemRow> unreported = plans.items(plan.id()).stream().filter(i -> i.reportedAt() == null)
                    .toList();
            for (PlanStore.ItemRow item : unreported) {
                if (scope.personId().equals(item.responsiblePersonId())) {
                    tasks.add(new Task("plan.followup.task.report", item.title(),
                            FollowUpPaths.item(item.id()), deadlines.due(item.period(), plan.year())));
                }
            }
            if (coordinator && coordinates(scope, plan)) {
                for (Period period : Period.values()) {
                    long open = unreported.stream().filter(i -> i.period() == period).count();
                    if (open > 0 && !today.isBefore(period.start(plan.year()))
                            && store.readiness(plan.id(), period).isEmpty()) {
                        tasks.add(new Task("plan.followup.task.followUp." + period.name(),
                                plan.committeeName() + " " + plan.year(),
                                FollowUpPaths.followUp(plan.id(), period), deadlines.due(period, plan.year())));
                    }
                }
            }
        }
        return tasks;
    }

    /** A coordinator changes records somewhere in the committee's part of the organisation. */
    private boolean coordinates(AccessScope scope, PlanStore.PlanRow plan) {
        if (scope.canWrite(plan.committeeId())) {
            return true;
        }
        java.util.Set<Long> subtree = org.subtree(plan.committeeId());
        return scope.writableUnitIds().stream().anyMatch(subtree::contains);
    }
}
