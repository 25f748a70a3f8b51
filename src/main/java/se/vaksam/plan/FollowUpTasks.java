package se.vaksam.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.org.OrgQuery;
import se.vaksam.shared.AccessScope;
import se.vaksam.shared.Period;
import se.vaksam.shared.TaskSource;

/**
 * The start page: the items of adopted plans the person is responsible for and has not reported, and
 * for the coordinator the follow-ups under way that still have unreported items.
 */
@Component
class FollowUpTasks implements TaskSource {

    static final String COORDINATOR = "INTERNAL_CONTROL_COORDINATOR";

    private final PlanStore plans;
    private final FollowUpStore store;
    private final FollowUpDeadlines deadlines;
    private final ImprovementStore improvements;
    private final OrgQuery org;
    private final Clock clock;

    FollowUpTasks(PlanStore plans, FollowUpStore store, FollowUpDeadlines deadlines, ImprovementStore improvements,
            OrgQuery org, Clock clock) {
        this.improvements = improvements;
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
        List<PlanStore.PlanRow> adopted = plans.plans().stream().filter(p -> p.status() == PlanStatus.ADOPTED)
                .toList();
        List<Long> planIds = adopted.stream().map(PlanStore.PlanRow::id).toList();
        Map<Long, List<PlanStore.ItemRow>> itemsByPlan = plans.itemsOfPlans(planIds);
        java.util.Set<String> ready = coordinator ? store.readyPeriods(planIds) : java.util.Set.of();
        FollowUpDeadlines.Schedule schedule = deadlines.schedule();
        Map<Long, Boolean> coordinated = new java.util.HashMap<>();
        List<Task> tasks = new ArrayList<>();
        for (PlanStore.PlanRow plan : adopted) {
            List<PlanStore.ItemRow> unreported = itemsByPlan.getOrDefault(plan.id(), List.of()).stream()
                    .filter(i -> i.reportedAt() == null).toList();
            for (PlanStore.ItemRow item : unreported) {
                if (scope.personId().equals(item.responsiblePersonId())) {
                    tasks.add(new Task("plan.followup.task.report", item.title(),
                            FollowUpPaths.item(item.id()), schedule.due(item.period(), plan.year())));
                }
            }
            if (coordinator && coordinated.computeIfAbsent(plan.committeeId(), c -> coordinates(scope, plan))) {
                for (Period period : Period.values()) {
                    long open = unreported.stream().filter(i -> i.period() == period).count();
                    if (open > 0 && !today.isBefore(period.start(plan.year()))
                            && !ready.contains(plan.id() + ":" + period.name())) {
                        tasks.add(new Task("plan.followup.task.followUp." + period.name(),
                                plan.committeeName() + " " + plan.year(),
                                FollowUpPaths.followUp(plan.id(), period), schedule.due(period, plan.year())));
                    }
                }
            }
        }
        return tasks;
    }

    /** For the coordinator: how many improvement actions of the committees they coordinate are still open. */
    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(AccessScope scope) {
        if (scope.personId() == null || !scope.hasRole(COORDINATOR)) {
            return List.of();
        }
        long open = improvements.actions().stream()
                .filter(a -> a.status() == ImprovementStatus.NOT_STARTED || a.status() == ImprovementStatus.IN_PROGRESS)
                .filter(a -> scope.canRead(a.committeeId()))
                .count();
        return List.of(new Figure("plan.figure.openActions", open, "/improvement-actions?open=true", false));
    }

    /**
     * The coordinator's year at a glance: each plan of this year they coordinate, with its status and, per period
     * and responsible unit, how many items are reported; a period whose deadline has passed with items unreported
     * and no follow-up sent is flagged.
     */
    @Override
    @Transactional(readOnly = true)
    public List<Progress> progress(AccessScope scope) {
        if (scope.personId() == null || !scope.hasRole(COORDINATOR)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<Progress> progress = new ArrayList<>();
        List<PlanStore.PlanRow> thisYear = plans.plans().stream()
                .filter(p -> p.year() == today.getYear() && coordinates(scope, p)).toList();
        Map<Long, List<PlanStore.ItemRow>> itemsByPlan = plans.itemsOfPlans(
                thisYear.stream().map(PlanStore.PlanRow::id).toList());
        FollowUpDeadlines.Schedule schedule = deadlines.schedule();
        for (PlanStore.PlanRow plan : thisYear) {
            List<PlanStore.ItemRow> items = itemsByPlan.getOrDefault(plan.id(), List.of());
            List<Column> columns = new ArrayList<>();
            for (Period period : Period.values()) {
                LocalDate due = schedule.due(period, plan.year());
                boolean unreported = items.stream().anyMatch(i -> i.period() == period && i.reportedAt() == null);
                boolean pastDue = plan.status() == PlanStatus.ADOPTED && unreported && today.isAfter(due);
                columns.add(new Column("plan.period." + period.name(), due, pastDue,
                        FollowUpPaths.followUp(plan.id(), period)));
            }
            Map<String, List<PlanStore.ItemRow>> byUnit = items.stream().collect(Collectors.groupingBy(
                    i -> i.responsibleUnitName() == null ? "" : i.responsibleUnitName(), TreeMap::new,
                    Collectors.toList()));
            List<Row> rows = byUnit.entrySet().stream().map(unit -> new Row(unit.getKey(),
                    java.util.Arrays.stream(Period.values()).map(period -> {
                        List<PlanStore.ItemRow> due = unit.getValue().stream().filter(i -> i.period() == period).toList();
                        return new Count(due.stream().filter(i -> i.reportedAt() != null).count(), due.size());
                    }).toList())).toList();
            progress.add(new Progress(plan.committeeName() + " " + plan.year(),
                    "plan.planStatus." + plan.status().name(), "/plans/" + plan.id(), columns, rows));
        }
        return progress;
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
