package se.vaksam.org.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.vaksam.history.HistoryQuery;
import se.vaksam.org.OrgDirectory;
import se.vaksam.org.OrgManagement;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.ForbiddenException;

/** The organisation browser and the unit page with its edit form and history. */
@Controller
class OrgPages {

    private final OrgDirectory directory;
    private final OrgManagement management;
    private final HistoryQuery history;

    OrgPages(OrgDirectory directory, OrgManagement management, HistoryQuery history) {
        this.directory = directory;
        this.management = management;
        this.history = history;
    }

    @GetMapping("/org")
    String tree(Model model) {
        model.addAttribute("roots", directory.readableTree());
        return "org/tree";
    }

    @GetMapping("/org/units/{id}")
    String unit(@PathVariable long id, Model model) {
        OrgDirectory.UnitPage unit = directory.unit(id);
        return show(unit, UnitForm.of(unit), List.of(), model);
    }

    @PostMapping("/org/units/{id}")
    String edit(@PathVariable long id, @ModelAttribute UnitForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        OrgDirectory.UnitPage unit = directory.unit(id);
        if (!unit.writable()) {
            throw new ForbiddenException();
        }
        List<UnitForm.FormError> errors = form.check();
        if (errors.isEmpty()) {
            try {
                management.editUnit(id, form.code().strip(), form.name().strip(),
                        form.version() == null ? -1 : form.version(), form.reason());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/org/units/" + id;
            } catch (DomainException e) {
                String field = e.getMessage().contains("name") ? "name" : "code";
                errors = List.of(new UnitForm.FormError(field, e.getMessage(), e.arguments()));
            }
        }
        response.setStatus(422);
        return show(unit, form, errors, model);
    }

    private String show(OrgDirectory.UnitPage unit, UnitForm form, List<UnitForm.FormError> errors, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("errorsByField", errors.stream()
                .collect(Collectors.groupingBy(UnitForm.FormError::field)));
        model.addAttribute("historyEntries", history.historyOf("org.unit", Long.toString(unit.id())));
        return "org/unit";
    }
}
