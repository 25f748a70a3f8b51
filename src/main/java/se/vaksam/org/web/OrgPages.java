package se.vaksam.org.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.vaksam.org.OrgDirectory;
import se.vaksam.org.OrgManagement;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/** The organisation browser and the unit page with its edit form and history. */
@Allowed(Capability.SIGNED_IN)
@Controller
class OrgPages {

    private final OrgDirectory directory;
    private final OrgManagement management;
    private final UnitPageView view;

    OrgPages(OrgDirectory directory, OrgManagement management, UnitPageView view) {
        this.directory = directory;
        this.management = management;
        this.view = view;
    }

    @GetMapping("/org")
    String tree(Model model) {
        model.addAttribute("roots", directory.readableTree());
        return "org/tree";
    }

    @GetMapping("/org/units/{id}")
    String unit(@PathVariable long id, Model model) {
        return view.render(directory.unit(id), List.of(), model);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/org/units/{id}")
    String edit(@PathVariable long id, @ModelAttribute("form") UnitForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        OrgDirectory.UnitPage unit = directory.unit(id);
        if (!unit.writable()) {
            throw new ForbiddenException();
        }
        List<FormError> errors = form.check();
        if (errors.isEmpty()) {
            try {
                management.editUnit(id, form.code().strip(), form.name().strip(),
                        form.version() == null ? -1 : form.version(), form.reason());
                redirect.addFlashAttribute("notice", "org.unit.saved");
                return "redirect:/org/units/" + id;
            } catch (DomainException e) {
                errors = List.of(FormError.of(e, Map.of("name", "name"), "code"));
            }
        }
        response.setStatus(422);
        return view.render(unit, errors, model);
    }
}
