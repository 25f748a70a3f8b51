package se.vaksam.selfassessment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.vaksam.selfassessment.CriteriaSet;
import se.vaksam.selfassessment.SelfAssessmentManagement;
import se.vaksam.selfassessment.SelfAssessments;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/** The kommun's criteria for a year: shown to everyone, edited by whoever may change the kommun unit. */
@Allowed(Capability.CHANGE_RECORDS)
@Controller
class CriteriaPages {

    private final SelfAssessments assessments;
    private final SelfAssessmentManagement management;
    private final Clock clock;

    CriteriaPages(SelfAssessments assessments, SelfAssessmentManagement management, Clock clock) {
        this.assessments = assessments;
        this.management = management;
        this.clock = clock;
    }

    /** One area in the edit form: its name and its criteria, one per line. */
    record AreaForm(String name, String lines) {
    }

    @Allowed(Capability.SIGNED_IN)
    @GetMapping("/self-assessments/criteria")
    String criteria(@RequestParam(required = false) String year, Model model) {
        return render(parseYear(year), List.of(), null, model);
    }

    @PostMapping("/self-assessments/criteria")
    String save(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        int year = parseYear(params.getFirst("year"));
        SelfAssessments.Kommun kommun = kommun();
        List<AreaForm> forms = new ArrayList<>();
        for (int i = 0; params.containsKey("area-" + i + "-name"); i++) {
            forms.add(new AreaForm(params.getFirst("area-" + i + "-name"), params.getFirst("area-" + i + "-criteria")));
        }
        List<CriteriaSet.Area> areas = forms.stream()
                .filter(f -> !blank(f.name()) || !blank(f.lines()))
                .map(f -> new CriteriaSet.Area(f.name() == null ? "" : f.name(), lines(f.lines()))).toList();
        try {
            management.editCriteria(kommun.id(), year, areas, Integer.parseInt(params.getFirst("version")));
            redirect.addFlashAttribute("notice", "selfassessment.criteria.saved");
            return "redirect:/self-assessments/criteria?year=" + year;
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(409);
            return render(year, List.of(new FormError("area-0-name", "selfassessment.form.conflict")), forms, model);
        } catch (DomainException e) {
            response.setStatus(422);
            return render(year, List.of(new FormError("area-0-name", e.getMessage(), e.arguments())), forms, model);
        }
    }

    @PostMapping("/self-assessments/criteria/copy")
    String copy(@RequestParam String year, @RequestParam int version, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        int parsed = parseYear(year);
        try {
            management.copyCriteriaFromPreviousYear(kommun().id(), parsed, version);
            redirect.addFlashAttribute("notice", "selfassessment.criteria.copied");
            return "redirect:/self-assessments/criteria?year=" + parsed;
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(409);
            return render(parsed, List.of(new FormError("copy", "selfassessment.form.conflict")), null, model);
        } catch (DomainException e) {
            response.setStatus(422);
            return render(parsed, List.of(new FormError("copy", e.getMessage(), e.arguments())), null, model);
        }
    }

    @Allowed(Capability.ADMINISTER_SYSTEM)
    @PostMapping("/self-assessments/ratings")
    String ratings(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        int year = parseYear(params.getFirst("year"));
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        assessments.ratings().forEach(r -> labels.put(r.code(), params.getFirst("rating-" + r.code())));
        try {
            management.relabelRatings(labels);
            redirect.addFlashAttribute("notice", "selfassessment.criteria.ratingsSaved");
            return "redirect:/self-assessments/criteria?year=" + year;
        } catch (DomainException e) {
            response.setStatus(422);
            String field = "rating-" + assessments.ratings().get(0).code();
            return render(year, List.of(new FormError(field, e.getMessage(), e.arguments())), null, model);
        }
    }

    private String render(int year, List<FormError> errors, List<AreaForm> forms, Model model) {
        SelfAssessments.Kommun kommun = kommun();
        CriteriaSet set = assessments.criteria(kommun.id(), year);
        List<AreaForm> areaForms = forms;
        if (areaForms == null) {
            areaForms = new ArrayList<>(set.areas().stream().map(a -> new AreaForm(a.name(),
                    String.join("\n", a.criteria().stream().map(CriteriaSet.Criterion::text).toList()))).toList());
            areaForms.add(new AreaForm("", ""));
        }
        model.addAttribute("set", set);
        model.addAttribute("ratings", assessments.ratings());
        model.addAttribute("writable", kommun.writable());
        model.addAttribute("scaleWritable", assessments.mayEditScale());
        model.addAttribute("areaForms", areaForms);
        model.addAttribute("errors", errors);
        model.addAttribute("errorsByField", FormError.byField(errors));
        return "selfassessment/criteria";
    }

    private SelfAssessments.Kommun kommun() {
        return assessments.kommun().orElseThrow(ForbiddenException::new);
    }

    private int parseYear(String year) {
        try {
            int parsed = Integer.parseInt(year == null ? "" : year.strip());
            if (parsed >= 2000 && parsed <= 2100) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // the current year instead
        }
        return LocalDate.now(clock).getYear();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static List<CriteriaSet.Criterion> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty())
                .map(l -> new CriteriaSet.Criterion(null, l)).toList();
    }
}
