package se.vaksam.selfassessment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.vaksam.org.OrgQuery;
import se.vaksam.history.HistoryQuery;
import se.vaksam.selfassessment.AssessmentStatus;
import se.vaksam.selfassessment.SelfAssessmentManagement;
import se.vaksam.selfassessment.SelfAssessmentQuery.Assessment;
import se.vaksam.selfassessment.SelfAssessments;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/** The self-assessment pages: the committees' list, one self-assessment, its form, submitting. */
@Allowed(Capability.SIGNED_IN)
@Controller
class SelfAssessmentPages {

    private final SelfAssessments assessments;
    private final SelfAssessmentManagement management;
    private final HistoryQuery history;
    private final Clock clock;

    private final OrgQuery org;

    SelfAssessmentPages(SelfAssessments assessments, SelfAssessmentManagement management, HistoryQuery history,
            Clock clock, OrgQuery org) {
        this.org = org;
        this.assessments = assessments;
        this.management = management;
        this.history = history;
        this.clock = clock;
    }

    @GetMapping("/self-assessments")
    String list(Model model) {
        return renderList(model, List.of(), null);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/self-assessments")
    String start(@RequestParam long committeeId, @RequestParam(required = false) String year, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        List<FormError> errors = new ArrayList<>();
        Integer parsed = null;
        try {
            parsed = Integer.valueOf(year == null ? "" : year.strip());
        } catch (NumberFormatException e) {
            errors.add(new FormError("year-" + committeeId, "selfassessment.form.year.invalid"));
        }
        if (errors.isEmpty()) {
            try {
                long id = management.start(committeeId, parsed);
                redirect.addFlashAttribute("notice", "selfassessment.started");
                return "redirect:/self-assessments/" + id + "/edit";
            } catch (DomainException e) {
                errors.add(new FormError("year-" + committeeId, e.getMessage(), e.arguments()));
            }
        }
        response.setStatus(422);
        return renderList(model, errors, year);
    }

    @GetMapping("/self-assessments/{id}")
    String view(@PathVariable long id, Model model) {
        return renderView(id, model);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @GetMapping("/self-assessments/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Assessment assessment = editable(id);
        return renderEdit(id, AssessmentForm.of(assessment), List.of(), model);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/self-assessments/{id}")
    String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Assessment assessment = editable(id);
        AssessmentForm form = AssessmentForm.from(params, assessment);
        List<FormError> errors = new ArrayList<>();
        if (form.version() == null) {
            errors.add(new FormError("summary", "selfassessment.form.version"));
        } else {
            try {
                management.save(id, form.summary(), form.answers(assessment), form.version(), form.reason());
                redirect.addFlashAttribute("notice", "selfassessment.saved");
                return "redirect:/self-assessments/" + id;
            } catch (OptimisticLockingFailureException e) {
                response.setStatus(409);
                return renderEdit(id, form, List.of(new FormError("summary", "selfassessment.form.conflict")), model);
            } catch (DomainException e) {
                errors.add(new FormError("summary", e.getMessage(), e.arguments()));
            }
        }
        response.setStatus(422);
        return renderEdit(id, form, errors, model);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/self-assessments/{id}/submit")
    String submit(@PathVariable long id, @RequestParam int version, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        Assessment assessment = editable(id);
        try {
            management.submit(id, version);
            redirect.addFlashAttribute("notice", "selfassessment.submitted");
            return "redirect:/self-assessments/" + id;
        } catch (DomainException e) {
            List<FormError> errors = new ArrayList<>();
            assessment.rows().stream().filter(row -> row.ratingCode() == null).forEach(row -> errors.add(
                    new FormError("rating-" + row.criterionCode(), "selfassessment.form.rating.required", row.criterion())));
            if (assessment.summary() == null) {
                errors.add(new FormError("summary", "selfassessment.form.summary.required"));
            }
            if (errors.isEmpty()) {
                errors.add(new FormError("summary", e.getMessage(), e.arguments()));
            }
            response.setStatus(422);
            return renderEdit(id, AssessmentForm.of(assessment), errors, model);
        }
    }

    private Assessment editable(long id) {
        Assessment assessment = assessments.get(id);
        if (!assessments.mayWrite(assessment.committeeId())) {
            throw new ForbiddenException();
        }
        if (assessment.status() != AssessmentStatus.DRAFT) {
            throw new DomainException("selfassessment.error.submitted");
        }
        return assessment;
    }

    private String renderList(Model model, List<FormError> errors, String year) {
        model.addAttribute("committees", assessments.readable());
        model.addAttribute("kommun", assessments.kommun().orElse(null));
        model.addAttribute("thisYear", LocalDate.now(clock).getYear());
        model.addAttribute("yearValue", year);
        model.addAttribute("errors", errors);
        model.addAttribute("errorsByField", FormError.byField(errors));
        return "selfassessment/list";
    }

    private String renderView(long id, Model model) {
        var page = assessments.page(id);
        model.addAttribute("page", page);
        model.addAttribute("names", org.namesOf(java.util.Collections.singletonList(page.assessment().submittedBy())));
        model.addAttribute("historyEntries", history.historyOf("selfassessment.assessment", Long.toString(id)));
        return "selfassessment/view";
    }

    private String renderEdit(long id, AssessmentForm form, List<FormError> errors, Model model) {
        model.addAttribute("page", assessments.page(id));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("errorsByField", FormError.byField(errors));
        return "selfassessment/edit";
    }
}
