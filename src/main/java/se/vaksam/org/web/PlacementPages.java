package se.vaksam.org.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
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
import se.vaksam.shared.NotFoundException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/** "Lägg till placering" and "Avsluta placering" on the person page. */
@Allowed(Capability.CHANGE_RECORDS)
@Controller
class PlacementPages {

    private final OrgDirectory directory;
    private final OrgManagement management;
    private final PersonPageView view;

    PlacementPages(OrgDirectory directory, OrgManagement management, PersonPageView view) {
        this.directory = directory;
        this.management = management;
        this.view = view;
    }

    @PostMapping("/people/{id}/placements")
    String add(@PathVariable long id, @ModelAttribute("placementForm") PlacementForm form, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        OrgDirectory.PersonCard person = directory.person(id);
        List<FormError> errors = new ArrayList<>();
        OrgManagement.PlacementDraft draft = form.check("placement-", errors);
        UnitForm.checkReason(form.reason(), "placement-reason", errors);
        if (errors.isEmpty()) {
            try {
                management.addPlacement(id, draft.unitId(), draft.role(), draft.from(), draft.to(), form.reason());
                redirect.addFlashAttribute("notice", "org.person.placementAdded");
                return "redirect:/people/" + id;
            } catch (DomainException e) {
                errors = List.of(FormError.of(e, Map.of("role", "placement-role", "validFrom", "placement-validFrom",
                        "grantReason", "placement-reason"), "placement-validTo"));
            }
        }
        response.setStatus(422);
        return view.render(person, errors, model);
    }

    @PostMapping("/people/{id}/placements/end")
    String end(@PathVariable long id, @ModelAttribute("endForm") EndPlacementForm form, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        OrgDirectory.PersonCard person = directory.person(id);
        List<FormError> errors = new ArrayList<>();
        LocalDate lastDay = form.check(errors);
        OrgDirectory.PlacementRow placement = form.placementId() == null ? null : person.placements().stream()
                .filter(p -> p.id() == form.placementId()).findFirst()
                .orElseThrow(() -> new NotFoundException("org.error.placementNotFound"));
        if (errors.isEmpty()) {
            try {
                management.endPlacement(placement.id(), lastDay, form.reason());
                redirect.addFlashAttribute("notice", "org.person.placementEnded");
                // ended before today, the person may have left the reader's sight: back to the unit
                return lastDay.isBefore(view.today()) ? "redirect:/org/units/" + placement.unitId()
                        : "redirect:/people/" + id;
            } catch (DomainException e) {
                errors = List.of(FormError.of(e, Map.of(), "end-lastDay"));
            }
        }
        response.setStatus(422);
        return view.render(person, errors, model);
    }
}

