package se.vaksam.deviation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import se.vaksam.shared.AccessScope;
import se.vaksam.shared.NavigationEntry;
import se.vaksam.shared.TaskSource;

/**
 * "Mina uppgifter": the deviations assigned to the person (with due date; overdue ones show as such),
 * and the lex Sarah reports waiting for their role — immediate action for managers, investigation for
 * lex Sarah investigators, the decision for committee members and the quality function.
 */
@Component
class DeviationTasks implements TaskSource {

    private final DeviationStore store;
    private final DeviationRules rules;

    private final Clock clock;

    DeviationTasks(DeviationStore store, DeviationRules rules, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public List<Task> openTasks(AccessScope scope) {
        List<Task> tasks = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        store.open(scope.username()).forEach(d -> tasks.add(task(d.overdue(today) ? "deviation.task.overdue"
                : "deviation.task.assigned", d)));
        var waiting = EnumSet.of(DeviationStatus.REPORTED, DeviationStatus.ACTION_TAKEN, DeviationStatus.ASSESSED,
                DeviationStatus.DECIDED, DeviationStatus.AWAITING_CHAIR, DeviationStatus.URGENT_DECIDED);
        for (DeviationRecord d : store.lexSarahIn(waiting, scope.readableUnitIds(), scope.administrator())) {
            if (scope.username().equals(d.assignedUsername())) {
                continue;
            }
            Step step = switch (d.status()) {
                case REPORTED -> Step.IMMEDIATE_ACTION;
                case ACTION_TAKEN -> Step.START_INVESTIGATION;
                case ASSESSED -> Step.DECIDE;
                case AWAITING_CHAIR -> Step.URGENT_DECISION;
                default -> Boolean.TRUE.equals(d.serious()) ? Step.NOTIFY_IVO : Step.DECIDE_MEASURES;
            };
            if (!scope.administrator() && rules.mayTake(scope, d, step)) {
                tasks.add(task("deviation.task.step." + step, d));
            }
        }
        return tasks;
    }

    private static Task task(String key, DeviationRecord d) {
        return new Task(key, d.caseNumber(), "/deviations/" + d.id(), d.dueOn());
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {

        @Bean
        NavigationEntry deviationEntry() {
            return new NavigationEntry(500, "nav.deviations", "/deviations", NavigationEntry.Group.QUALITY);
        }

        @Bean
        NavigationEntry qualityEntry() {
            return new NavigationEntry(510, "nav.quality", "/quality", NavigationEntry.Group.QUALITY);
        }
    }
}
