package se.vaksam.risk.web;

import java.net.URI;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.vaksam.risk.Formula;
import se.vaksam.risk.MatrixDraft;
import se.vaksam.risk.RiskManagement;
import se.vaksam.risk.RiskMatrix;
import se.vaksam.risk.RiskQuery;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

@Allowed(Capability.SIGNED_IN)
@RestController
@RequestMapping("/api/v1/risk-matrices")
@Tag(name = "Riskmatriser", description = "Riskmatriser som data: skalor, formel, riskklasser och versioner")
class MatrixApi {

    private final RiskQuery risks;
    private final RiskManagement management;

    MatrixApi(RiskQuery risks, RiskManagement management) {
        this.risks = risks;
        this.management = management;
    }

    @GetMapping
    @Operation(summary = "Matriserna du får se, i sin senaste version")
    List<RiskMatrix> list() {
        return risks.matrices();
    }

    @GetMapping("/{id}")
    @Operation(summary = "En matris i sin senaste version")
    RiskMatrix matrix(@PathVariable long id) {
        return risks.matrix(id);
    }

    @GetMapping("/versions/{versionId}")
    @Operation(summary = "En sparad version av en matris (den som en bedömning gjordes med)")
    RiskMatrix version(@PathVariable long versionId) {
        return risks.matrixVersion(versionId);
    }

    /** The matrix as sent; cells are band positions indexed [likelihood - 1][consequence - 1]. */
    record MatrixRequest(String name, Long unitId, Formula formula, List<RiskMatrix.Level> likelihood,
            List<RiskMatrix.Level> consequence, List<RiskMatrix.Band> bands, int[][] cells, Integer version,
            String reason) {

        MatrixDraft draft(Long unit) {
            return new MatrixDraft(name, unit, formula == null ? Formula.PRODUCT : formula, likelihood, consequence,
                    bands, cells);
        }
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Skapa en matris (3×3 till 6×6) för en enhet du får ändra")
    ResponseEntity<RiskMatrix> create(@RequestBody MatrixRequest request) {
        long id = management.createMatrix(request.draft(request.unitId()));
        return ResponseEntity.created(URI.create("/api/v1/risk-matrices/" + id)).body(risks.matrix(id));
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PutMapping("/{id}")
    @Operation(summary = "Spara en ny version av matrisen; tidigare bedömningar behåller sin version. "
            + "Ange versionen du läste (matrixRowVersion), 409 om någon hunnit ändra")
    RiskMatrix edit(@PathVariable long id, @RequestBody MatrixRequest request) {
        if (request.version() == null) {
            throw new DomainException("risk.api.versionRequired");
        }
        RiskMatrix current = risks.matrix(id);
        management.editMatrix(id, request.draft(current.unitId()), request.version(), request.reason());
        return risks.matrix(id);
    }
}
