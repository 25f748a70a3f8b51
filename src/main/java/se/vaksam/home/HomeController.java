package se.vaksam.home;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.vaksam.shared.Access;
import se.vaksam.shared.AccessScope;
import se.vaksam.shared.TaskSource;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

@Allowed(Capability.SIGNED_IN)
@Controller
class HomeController {

    private final Access access;
    private final List<TaskSource> taskSources;

    HomeController(Access access, List<TaskSource> taskSources) {
        this.access = access;
        this.taskSources = taskSources;
    }

    @GetMapping("/")
    String home(Model model) {
        AccessScope scope = access.current();
        List<TaskSource.Task> tasks = taskSources.stream()
                .flatMap(source -> source.openTasks(scope).stream())
                .sorted(Comparator.comparing(TaskSource.Task::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        model.addAttribute("tasks", tasks);
        return "home/index";
    }
}
