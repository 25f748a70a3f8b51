package se.vaksam.check;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.shared.AccessScope;
import se.vaksam.shared.TaskSource;

/** "Mina uppgifter": the wheel's duties of the person's target groups due within two weeks or overdue, not done. */
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
        List<Duties.Duty> mine = duties.allDuties().stream().filter(d -> duties.inTargetGroup(d, scope.personId()))
                .toList();
        return Duties.occurrences(mine, today.minusMonths(Duties.LOOK_BACK_MONTHS), today.plusDays(DAYS_AHEAD)).stream()
                .filter(o -> !o.done())
                .map(o -> new Task(o.dueOn().isBefore(today) ? "check.task.overdue" : "check.task.due", o.title(),
                        "/recurring-duties/" + o.dutyId(), o.dueOn()))
                .toList();
    }
}
