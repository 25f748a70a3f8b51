package se.vaksam.org.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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

/** Changes to the shape of the tree from a unit page: add a child unit, move the unit. */
@Allowed(Capability.CHANGE_RECORDS)
@Controller
class UnitStructurePages {

    private final OrgDirectory directory;
    private final OrgManagement management;
    private final UnitPageView view;

    UnitStructurePages(OrgDirectory directory, OrgManagement management, UnitPageView view) {
        this.directory = directory;
        this.management = management;
        this.view = view;
    }

    @PostMapping("/org/units/{id}/children")
    String addChild(@PathVariable long id, @ModelAttribute("childForm") ChildUnitForm form, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        OrgDirectory.UnitPage unit = writable(id);
        List<FormError> errors = form.check();
        if (errors.isEmpty()) {
            try {
                long child = management.createUnit(new OrgManagement.UnitDraft(form.code().strip(), form.name().strip(),
                        form.parsedType(), id), form.reason());
                redirect.addFlashAttribute("notice", "org.unit.created");
                return "redirect:/org/units/" + child;
            } catch (DomainException e) {
                errors = List.of(FormError.of(e, Map.of("name", "child-name", "type", "child-type",
                        "parent", "child-type"), "child-code"));
            }
        }
        response.setStatus(422);
        return view.render(unit, errors, model);
    }

    @PostMapping("/org/units/{id}/move")
    String move(@PathVariable long id, @ModelAttribute("moveForm") MoveForm form, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        OrgDirectory.UnitPage unit = writable(id);
        List<FormError> errors = form.check();
        if (errors.isEmpty()) {
            try {
                management.moveUnit(id, form.parentId(), form.reason());
                redirect.addFlashAttribute("notice", "org.unit.moved");
                return "redirect:/org/units/" + id;
            } catch (DomainException e) {
                errors = List.of(FormError.of(e, Map.of(), "move-parent"));
            }
        }
        response.setStatus(422);
        return view.render(unit, errors, model);
    }

    private OrgDirectory.UnitPage writable(long id) {
        OrgDirectory.UnitPage unit = directory.unit(id);
        if (!unit.writable()) {
            throw new ForbiddenException();
        }
        return unit;
    }
}
