package se.vaksam.plan.web;

import java.util.List;

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
import se.vaksam.plan.Adoption;
import se.vaksam.plan.ItemKind;
import se.vaksam.plan.PlanManagement;
import se.vaksam.plan.PlanQuery;
import se.vaksam.plan.ReviewKind;
import se.vaksam.shared.Bounds;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/** The plan list (per committee and year) and each plan's page: items, candidates, adoption, closing. */
@Allowed(Capability.SIGNED_IN)
@Controller
class PlanPages {

    private final PlanQuery plans;
    private final PlanManagement management;
    private final HistoryQuery history;
    private final UnitChoices units;

    PlanPages(PlanQuery plans, PlanManagement management, HistoryQuery history, UnitChoices units) {
        this.plans = plans;
        this.management = management;
        this.history = history;
        this.units = units;
    }

    @GetMapping("/plans")
    String list(@RequestParam(required = false) Long committeeId, @RequestParam(required = false) Integer year,
            Model model) {
        return list(committeeId, Bounds.year("year", year), null, model);
    }

    private String list(Long committeeId, Integer year, DomainException error, Model model) {
        model.addAttribute("plans", plans.plans(committeeId, year));
        model.addAttribute("committees", units.committees());
        model.addAttribute("committeeId", committeeId);
        model.addAttribute("year", year);
        model.addAttribute("error", error);
        return "plan/plans";
    }

    record CreateForm(Long committeeId, String year) {
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/plans")
    String create(@ModelAttribute CreateForm form, Model model, HttpServletResponse response) {
        try {
            Integer year = Forms.number(form.year());
            if (form.committeeId() == null || year == null) {
                throw new DomainException("plan.form.error.committeeYear");
            }
            return "redirect:/plans/" + management.createPlan(form.committeeId(), year);
        } catch (DomainException e) {
            response.setStatus(422);
            return list(null, null, e, model);
        }
    }

    @GetMapping("/plans/{id}")
    String plan(@PathVariable long id, Model model) {
        return show(id, null, null, model);
    }

    private String show(long id, AdoptForm adoptForm, DomainException error, Model model) {
        PlanQuery.PlanView plan = plans.plan(id);
        List<PlanQuery.ItemView> items = plans.items(id);
        model.addAttribute("plan", plan);
        model.addAttribute("directActions", items.stream().filter(i -> i.kind() == ItemKind.DIRECT_ACTION).toList());
        model.addAttribute("ownReviews", items.stream()
                .filter(i -> i.kind() == ItemKind.REVIEW && i.reviewKind() == ReviewKind.NAMNDENS).toList());
        model.addAttribute("commonReviews", items.stream()
                .filter(i -> i.kind() == ItemKind.REVIEW && i.reviewKind() == ReviewKind.KOMMUNGEMENSAM).toList());
        model.addAttribute("candidates", plan.status() == se.vaksam.plan.PlanStatus.DRAFT ? plans.candidates(id)
                : List.of());
        model.addAttribute("changes", plans.changes(id));
        model.addAttribute("actions", plans.improvementActions(id));
        model.addAttribute("carried", plans.carriedIntoFollowUp(plan.committeeId(), plan.year()));
        model.addAttribute("adoptForm", adoptForm == null ? new AdoptForm(null, null, null, null, plan.version())
                : adoptForm);
        model.addAttribute("error", error);
        model.addAttribute("historyEntries", history.historyOf("plan.plan", Long.toString(id)));
        return "plan/plan";
    }

    record AdoptForm(String decidedOn, String paragraph, String diaryNumber, String adoptedBy, Integer version) {
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/plans/{id}/adoption")
    String adopt(@PathVariable long id, @ModelAttribute AdoptForm form,
            @RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        plans.plan(id);
        if (!confirmed) {
            response.setStatus(422);
            return show(id, form, new DomainException("plan.adopt.confirmMissing"), model);
        }
        try {
            management.adopt(id, new Adoption(Forms.date(form.decidedOn()), Forms.blankToNull(form.paragraph()),
                    Forms.blankToNull(form.diaryNumber()), Forms.blankToNull(form.adoptedBy())),
                    Forms.version(form.version()));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/plans/" + id;
        } catch (DomainException e) {
            response.setStatus(422);
            return show(id, form, e, model);
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(409);
            return show(id, form, new DomainException("error.conflict"), model);
        }
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/plans/{id}/closing")
    String close(@PathVariable long id, @RequestParam(required = false) String decidedOn,
            @RequestParam(required = false) Integer version,
            @RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        plans.plan(id);
        if (!confirmed) {
            response.setStatus(422);
            return show(id, null, new DomainException("plan.close.confirmMissing"), model);
        }
        try {
            management.close(id, Forms.date(decidedOn), Forms.version(version));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/plans/" + id;
        } catch (DomainException e) {
            response.setStatus(422);
            return show(id, null, e, model);
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(409);
            return show(id, null, new DomainException("error.conflict"), model);
        }
    }
}
