package se.vaksam.risk.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.vaksam.risk.HeatMap;
import se.vaksam.risk.RiskManagement;
import se.vaksam.risk.RiskQuery;
import se.vaksam.shared.Bounds;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

@Allowed(Capability.SIGNED_IN)
@RestController
@RequestMapping("/api/v1/risk-analyses")
@Tag(name = "Riskanalyser", description = "Riskanalyser: bedömningar, beslut och kandidater till internkontrollplanen")
class AnalysisApi {

    private final RiskQuery risks;
    private final RiskManagement management;

    AnalysisApi(RiskQuery risks, RiskManagement management) {
        this.risks = risks;
        this.management = management;
    }

    @GetMapping
    @Operation(summary = "Riskanalyserna du får se")
    List<RiskQuery.AnalysisSummary> list() {
        return risks.analyses();
    }

    @GetMapping("/{id}")
    @Operation(summary = "En riskanalys med riskerna, deras bedömningar och beslut")
    RiskQuery.Analysis analysis(@PathVariable long id) {
        return risks.analysis(id);
    }

    @Schema(name = "RiskAnalysisCell")
    record Cell(int likelihood, int consequence, int value, String band, String colour, int count) {
    }

    @GetMapping("/{id}/heat-map")
    @Operation(summary = "Riskmatrisen för analysen: antal bedömda risker per ruta med riskklass")
    List<Cell> heatMap(@PathVariable long id) {
        RiskQuery.Analysis analysis = risks.analysis(id);
        HeatMap map = HeatMap.of(risks.matrixVersion(analysis.matrixVersionId()), analysis.items().stream()
                .map(RiskQuery.Item::assessment).filter(java.util.Objects::nonNull).toList());
        return map.rows().stream().flatMap(r -> r.cells().stream()).map(c -> new Cell(c.likelihood(),
                c.consequence(), c.value(), c.band().name(), c.band().colour(), c.count())).toList();
    }

    @GetMapping("/candidates")
    @Operation(summary = "Risker som årets riskanalyser beslutat om direktåtgärd eller granskning")
    List<RiskQuery.Candidate> candidates(@RequestParam int year) {
        return risks.candidates(Bounds.year("year", year));
    }

    record AnalysisRequest(Long unitId, Integer year, LocalDate heldOn, String participants, Long matrixId) {
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Skapa en riskanalys för en nämnd eller enhet och ett år")
    ResponseEntity<RiskQuery.Analysis> create(@RequestBody AnalysisRequest request) {
        if (request.unitId() == null) {
            throw new DomainException("risk.error.required.unit");
        }
        if (request.year() == null) {
            throw new DomainException("risk.analysis.error.year");
        }
        long matrixId = request.matrixId() == null ? risks.defaultMatrix().matrixId() : request.matrixId();
        long id = management.createAnalysis(request.unitId(), request.year(), request.heldOn(), request.participants(),
                matrixId);
        return ResponseEntity.created(URI.create("/api/v1/risk-analyses/" + id)).body(risks.analysis(id));
    }

    record AddRisks(List<Long> riskIds) {
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/{id}/risks")
    @Operation(summary = "Lägg till risker i analysen")
    RiskQuery.Analysis addRisks(@PathVariable long id, @RequestBody AddRisks request) {
        management.addRisks(id, request.riskIds() == null ? List.of() : request.riskIds());
        return risks.analysis(id);
    }

    record Decisions(Integer version, List<RiskManagement.ItemDecision> items) {
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PutMapping("/{id}/decisions")
    @Operation(summary = "Spara bedömningar och beslut; ange analysens version (409 om någon hunnit ändra)")
    RiskQuery.Analysis decide(@PathVariable long id, @RequestBody Decisions request) {
        if (request.version() == null) {
            throw new DomainException("risk.api.versionRequired");
        }
        management.decide(id, request.version(), request.items() == null ? List.of() : request.items());
        return risks.analysis(id);
    }
}
