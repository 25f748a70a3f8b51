package se.vaksam.plan.web;

import java.util.Map;

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
import se.vaksam.plan.ActionStatus;
import se.vaksam.plan.ImprovementDraft;
import se.vaksam.plan.ImprovementManagement;
import se.vaksam.plan.ImprovementStatus;
import se.vaksam.plan.ItemKind;
import se.vaksam.plan.PlanManagement;
import se.vaksam.plan.PlanQuery;
import se.vaksam.plan.ProposalDraft;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.Period;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/**
 * An item's page: "Risk: …" with its sentence, the planning, the report form (direct action or review, with
 * result tables), improvement actions and proposals for next year. A conflicting save keeps what was typed.
 */
@Allowed(Capability.SIGNED_IN)
@Controller
class ItemPages {

    private final PlanQuery plans;
    private final PlanManagement management;
    private final ImprovementManagement improvements;
    private final HistoryQuery history;
    private final UnitChoices units;

    ItemPages(PlanQuery plans, PlanManagement management, ImprovementManagement improvements, HistoryQuery history,
            UnitChoices units) {
        this.plans = plans;
        this.management = management;
        this.improvements = improvements;
        this.history = history;
        this.units = units;
    }

    @GetMapping("/plan-items/{id}")
    String item(@PathVariable long id, Model model) {
        PlanQuery.ItemView item = plans.item(id);
        return show(item, ReportForm.of(item), TableForm.of(item.tables()), null, model);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/plan-items/{id}/report")
    String report(@PathVariable long id, @ModelAttribute ReportForm form, @RequestParam Map<String, String> params,
            @RequestParam(required = false) String op, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        PlanQuery.ItemView item = plans.item(id);
        if (!item.reportable()) {
            throw new ForbiddenException();
        }
        TableForm tables = TableForm.parse(params);
        if (tables.apply(op)) {
            return show(item, form, tables, null, model);
        }
        try {
            if (item.kind() == ItemKind.DIRECT_ACTION) {
                management.reportAction(id, form.actionReport(tables.toTables()), Forms.version(form.version()));
            } else {
                management.reportReview(id, form.reviewReport(tables.toTables()), Forms.version(form.version()));
            }
            redirect.addFlashAttribute("saved", true);
            return "redirect:/plan-items/" + id;
        } catch (DomainException e) {
            response.setStatus(422);
            return show(item, form, tables, e, model);
        } catch (OptimisticLockingFailureException e) {
            // Keep what the person typed, show what is saved now beside it, and let them save again over it.
            response.setStatus(409);
            PlanQuery.ItemView current = plans.item(id);
            model.addAttribute("conflict", current);
            return show(current, form.withVersion(current.version()), tables,
                    new DomainException("plan.report.error.conflict"), model);
        }
    }

    record ImprovementForm(String title, String description, Long ownerUnitId, String ownerUsername, String dueOn,
            String status) {

        ImprovementDraft draft() {
            return new ImprovementDraft(Forms.blankToNull(title), Forms.blankToNull(description), ownerUnitId,
                    Forms.blankToNull(ownerUsername), Forms.date(dueOn), Forms.choice(ImprovementStatus.class, status));
        }
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/plan-items/{id}/improvement-actions")
    String createImprovement(@PathVariable long id, @ModelAttribute ImprovementForm form, Model model,
            HttpServletResponse response) {
        PlanQuery.ItemView item = plans.item(id);
        try {
            long action = improvements.create(id, form.draft());
            return "redirect:/improvement-actions/" + action;
        } catch (DomainException e) {
            response.setStatus(422);
            model.addAttribute("improvementForm", form);
            return show(item, ReportForm.of(item), TableForm.of(item.tables()), e, model);
        }
    }

    record ProposalForm(String kind, String title, String motivation) {
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/plan-items/{id}/proposals")
    String propose(@PathVariable long id, @ModelAttribute ProposalForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        PlanQuery.ItemView item = plans.item(id);
        try {
            improvements.propose(id, new ProposalDraft(Forms.choice(ItemKind.class, form.kind()),
                    Forms.blankToNull(form.title()), Forms.blankToNull(form.motivation())));
            redirect.addFlashAttribute("proposed", true);
            return "redirect:/plan-items/" + id;
        } catch (DomainException e) {
            response.setStatus(422);
            return show(item, ReportForm.of(item), TableForm.of(item.tables()), e, model);
        }
    }

    private String show(PlanQuery.ItemView item, ReportForm form, TableForm tables, DomainException error,
            Model model) {
        model.addAttribute("item", item);
        PlanQuery.ItemView conflict = (PlanQuery.ItemView) model.getAttribute("conflict");
        model.addAttribute("names", units.names(java.util.Arrays.asList(item.reportedBy(),
                conflict == null ? null : conflict.reportedBy())));
        model.addAttribute("plan", plans.plan(item.planId()));
        model.addAttribute("form", form);
        model.addAttribute("tableForm", tables);
        model.addAttribute("error", error);
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("periods", Period.values());
        model.addAttribute("kinds", ItemKind.values());
        model.addAttribute("improvementStatuses", ImprovementStatus.values());
        model.addAttribute("units", units.within(item.committeeId()));
        model.addAttribute("people", units.people(item.committeeId()));
        model.addAttribute("actions", plans.improvementActionsOf(item.id()));
        if (!model.containsAttribute("improvementForm")) {
            model.addAttribute("improvementForm", new ImprovementForm(null, null, item.responsibleUnitId(),
                    item.responsibleUsername(), null, ImprovementStatus.NOT_STARTED.name()));
        }
        model.addAttribute("historyEntries", history.historyOf("plan.item", Long.toString(item.id())));
        return "plan/item";
    }
}
