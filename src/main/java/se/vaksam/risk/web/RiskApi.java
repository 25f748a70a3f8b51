package se.vaksam.risk.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.OffsetDateTime;
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

import se.vaksam.history.HistoryQuery;
import se.vaksam.risk.Origin;
import se.vaksam.risk.RiskDraft;
import se.vaksam.risk.RiskManagement;
import se.vaksam.risk.RiskQuery;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

@Allowed(Capability.SIGNED_IN)
@RestController
@RequestMapping("/api/v1/risks")
@Tag(name = "Risker", description = "Riskregistret: risker du har behörighet att se, deras bedömningar och historik")
class RiskApi {

    private final RiskQuery risks;
    private final RiskManagement management;
    private final HistoryQuery history;

    RiskApi(RiskQuery risks, RiskManagement management, HistoryQuery history) {
        this.risks = risks;
        this.management = management;
        this.history = history;
    }

    @GetMapping
    @Operation(summary = "Risker i enheter du får läsa; filtrera med committeeId, unitId (med underenheter), "
            + "categoryId, bandPosition, year, sortera med sort=title|value|unit|review|id")
    List<RiskQuery.RiskView> list(RiskQuery.RiskFilter filter) {
        return risks.risks(filter);
    }

    @GetMapping("/{id}")
    @Operation(summary = "En risk med aktuell bedömning och version för optimistisk låsning")
    RiskQuery.RiskView risk(@PathVariable long id) {
        return risks.risk(id);
    }

    @GetMapping("/{id}/assessments")
    @Operation(summary = "Riskens bedömningar, äldst först, med den matrisversion, det värde och den riskklass de fick")
    List<RiskQuery.Assessment> assessments(@PathVariable long id) {
        return risks.assessments(id);
    }

    record RiskRequest(String title, String event, String cause, String consequence, Long categoryId, Long unitId,
            String ownerUsername, Origin origin, Integer reviewIntervalMonths, Integer version, String reason) {

        RiskDraft draft() {
            return draft(12);
        }

        /** The draft; a left-out review interval is {@code otherwise} (the default, or what is saved). */
        RiskDraft draft(int otherwise) {
            return new RiskDraft(title, event, cause, consequence, categoryId, unitId, ownerUsername, origin,
                    reviewIntervalMonths == null ? otherwise : reviewIntervalMonths);
        }
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Registrera en risk (händelse, orsak, konsekvens) i en enhet du får ändra")
    ResponseEntity<RiskQuery.RiskView> create(@RequestBody RiskRequest request) {
        long id = management.createRisk(request.draft());
        return ResponseEntity.created(URI.create("/api/v1/risks/" + id)).body(risks.risk(id));
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PutMapping("/{id}")
    @Operation(summary = "Ändra en risk; ange versionen du läste (409 om någon hunnit ändra); utelämnat "
            + "reviewIntervalMonths behåller det sparade intervallet")
    RiskQuery.RiskView edit(@PathVariable long id, @RequestBody RiskRequest request) {
        if (request.version() == null) {
            throw new DomainException("risk.api.versionRequired");
        }
        RiskQuery.RiskView saved = risks.risk(id);
        management.editRisk(id, request.draft(saved.reviewIntervalMonths()), request.version(), request.reason());
        return risks.risk(id);
    }

    record AssessmentRequest(Long matrixId, int likelihood, int consequence, String motivation, String reason) {
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/assessments")
    @Operation(summary = "Ompröva risken; skäl krävs när riskvärdet ändras")
    ResponseEntity<RiskQuery.RiskView> assess(@PathVariable long id, @RequestBody AssessmentRequest request) {
        risks.risk(id);
        long matrixId = request.matrixId() == null ? risks.defaultMatrix().matrixId() : request.matrixId();
        management.assess(id, matrixId, request.likelihood(), request.consequence(), request.motivation(),
                request.reason());
        return ResponseEntity.status(201).body(risks.risk(id));
    }

    @GetMapping("/{id}/links")
    @Operation(summary = "Riskens kopplingar till poster i andra moduler (planpunkter, avvikelser, revisionsrekommendationer)")
    List<RiskQuery.Link> links(@PathVariable long id) {
        return risks.links(id);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/links")
    @Operation(summary = "Koppla risken till en post i en annan modul, t.ex. {\"recordType\":\"plan.item\",\"recordId\":\"17\"}")
    ResponseEntity<List<RiskQuery.Link>> link(@PathVariable long id, @RequestBody RiskQuery.Link link) {
        management.link(id, link.recordType(), link.recordId());
        return ResponseEntity.status(201).body(risks.links(id));
    }

    @Schema(name = "RiskHistoryEntry")
    record HistoryEntry(String action, OffsetDateTime changedAt, String username, String reason,
            List<HistoryQuery.Change> changes) {
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Riskens historik (nyast först)")
    List<HistoryEntry> history(@PathVariable long id) {
        risks.risk(id);
        return history.historyOf("risk.risk", Long.toString(id)).stream()
                .map(e -> new HistoryEntry(e.action(), e.changedAt(), e.username(), e.reason(), e.changes()))
                .toList();
    }
}
