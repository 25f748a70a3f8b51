package se.vaksam.deviation.web;

import se.vaksam.shared.Confirmation;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.vaksam.deviation.DeviationManagement;
import se.vaksam.deviation.Deviations;
import se.vaksam.org.OrgDirectory;
import se.vaksam.org.OrgQuery;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/**
 * The units a citizen can choose on the public e-service ({@code /e-tjanst/klagomal}): the quality
 * function's administrators add a unit with a plain-language label, relabel, reorder and remove them.
 */
@Allowed(Capability.ADMINISTER_QUALITY_LISTS)
@Controller
class PublicUnitPages {

    private final Deviations deviations;
    private final DeviationManagement management;
    private final OrgDirectory directory;

    PublicUnitPages(Deviations deviations, DeviationManagement management, OrgDirectory directory) {
        this.deviations = deviations;
        this.management = management;
        this.directory = directory;
    }

    @GetMapping("/quality/public-units")
    String list(Model model) {
        return render(model, List.of(), null, "");
    }

    @PostMapping("/quality/public-units")
    String add(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String label, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            management.addPublicUnit(unitId, label);
            redirect.addFlashAttribute("notice", "deviation.publicUnits.added");
            return "redirect:/quality/public-units";
        } catch (DomainException e) {
            response.setStatus(422);
            return render(model, List.of(new FormError(e.getMessage().contains("Label") ? "label" : "unitId",
                    e.getMessage(), e.arguments())), unitId, label);
        }
    }

    @PostMapping("/quality/public-units/{unitId}")
    String change(@PathVariable long unitId, @RequestParam(required = false) String action,
            @RequestParam(required = false) String seenLabel, @RequestParam(required = false) String label,
            @RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            if ("remove".equals(action)) {
                Confirmation.require(confirmed);
            }
            switch (action == null ? "" : action) {
                case "up" -> management.movePublicUnit(unitId, -1);
                case "down" -> management.movePublicUnit(unitId, 1);
                case "remove" -> management.removePublicUnit(unitId);
                default -> management.relabelPublicUnit(unitId, seenLabel, label);
            }
            redirect.addFlashAttribute("notice", "deviation.publicUnits.saved");
            return "redirect:/quality/public-units";
        } catch (DomainException e) {
            response.setStatus(422);
            return render(model, List.of(new FormError("label-" + unitId, e.getMessage(), e.arguments())), null, "");
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(409);
            return render(model, List.of(new FormError("label-" + unitId, "deviation.publicUnits.conflict",
                    new Object[0])), null, "");
        }
    }

    private String render(Model model, List<FormError> errors, Long unitId, String label) {
        if (!management.mayAdministerLists()) {
            throw new ForbiddenException();
        }
        List<Deviations.PublicUnit> units = deviations.publicUnits();
        Set<Long> offered = units.stream().map(Deviations.PublicUnit::unitId).collect(Collectors.toSet());
        model.addAttribute("units", units);
        model.addAttribute("unitNames", directory.readableUnits().stream()
                .collect(Collectors.toMap(OrgQuery.UnitView::id, OrgQuery.UnitView::name)));
        model.addAttribute("choices", directory.readableUnits().stream().filter(u -> !offered.contains(u.id()))
                .sorted(Comparator.comparing(OrgQuery.UnitView::name)).toList());
        model.addAttribute("unitId", unitId);
        model.addAttribute("label", label == null ? "" : label);
        model.addAttribute("errors", errors);
        model.addAttribute("errorsByField", FormError.byField(errors));
        return "deviation/public-units";
    }
}
