package se.vaksam.check;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.shared.AccessScope;
import se.vaksam.shared.TaskSource;

/** The start page: the wheel's duties of the person's target groups due within two weeks or overdue, not done. */
@Component
class DutyTasks implements TaskSource {

    static final int DAYS_AHEAD = 14;

    private final Duties duties;
    private final Clock clock;

    DutyTasks(Duties duties, Clock clock) {
        this.duties = duties;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> openTasks(AccessScope scope) {
        if (scope.personId() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        java.util.function.Predicate<Duties.Duty> inTargetGroup = duties.targetGroupsOf(scope.username());
        List<Duties.Duty> mine = duties.allDuties().stream().filter(inTargetGroup).toList();
        // A recurring duty is listed once: at its earliest open occurrence, with how many are overdue.
        Map<Long, List<Duties.Occurrence>> open = Duties.occurrences(mine, today.minusMonths(Duties.LOOK_BACK_MONTHS),
                        today.plusDays(DAYS_AHEAD)).stream()
                .filter(o -> !o.done())
                .collect(Collectors.groupingBy(Duties.Occurrence::dutyId, LinkedHashMap::new, Collectors.toList()));
        return open.values().stream().map(occurrences -> {
            Duties.Occurrence first = occurrences.stream().min(Comparator.comparing(Duties.Occurrence::dueOn))
                    .orElseThrow();
            int overdue = (int) occurrences.stream().filter(o -> o.dueOn().isBefore(today)).count();
            return new Task(overdue > 0 ? "check.task.overdue" : "check.task.due", first.title(),
                    "/recurring-duties/" + first.dutyId(), first.dueOn(), overdue);
        }).toList();
    }

    /**
     * For the internal-control coordinator: how many due dates of the wheel's duties in the units they may read
     * passed without anyone completing them (looking back {@value Duties#LOOK_BACK_MONTHS} months); flagged when
     * any. Links to the wheel's list of overdue duties.
     */
    @Override
    @Transactional(readOnly = true)
    public List<Figure> figures(AccessScope scope) {
        if (scope.personId() == null || !scope.hasRole(COORDINATOR)) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<Duties.Duty> readable = duties.allDuties().stream().filter(d -> scope.canRead(d.unitId())).toList();
        long overdue = Duties.occurrences(readable, today.minusMonths(Duties.LOOK_BACK_MONTHS), today.minusDays(1))
                .stream().filter(o -> !o.done()).count();
        return List.of(new Figure("check.figure.overdueDuties", overdue, "/recurring-duties#overdue", overdue > 0));
    }

    private static final String COORDINATOR = "INTERNAL_CONTROL_COORDINATOR";
}
