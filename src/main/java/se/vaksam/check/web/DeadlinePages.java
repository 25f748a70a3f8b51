package se.vaksam.check.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import se.vaksam.check.DeadlineChart;
import se.vaksam.check.DeadlineEvaluations;
import se.vaksam.check.DeadlineRule;
import se.vaksam.check.Populations;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/** Deadline rules over a population: per start month with last year beside, as a table and a chart. */
@Allowed(Capability.SIGNED_IN)
@Controller
class DeadlinePages {

    private final DeadlineEvaluations evaluations;
    private final Populations populations;
    private final CheckChoices choices;
    private final MessageSource messages;
    private final Clock clock;

    DeadlinePages(DeadlineEvaluations evaluations, Populations populations, CheckChoices choices,
            MessageSource messages, Clock clock) {
        this.clock = clock;
        this.evaluations = evaluations;
        this.populations = populations;
        this.choices = choices;
        this.messages = messages;
    }

    record DeadlineForm(Long populationId, DeadlineRule.Kind kind, Integer amount, Integer year, Integer fromMonth,
            Integer toMonth, LocalDate evaluatedOn, Long planItemId, String attach) {

        static DeadlineForm blank(Long populationId, LocalDate today) {
            return new DeadlineForm(populationId, DeadlineRule.Kind.MONTHS, 4, today.getYear(), 1, 6,
                    today, null, null);
        }
    }

    @GetMapping("/checks/deadlines")
    String page(@org.springframework.web.bind.annotation.RequestParam(required = false) Long populationId, Model model) {
        return show(DeadlineForm.blank(populationId, LocalDate.now(clock)), model);
    }

    private String show(DeadlineForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("populations", populations.populations());
        model.addAttribute("reviews", choices.reviews());
        model.addAttribute("kinds", DeadlineRule.Kind.values());
        return "check/deadlines";
    }

    @PostMapping("/checks/deadlines")
    String evaluate(@ModelAttribute DeadlineForm form, Model model, HttpServletResponse response) {
        try {
            if (form.populationId() == null || form.kind() == null || form.amount() == null || form.year() == null
                    || form.fromMonth() == null || form.toMonth() == null) {
                throw new DomainException("check.deadline.error.missing");
            }
            DeadlineEvaluations.Request request = new DeadlineEvaluations.Request(form.populationId(), form.kind(),
                    form.amount(), form.year(), form.fromMonth(), form.toMonth(), form.evaluatedOn());
            DeadlineEvaluations.Evaluation e = form.attach() != null && form.planItemId() != null
                    ? evaluations.attach(request, form.planItemId()) : evaluations.evaluate(request);
            if (form.attach() != null && form.planItemId() != null) {
                model.addAttribute("done", text("check.deadline.attached"));
            }
            model.addAttribute("evaluation", e);
            model.addAttribute("table", DeadlineEvaluations.table(e));
            model.addAttribute("chart", DeadlineChart.svg(e, text("check.deadline.chartTitle", e.caption()),
                    text("check.deadline.chartDesc", e.request().year(), e.request().year() - 1)));
        } catch (DomainException ex) {
            response.setStatus(422);
            model.addAttribute("error", text(ex.getMessage(), ex.arguments()));
        }
        return show(form, model);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
