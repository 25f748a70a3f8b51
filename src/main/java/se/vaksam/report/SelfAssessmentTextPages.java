package se.vaksam.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;
import se.vaksam.shared.DomainException;

/**
 * The page where the committee writes the annual report's self-assessment chapter: a narrative per area and whether
 * last year's rating stands beside this year's.
 */
@Allowed(Capability.SIGNED_IN)
@Controller
class SelfAssessmentTextPages {

    private final SelfAssessmentTextEditing editing;

    SelfAssessmentTextPages(SelfAssessmentTextEditing editing) {
        this.editing = editing;
    }

    @GetMapping("/reports/plans/{planId}/self-assessment-texts")
    String page(@PathVariable long planId, Model model) {
        return show(editing.view(planId), null, model);
    }

    private static String show(SelfAssessmentTextEditing.View view, DomainException error, Model model) {
        model.addAttribute("plan", view.plan());
        model.addAttribute("compareLastYear", view.texts().compareLastYear());
        model.addAttribute("version", view.texts().version());
        model.addAttribute("areas", view.areas().stream().map(a -> Map.of("name", a, "narrative",
                view.texts().narratives().getOrDefault(a, ""))).toList());
        model.addAttribute("error", error);
        return "report/self-assessment-texts";
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/reports/plans/{planId}/self-assessment-texts")
    String save(@PathVariable long planId, @RequestParam(required = false) List<String> area,
            @RequestParam(required = false) List<String> narrative,
            @RequestParam(defaultValue = "false") boolean compareLastYear, @RequestParam int version, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        List<String> areas = area == null ? List.of() : area;
        List<String> narratives = narrative == null ? List.of() : narrative;
        try {
            if (areas.size() != narratives.size() || areas.size() > SelfAssessmentTexts.MAX_AREAS) {
                throw new DomainException("report.selfAssessmentTexts.error.tooMany", SelfAssessmentTexts.MAX_AREAS);
            }
            Map<String, String> byArea = new LinkedHashMap<>();
            for (int i = 0; i < areas.size(); i++) {
                byArea.put(areas.get(i), narratives.get(i));
            }
            editing.save(planId, compareLastYear, byArea, version);
        } catch (DomainException e) {
            response.setStatus(422);
            return show(editing.view(planId), e, model);
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(409);
            return show(editing.view(planId), new DomainException("error.conflict"), model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/reports/plans/" + planId + "/self-assessment-texts";
    }
}
