package se.vaksam.check.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.vaksam.check.Duties;
import se.vaksam.check.DutyRule;
import se.vaksam.org.PlacementRole;
import se.vaksam.shared.DomainException;

/** The annual wheel: duties, the coming due dates, overdue ones, and completing a due date. */
@Controller
class DutyPages {

    private final Duties duties;
    private final CheckChoices choices;
    private final MessageSource messages;
    private final Clock clock;

    DutyPages(Duties duties, CheckChoices choices, MessageSource messages, Clock clock) {
        this.duties = duties;
        this.choices = choices;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/recurring-duties")
    String wheel(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("duties", duties.duties());
        model.addAttribute("overdue", duties.overdue());
        model.addAttribute("coming", duties.occurrences(today, today.plusMonths(3)));
        model.addAttribute("units", choices.writableUnits());
        model.addAttribute("rules", DutyRule.values());
        model.addAttribute("roles", PlacementRole.values());
        return "check/wheel";
    }

    @PostMapping("/recurring-duties")
    String create(@RequestParam(required = false) String title, @RequestParam(required = false) DutyRule rule,
            @RequestParam(required = false) Integer dayOfMonth, @RequestParam(required = false) Integer monthOfYear,
            @RequestParam(required = false) Integer daysBefore, @RequestParam(required = false) String targetRole,
            @RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "false") boolean selfInspection,
            RedirectAttributes redirect) {
        try {
            if (unitId == null) {
                throw new DomainException("check.import.error.noUnit");
            }
            long id = duties.create(new Duties.DutyDraft(title, rule, dayOfMonth == null ? 1 : dayOfMonth, monthOfYear,
                    daysBefore == null ? 0 : daysBefore, targetRole, unitId, selfInspection));
            redirect.addFlashAttribute("done", text("check.duty.created"));
            return "redirect:/recurring-duties/" + id;
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", text(e.getMessage(), e.arguments()));
            return "redirect:/recurring-duties";
        }
    }

    @GetMapping("/recurring-duties/{id}")
    String duty(@PathVariable long id, Model model) {
        LocalDate today = LocalDate.now(clock);
        Duties.Duty duty = duties.duty(id);
        model.addAttribute("duty", duty);
        model.addAttribute("dates", Duties.occurrencesOf(duty, today.minusMonths(3), today.plusMonths(6)));
        return "check/duty";
    }

    @PostMapping("/recurring-duties/{id}/completions")
    String complete(@PathVariable long id, @RequestParam(required = false) LocalDate dueOn,
            @RequestParam(required = false) String result, RedirectAttributes redirect) {
        try {
            duties.complete(id, dueOn, result);
            Duties.Duty duty = duties.duty(id);
            redirect.addFlashAttribute("done", text(duty.selfInspection() ? "check.duty.selfInspectionDone"
                    : "check.duty.completed", String.valueOf(dueOn)));
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", text(e.getMessage(), e.arguments()));
        }
        return "redirect:/recurring-duties/" + id;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
