package se.vaksam.plan.web;

import se.vaksam.shared.Confirmation;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.vaksam.plan.ItemKind;
import se.vaksam.plan.PlanManagement;
import se.vaksam.plan.PlanQuery;
import se.vaksam.plan.PlanStatus;
import se.vaksam.plan.ReviewKind;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.Period;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/** Adding an item to a plan (from a candidate or by hand), changing its planning, taking it out. */
@Allowed(Capability.CHANGE_RECORDS)
@Controller
class ItemPlanningPages {

    private final PlanQuery plans;
    private final PlanManagement management;
    private final UnitChoices units;

    ItemPlanningPages(PlanQuery plans, PlanManagement management, UnitChoices units) {
        this.plans = plans;
        this.management = management;
        this.units = units;
    }

    @GetMapping("/plans/{id}/items/new")
    String newItem(@PathVariable long id, @RequestParam(required = false) Long riskId,
            @RequestParam(required = false) Long proposalId, Model model) {
        PlanQuery.PlanView plan = requireManageable(id);
        ItemForm form = plans.candidates(id).stream()
                .filter(c -> proposalId != null ? proposalId.equals(c.proposalId())
                        : riskId != null && c.proposalId() == null && riskId.equals(c.riskId()))
                .findFirst().map(ItemForm::of).orElse(ItemForm.empty());
        return form(plan, null, form, null, model);
    }

    @PostMapping("/plans/{id}/items")
    String add(@PathVariable long id, @ModelAttribute ItemForm form, Model model, HttpServletResponse response) {
        PlanQuery.PlanView plan = requireManageable(id);
        try {
            long item = management.addItem(id, form.draft(), form.decision());
            return "redirect:/plan-items/" + item;
        } catch (DomainException e) {
            response.setStatus(422);
            return form(plan, null, form, e, model);
        }
    }

    @GetMapping("/plan-items/{id}/planning")
    String planning(@PathVariable long id, Model model) {
        PlanQuery.ItemView item = plans.item(id);
        return form(requireManageable(item.planId()), item, ItemForm.of(item), null, model);
    }

    @PostMapping("/plan-items/{id}/planning")
    String editPlanning(@PathVariable long id, @ModelAttribute ItemForm form, Model model,
            HttpServletResponse response) {
        PlanQuery.ItemView item = plans.item(id);
        PlanQuery.PlanView plan = requireManageable(item.planId());
        try {
            management.editItem(id, form.draft(), Forms.version(form.version()), form.decision());
            return "redirect:/plan-items/" + id;
        } catch (DomainException e) {
            response.setStatus(422);
            return form(plan, item, form, e, model);
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(409);
            return form(plan, item, form, new DomainException("error.conflict"), model);
        }
    }

    @PostMapping("/plan-items/{id}/removal")
    String remove(@PathVariable long id, @ModelAttribute ItemForm form,
            @RequestParam(defaultValue = "false") boolean confirmed, Model model, HttpServletResponse response) {
        PlanQuery.ItemView item = plans.item(id);
        PlanQuery.PlanView plan = requireManageable(item.planId());
        try {
            Confirmation.require(confirmed);
            management.removeItem(id, Forms.version(form.version()), form.decision());
            return "redirect:/plans/" + plan.id();
        } catch (DomainException e) {
            response.setStatus(422);
            return form(plan, item, ItemForm.of(item), e, model);
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(409);
            return form(plan, item, ItemForm.of(item), new DomainException("error.conflict"), model);
        }
    }

    private PlanQuery.PlanView requireManageable(long planId) {
        PlanQuery.PlanView plan = plans.plan(planId);
        if (!plan.manageable() || plan.status() == PlanStatus.CLOSED) {
            throw new ForbiddenException();
        }
        return plan;
    }

    private String form(PlanQuery.PlanView plan, PlanQuery.ItemView item, ItemForm form, DomainException error,
            Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("item", item);
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("units", units.within(plan.committeeId()));
        model.addAttribute("people", units.people(plan.committeeId()));
        model.addAttribute("kinds", ItemKind.values());
        model.addAttribute("reviewKinds", ReviewKind.values());
        model.addAttribute("periods", Period.values());
        model.addAttribute("needsDecision", plan.status() == PlanStatus.ADOPTED);
        return "plan/item-form";
    }
}
