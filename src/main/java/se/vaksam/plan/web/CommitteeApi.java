package se.vaksam.plan.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.vaksam.plan.PlanQuery;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Bounds;
import se.vaksam.shared.Capability;

/**
 * The committees (nämnder) a person works with: the ids {@code POST /api/v1/plans} asks for, including the
 * committee a coordinator manages from its förvaltning though {@code GET /api/v1/units} (the units the person
 * reads) does not list it.
 */
@Allowed(Capability.SIGNED_IN)
@RestController
@RequestMapping("/api/v1/committees")
@Tag(name = "Nämnder", description = "Nämnderna vars internkontrollplaner du får läsa, och om du får förvalta dem")
class CommitteeApi {

    static final int MAX = 200;

    private final PlanQuery plans;

    CommitteeApi(PlanQuery plans) {
        this.plans = plans;
    }

    @GetMapping
    @Operation(summary = "Nämnderna vars internkontrollplaner du får läsa, efter namn, med id, kod, namn och manageable "
            + "(om du får upprätta, anta och avsluta deras planer); manageable=true visar bara dem du får förvalta; högst "
            + "limit (standard och högst 200)")
    List<PlanQuery.CommitteeView> list(@RequestParam(defaultValue = "" + MAX) int limit,
            @RequestParam(defaultValue = "false") boolean manageable) {
        int bounded = Bounds.size("limit", limit, MAX);
        return plans.committees(MAX).stream().filter(c -> !manageable || c.manageable()).limit(bounded).toList();
    }
}
