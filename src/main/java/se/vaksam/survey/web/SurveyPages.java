package se.vaksam.survey.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;
import se.vaksam.shared.DomainException;
import se.vaksam.survey.Survey;
import se.vaksam.survey.SurveyExport;
import se.vaksam.survey.SurveyResults;
import se.vaksam.survey.Surveys;

/**
 * The surveys' pages: the list, and one survey with its response rate (live: the page reads the counts on every
 * visit), the result per question with a chart and the table beside it, the breakdown per unit, downloads, and
 * one click to put the result table into the linked review.
 */
@Allowed(Capability.SIGNED_IN)
@Controller
class SurveyPages {

    private final Surveys surveys;
    private final SurveyResults results;
    private final SurveyExport export;
    private final MessageSource messages;
    private final se.vaksam.org.OrgDirectory directory;

    SurveyPages(Surveys surveys, SurveyResults results, SurveyExport export, MessageSource messages,
            se.vaksam.org.OrgDirectory directory) {
        this.directory = directory;
        this.surveys = surveys;
        this.results = results;
        this.export = export;
        this.messages = messages;
    }

    @GetMapping("/surveys")
    String list(Model model) {
        model.addAttribute("surveys", surveys.list(Surveys.MAX_LIST));
        return "survey/index";
    }

    @GetMapping("/surveys/{id}")
    String survey(@PathVariable long id, Model model, Locale locale) {
        Survey survey = surveys.survey(id);
        SurveyResults.Result result = results.result(id);
        Map<Long, String> charts = new LinkedHashMap<>();
        for (SurveyResults.QuestionResult q : result.questions()) {
            charts.put(q.questionId(), SurveyChart.svg("chart-" + q.questionId(), q,
                    messages.getMessage("survey.chart.description", new Object[] {q.offered()}, locale)));
        }
        model.addAttribute("survey", survey);
        model.addAttribute("result", result);
        model.addAttribute("charts", charts);
        model.addAttribute("roles", se.vaksam.org.PlacementRole.values());
        model.addAttribute("units", directory.readableUnits().stream()
                .map(u -> new se.vaksam.shared.Choice(Long.toString(u.id()), u.name())).toList());
        return "survey/survey";
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/surveys/{id}/review-result")
    String attach(@PathVariable long id, RedirectAttributes redirect) {
        try {
            results.attachToReview(id, null, null);
            redirect.addFlashAttribute("done", "survey.attached");
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/surveys/" + id;
    }

    @GetMapping("/surveys/{id}/results.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id) {
        return SurveyApi.file(export.csv(id), "text/csv;charset=UTF-8", "enkat-" + id + ".csv");
    }

    @GetMapping("/surveys/{id}/results.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        return SurveyApi.file(export.xlsx(id), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "enkat-" + id + ".xlsx");
    }
}
