package se.vaksam.org.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.vaksam.history.HistoryQuery;
import se.vaksam.org.OrgDirectory;

/** The list of readable people (with search) and the person page. */
@Controller
class PeoplePages {

    private final OrgDirectory directory;
    private final HistoryQuery history;

    PeoplePages(OrgDirectory directory, HistoryQuery history) {
        this.directory = directory;
        this.history = history;
    }

    @GetMapping("/people")
    String list(@RequestParam(name = "q", required = false) String query, Model model) {
        model.addAttribute("query", query == null ? "" : query);
        model.addAttribute("people", directory.people(query));
        return "org/people";
    }

    @GetMapping("/people/{id}")
    String person(@PathVariable long id, Model model) {
        model.addAttribute("person", directory.person(id));
        model.addAttribute("historyEntries", history.historyOf("org.person", Long.toString(id)));
        return "org/person";
    }
}
