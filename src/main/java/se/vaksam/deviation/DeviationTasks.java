package se.vaksam.deviation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import se.vaksam.shared.AccessScope;
import se.vaksam.shared.NavigationEntry;
import se.vaksam.shared.TaskSource;

/**
 * The start page: the deviations assigned to the person (with due date; overdue ones show as such), the new
 * deviations of their units that wait for a handler (for the unit's managers and the quality function), and the
 * lex Sarah reports whose next step is theirs — immediate action for managers, the investigation and its
 * assessment for lex Sarah investigators, the decision for committee members and the quality function. Those who
 * assign handlers also see how many deviations wait for one.
 */
@Component
class DeviationTasks implements TaskSource {

    /** The most queued deviations one start page lists. */
    static final int QUEUE_LIMIT = 200;

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
        if (scope.administrator()) {
            return tasks;
        }
        for (DeviationRecord d : store.queueIn(scope.readableUnitIds(), false, QUEUE_LIMIT)) {
            if (scope.username().equals(d.assignedUsername())) {
                continue;
            }
            if (!d.kind().lexSarah()) {
                if (rules.mayTake(scope, d, Step.ASSIGN)) {
                    tasks.add(task("deviation.task.unassigned", d));
                }
                continue;
            }
            Workflow.next(d.kind(), d.status(), d.serious()).stream()
                    .filter(step -> rules.mayTake(scope, d, step))
                    .findFirst()
                    .ifPresent(step -> tasks.add(task("deviation.task.step." + step, d)));
        }
        return tasks;
    }

    @Override
    public List<Figure> figures(AccessScope scope) {
        boolean assigns = scope.administrator() || DeviationRules.MANAGERS.stream().anyMatch(scope::hasRole)
                || scope.hasRole(DeviationRules.QUALITY) || scope.hasRole("INTERNAL_CONTROL_COORDINATOR");
        if (!assigns) {
            return List.of();
        }
        long unassigned = store.unassignedIn(scope.readableUnitIds(), scope.administrator());
        return List.of(new Figure("deviation.figure.unassigned", unassigned, "/deviations?status=RECEIVED",
                unassigned > 0));
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
