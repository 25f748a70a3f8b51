package se.vaksam.plan.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.vaksam.history.HistoryQuery;
import se.vaksam.plan.FollowUpView;
import se.vaksam.plan.FollowUps;
import se.vaksam.plan.PlanQuery;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.Period;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/** A plan's follow-up for one period: who has reported, and the coordinator's "klar för nämnden". */
@Allowed(Capability.SIGNED_IN)
@Controller
class FollowUpPages {

    private final FollowUps followUps;
    private final HistoryQuery history;
    private final Clock clock;
    private final PlanQuery plans;
    private final UnitChoices people;

    FollowUpPages(FollowUps followUps, HistoryQuery history, Clock clock, PlanQuery plans, UnitChoices people) {
        this.plans = plans;
        this.people = people;
        this.followUps = followUps;
        this.history = history;
        this.clock = clock;
    }

    @GetMapping("/follow-ups")
    String overview(Model model) {
        return overview(null, model);
    }

    private String overview(DomainException error, Model model) {
        model.addAttribute("followUps", followUps.overview());
        model.addAttribute("deadlines", followUps.deadlines(LocalDate.now(clock).getYear()));
        model.addAttribute("mayChangeDeadlines", followUps.mayChangeDeadlines());
        model.addAttribute("error", error);
        return "plan/follow-ups";
    }

    @Allowed(Capability.ADMINISTER_SYSTEM)
    @PostMapping("/follow-ups/deadlines/{period}")
    String changeDeadline(@PathVariable Period period, @RequestParam(required = false) Integer dueMonth,
            @RequestParam(required = false) Integer dueDay, @RequestParam(defaultValue = "0") int yearsAfter,
            Model model, HttpServletResponse response) {
        try {
            followUps.changeDeadline(period, dueMonth == null ? 0 : dueMonth, dueDay == null ? 0 : dueDay, yearsAfter);
            return "redirect:/follow-ups";
        } catch (DomainException e) {
            response.setStatus(422);
            return overview(e, model);
        }
    }

    @GetMapping("/plans/{planId}/follow-up/{period}")
    String show(@PathVariable long planId, @PathVariable Period period, Model model) {
        return show(planId, period, null, model);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/plans/{planId}/follow-up/{period}/ready")
    String markReady(@PathVariable long planId, @PathVariable Period period,
            @RequestParam(defaultValue = "false") boolean override, @RequestParam(required = false) String reason,
            Model model, HttpServletResponse response) {
        try {
            followUps.markReady(planId, period, override, reason);
            return "redirect:/plans/" + planId + "/follow-up/" + period.name();
        } catch (DomainException e) {
            response.setStatus(422);
            return show(planId, period, e, model);
        }
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/plans/{planId}/follow-up/{period}/reopen")
    String reopen(@PathVariable long planId, @PathVariable Period period, Model model, HttpServletResponse response) {
        try {
            followUps.reopen(planId, period, null);
            return "redirect:/plans/" + planId + "/follow-up/" + period.name();
        } catch (DomainException e) {
            response.setStatus(422);
            return show(planId, period, e, model);
        }
    }

    private String show(long planId, Period period, DomainException error, Model model) {
        FollowUpView followUp = followUps.followUp(planId, period);
        model.addAttribute("followUp", followUp);
        java.util.List<String> usernames = new java.util.ArrayList<>(followUp.items().stream()
                .map(FollowUpView.Row::reportedBy).toList());
        usernames.add(followUp.readyBy());
        model.addAttribute("names", people.names(usernames));
        model.addAttribute("carried", plans.carriedIntoFollowUp(followUp.committeeId(), followUp.year()));
        model.addAttribute("periods", Period.values());
        model.addAttribute("error", error);
        model.addAttribute("history", history.historyOf("plan.followUp", planId + "-" + period.name()));
        return "plan/follow-up";
    }
}
