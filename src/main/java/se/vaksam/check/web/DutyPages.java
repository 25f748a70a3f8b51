package se.vaksam.check.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
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
import se.vaksam.history.HistoryQuery;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/** The annual wheel: duties, the coming due dates, overdue ones, and completing a due date. */
@Allowed(Capability.SIGNED_IN)
@Controller
class DutyPages {

    private final Duties duties;
    private final CheckChoices choices;
    private final MessageSource messages;
    private final Clock clock;
    private final HistoryQuery history;

    DutyPages(Duties duties, CheckChoices choices, MessageSource messages, Clock clock, HistoryQuery history) {
        this.history = history;
        this.duties = duties;
        this.choices = choices;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/recurring-duties")
    String wheel(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("duties", duties.duties());
        model.addAttribute("inactive", duties.inactiveDuties());
        model.addAttribute("overdue", duties.overdue());
        model.addAttribute("coming", duties.occurrences(today, today.plusMonths(3)));
        model.addAttribute("units", choices.writableUnits());
        model.addAttribute("rules", DutyRule.values());
        model.addAttribute("roles", PlacementRole.values());
        return "check/wheel";
    }

    @Allowed(Capability.CHANGE_RECORDS)
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
        model.addAttribute("editable", duties.editable(duty));
        model.addAttribute("historyEntries", history.historyOf("check.duty", Long.toString(id)));
        return "check/duty";
    }

    /** What the duty form holds: as saved, or as typed. */
    record DutyForm(String title, String rule, Integer dayOfMonth, Integer monthOfYear, Integer daysBefore,
            String targetRole, Long unitId, int version) {

        static DutyForm of(Duties.Duty d) {
            return new DutyForm(d.title(), d.rule().name(), d.dayOfMonth(), d.monthOfYear(), d.daysBefore(),
                    d.targetRole(), d.unitId(), d.version());
        }

        Duties.DutyDraft draft(boolean selfInspection) {
            if (unitId == null) {
                throw new DomainException("check.import.error.noUnit");
            }
            DutyRule chosen;
            try {
                chosen = rule == null || rule.isBlank() ? null : DutyRule.valueOf(rule);
            } catch (IllegalArgumentException e) {
                chosen = null;
            }
            return new Duties.DutyDraft(title, chosen, dayOfMonth == null ? 0 : dayOfMonth, monthOfYear,
                    daysBefore == null ? 0 : daysBefore, targetRole, unitId, selfInspection);
        }
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @GetMapping("/recurring-duties/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Duties.Duty duty = editableDuty(id);
        return showEdit(duty, DutyForm.of(duty), null, null, model);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/recurring-duties/{id}")
    String update(@PathVariable long id, @RequestParam(required = false) String title,
            @RequestParam(required = false) String rule, @RequestParam(required = false) String dayOfMonth,
            @RequestParam(required = false) String monthOfYear, @RequestParam(required = false) String daysBefore,
            @RequestParam(required = false) String targetRole, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        Duties.Duty duty = editableDuty(id);
        int seen = version == null ? -1 : version;
        DutyForm typed;
        try {
            typed = new DutyForm(title, rule, number(dayOfMonth), number(monthOfYear), number(daysBefore), targetRole,
                    unitId, seen);
        } catch (DomainException e) {
            response.setStatus(422);
            return showEdit(duty, new DutyForm(title, rule, null, null, null, targetRole, unitId, seen), null,
                    text(e.getMessage(), e.arguments()), model);
        }
        try {
            duties.update(id, typed.draft(duty.selfInspection()), seen);
            redirect.addFlashAttribute("done", text("check.duty.saved"));
            return "redirect:/recurring-duties/" + id;
        } catch (DomainException e) {
            response.setStatus(422);
            return showEdit(duty, typed, null, text(e.getMessage(), e.arguments()), model);
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(409);
            Duties.Duty current = duties.duty(id);
            return showEdit(current, new DutyForm(title, rule, typed.dayOfMonth(), typed.monthOfYear(),
                    typed.daysBefore(), targetRole, unitId, current.version()), current, text("check.duty.error.conflict"),
                    model);
        }
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/recurring-duties/{id}/active")
    String setActive(@PathVariable long id, @RequestParam(defaultValue = "false") boolean active,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        try {
            duties.setActive(id, active, version == null ? -1 : version);
            redirect.addFlashAttribute("done", text(active ? "check.duty.activated" : "check.duty.deactivated"));
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", text(e.getMessage(), e.arguments()));
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", text("check.duty.error.conflict"));
        }
        return "redirect:/recurring-duties/" + id;
    }

    private Duties.Duty editableDuty(long id) {
        Duties.Duty duty = duties.duty(id);
        if (!duties.editable(duty)) {
            throw new ForbiddenException();
        }
        return duty;
    }

    private String showEdit(Duties.Duty duty, DutyForm form, Duties.Duty conflict, String error, Model model) {
        model.addAttribute("duty", duty);
        model.addAttribute("form", form);
        model.addAttribute("conflict", conflict);
        model.addAttribute("error", error);
        model.addAttribute("units", choices.writableUnits());
        model.addAttribute("rules", DutyRule.values());
        model.addAttribute("roles", PlacementRole.values());
        return "check/duty-edit";
    }

    private static Integer number(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            throw new DomainException("check.duty.error.number", typed);
        }
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
