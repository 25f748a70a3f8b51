package se.vaksam.plan.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.vaksam.plan.FollowUpView;
import se.vaksam.plan.FollowUps;
import se.vaksam.shared.Bounds;
import se.vaksam.shared.Period;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

@Allowed(Capability.SIGNED_IN)
@RestController
@Tag(name = "Uppföljning", description = "Tertialuppföljning av internkontrollplanen: vem har rapporterat, klar för nämnden")
class FollowUpApi {

    private final FollowUps followUps;

    FollowUpApi(FollowUps followUps) {
        this.followUps = followUps;
    }

    @GetMapping("/api/v1/follow-ups/{planId}")
    @Operation(summary = "Planens uppföljningar (T1, T2, årsuppföljning) med punkter, rapporterade och ej rapporterade")
    List<FollowUpView> followUps(@PathVariable long planId) {
        return followUps.followUps(planId);
    }

    @GetMapping("/api/v1/follow-ups/{planId}/{period}")
    @Operation(summary = "En uppföljning: punkter som ska rapporteras i perioden och vem som har rapporterat")
    FollowUpView followUp(@PathVariable long planId, @PathVariable Period period) {
        return followUps.followUp(planId, period);
    }

    record ReadyRequest(Boolean override, String reason) {
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/api/v1/follow-ups/{planId}/{period}/ready")
    @Operation(summary = "Markera uppföljningen klar för nämnden; med ej rapporterade punkter krävs override och skäl")
    FollowUpView markReady(@PathVariable long planId, @PathVariable Period period,
            @RequestBody(required = false) ReadyRequest request) {
        ReadyRequest r = request == null ? new ReadyRequest(false, null) : request;
        followUps.markReady(planId, period, Boolean.TRUE.equals(r.override()), r.reason());
        return followUps.followUp(planId, period);
    }

    @GetMapping("/api/v1/follow-up-deadlines")
    @Operation(summary = "När varje periods rapporter ska vara inne, för ett år")
    List<FollowUps.Deadline> deadlines(@RequestParam int year) {
        return followUps.deadlines(Bounds.year("year", year));
    }

    record DeadlineRequest(Integer dueMonth, Integer dueDay, Integer yearsAfter) {
    }

    @Allowed(Capability.ADMINISTER_SYSTEM)
    @PutMapping("/api/v1/follow-up-deadlines/{period}")
    @Operation(summary = "Ändra en periods sista dag (systemförvaltare); yearsAfter 1 = året efter planåret")
    List<FollowUps.Deadline> changeDeadline(@PathVariable Period period, @RequestBody DeadlineRequest request,
            @RequestParam int year) {
        followUps.changeDeadline(period, orZero(request.dueMonth()), orZero(request.dueDay()), orZero(request.yearsAfter()));
        return followUps.deadlines(year);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
