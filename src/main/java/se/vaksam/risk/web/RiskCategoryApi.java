package se.vaksam.risk.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.vaksam.risk.RiskQuery;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Bounds;
import se.vaksam.shared.Capability;

/** The risk categories (riskkategorier) a risk is filed under: the ids {@code POST /api/v1/risks} asks for. */
@Allowed(Capability.SIGNED_IN)
@RestController
@RequestMapping("/api/v1/risk-categories")
@Tag(name = "Riskkategorier", description = "Kategorierna en risk hör till (verksamhet, ekonomi …)")
class RiskCategoryApi {

    static final int MAX = 500;

    private final RiskQuery risks;

    RiskCategoryApi(RiskQuery risks) {
        this.risks = risks;
    }

    @GetMapping
    @Operation(summary = "De aktiva riskkategorierna i sin ordning, med id, kod och namn; högst limit (standard och "
            + "högst 500)")
    List<RiskQuery.Category> list(@RequestParam(defaultValue = "" + MAX) int limit) {
        return risks.categories().stream().limit(Bounds.size("limit", limit, MAX)).toList();
    }
}
