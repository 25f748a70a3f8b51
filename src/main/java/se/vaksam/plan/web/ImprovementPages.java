package se.vaksam.plan.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.vaksam.history.HistoryQuery;
import se.vaksam.plan.Disposition;
import se.vaksam.plan.ImprovementManagement;
import se.vaksam.plan.ImprovementStatus;
import se.vaksam.plan.ItemKind;
import se.vaksam.plan.OtherProcess;
import se.vaksam.plan.PlanQuery;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/** The improvement actions list, each action's page with progress notes and the year-end disposition. */
@Allowed(Capability.SIGNED_IN)
@Controller
class ImprovementPages {

    private final PlanQuery plans;
    private final ImprovementManagement management;
    private final HistoryQuery history;
    private final UnitChoices units;

    ImprovementPages(PlanQuery plans, ImprovementManagement management, HistoryQuery history, UnitChoices units) {
        this.plans = plans;
        this.management = management;
        this.history = history;
        this.units = units;
    }

    @GetMapping("/improvement-actions")
    String list(@RequestParam(required = false) Long planId, @RequestParam(required = false) boolean open,
            Model model) {
        model.addAttribute("actions", plans.improvementActions(planId).stream()
                .filter(a -> !open || a.status() == ImprovementStatus.NOT_STARTED
                        || a.status() == ImprovementStatus.IN_PROGRESS)
                .toList());
        model.addAttribute("onlyOpen", open);
        return "plan/improvement-actions";
    }

    @GetMapping("/improvement-actions/{id}")
    String action(@PathVariable long id, Model model) {
        PlanQuery.ImprovementView action = plans.improvementAction(id);
        return show(action, null, null, model);
    }

    private String show(PlanQuery.ImprovementView action, ItemPages.ImprovementForm form, DomainException error,
            Model model) {
        model.addAttribute("action", action);
        model.addAttribute("names", units.names(action.notes().stream().map(PlanQuery.Note::writtenBy).toList()));
        model.addAttribute("form", form != null ? form : new ItemPages.ImprovementForm(action.title(),
                action.description(), action.ownerUnitId(), action.ownerUsername(),
                action.dueOn() == null ? null : action.dueOn().toString(), action.status().name()));
        model.addAttribute("error", error);
        model.addAttribute("statuses", ImprovementStatus.values());
        model.addAttribute("dispositions", Disposition.values());
        model.addAttribute("processes", OtherProcess.values());
        model.addAttribute("proposalKinds", ItemKind.values());
        model.addAttribute("units", units.within(action.committeeId()));
        model.addAttribute("people", units.people(action.committeeId()));
        model.addAttribute("historyEntries", history.historyOf("plan.improvement-action", Long.toString(action.id())));
        return "plan/improvement-action";
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/improvement-actions/{id}")
    String edit(@PathVariable long id, @ModelAttribute ItemPages.ImprovementForm form,
            @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        PlanQuery.ImprovementView action = plans.improvementAction(id);
        try {
            management.edit(id, form.draft(), Forms.version(version));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/improvement-actions/" + id;
        } catch (DomainException e) {
            response.setStatus(422);
            return show(action, form, e, model);
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(409);
            return show(plans.improvementAction(id), form, new DomainException("error.conflict"), model);
        }
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/improvement-actions/{id}/notes")
    String note(@PathVariable long id, @RequestParam(required = false) String notedOn,
            @RequestParam(required = false) String text, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        PlanQuery.ImprovementView action = plans.improvementAction(id);
        try {
            management.addNote(id, Forms.date(notedOn), text);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/improvement-actions/" + id;
        } catch (DomainException e) {
            response.setStatus(422);
            return show(action, null, e, model);
        }
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/improvement-actions/{id}/disposition")
    String dispose(@PathVariable long id, @RequestParam(required = false) String disposition,
            @RequestParam(required = false) String otherProcess, @RequestParam(required = false) String proposalKind,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        PlanQuery.ImprovementView action = plans.improvementAction(id);
        try {
            management.dispose(id, Forms.choice(Disposition.class, disposition),
                    Forms.choice(OtherProcess.class, otherProcess), Forms.choice(ItemKind.class, proposalKind),
                    Forms.blankToNull(note), Forms.version(version));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/improvement-actions/" + id;
        } catch (DomainException e) {
            response.setStatus(422);
            return show(action, null, e, model);
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(409);
            return show(plans.improvementAction(id), null, new DomainException("error.conflict"), model);
        }
    }
}
