package se.vaksam.home;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.vaksam.shared.Access;
import se.vaksam.shared.AccessScope;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;
import se.vaksam.shared.TaskSource;

/**
 * The start page: what the person has to do (every module's open tasks, soonest first), how the work in their scope
 * is going (counts that lead to the filtered lists, the year's follow-up per period and unit) and what has been sent
 * to the committee that they may read.
 */
@Allowed(Capability.SIGNED_IN)
@Controller
class HomeController {

    private final Access access;
    private final List<TaskSource> taskSources;
    private final Clock clock;

    HomeController(Access access, List<TaskSource> taskSources, Clock clock) {
        this.access = access;
        this.taskSources = taskSources;
        this.clock = clock;
    }

    @GetMapping("/")
    String home(Model model) {
        AccessScope scope = access.current();
        model.addAttribute("today", LocalDate.now(clock.withZone(ZoneId.of("Europe/Stockholm"))));
        model.addAttribute("tasks", gather(source -> source.openTasks(scope)).stream()
                .sorted(Comparator.comparing(TaskSource.Task::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList());
        model.addAttribute("figures", gather(source -> source.figures(scope)));
        model.addAttribute("progress", gather(source -> source.progress(scope)));
        model.addAttribute("notices", gather(source -> source.notices(scope)));
        model.addAttribute("sent", gather(source -> source.sentToCommittee(scope)).stream()
                .sorted(Comparator.comparing(TaskSource.Task::due, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList());
        return "home/index";
    }

    private <T> List<T> gather(Function<TaskSource, List<T>> part) {
        return taskSources.stream().flatMap(source -> part.apply(source).stream()).toList();
    }
}
