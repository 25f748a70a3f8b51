package se.vaksam.deviation.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.vaksam.deviation.CategoryList;
import se.vaksam.deviation.DeviationManagement;
import se.vaksam.deviation.Deviations;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/** The configurable category lists (areas, causes, measures), kept by the quality function. */
@Allowed(Capability.ADMINISTER_QUALITY_LISTS)
@Controller
class CategoryPages {

    private final Deviations deviations;
    private final DeviationManagement management;

    CategoryPages(Deviations deviations, DeviationManagement management) {
        this.deviations = deviations;
        this.management = management;
    }

    @Allowed(Capability.SIGNED_IN)
    @GetMapping("/quality/categories")
    String list(Model model) {
        return render(model, List.of());
    }

    @PostMapping("/quality/categories")
    String add(@RequestParam(required = false) CategoryList list, @RequestParam(required = false) String code,
            @RequestParam(required = false) String name, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            management.addCategory(list, code, name);
            redirect.addFlashAttribute("notice", "deviation.categories.added");
            return "redirect:/quality/categories";
        } catch (DomainException e) {
            response.setStatus(422);
            return render(model, List.of(new FormError(e.getMessage().contains("name") ? "name" : "code",
                    e.getMessage(), e.arguments())));
        }
    }

    @PostMapping("/quality/categories/{id}")
    String toggle(@PathVariable long id, @RequestParam boolean active, RedirectAttributes redirect) {
        management.setCategoryActive(id, active);
        redirect.addFlashAttribute("notice", "deviation.categories.saved");
        return "redirect:/quality/categories";
    }

    private String render(Model model, List<FormError> errors) {
        model.addAttribute("categories", deviations.categories());
        model.addAttribute("lists", CategoryList.values());
        model.addAttribute("mayEdit", management.mayAdministerLists());
        model.addAttribute("errors", errors);
        model.addAttribute("errorsByField", FormError.byField(errors));
        return "deviation/categories";
    }
}
