package se.vaksam.org.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.vaksam.org.OrgDirectory;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/** The list of readable people (with search) and the person page. */
@Allowed(Capability.SIGNED_IN)
@Controller
class PeoplePages {

    private final OrgDirectory directory;
    private final PersonPageView view;

    PeoplePages(OrgDirectory directory, PersonPageView view) {
        this.directory = directory;
        this.view = view;
    }

    @GetMapping("/people")
    String list(@RequestParam(name = "q", required = false) String query, Model model) {
        model.addAttribute("query", query == null ? "" : query);
        model.addAttribute("people", directory.people(query));
        model.addAttribute("mayCreate", view.mayCreatePeople());
        return "org/people";
    }

    @GetMapping("/people/{id}")
    String person(@PathVariable long id, Model model) {
        return view.render(directory.person(id), List.of(), model);
    }
}
