package se.vaksam.audit.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.vaksam.audit.AuditManagement;
import se.vaksam.audit.AuditQuery;
import se.vaksam.audit.LinkType;
import se.vaksam.audit.RecommendationStatus;
import se.vaksam.history.HistoryQuery;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

@Allowed(Capability.SIGNED_IN)
@RestController
@RequestMapping("/api/v1/audit-recommendations")
@Tag(name = "Revisionens rekommendationer", description = "Uppföljning av rekommendationer: status, kopplade åtgärder och risker")
class RecommendationApi {

    private final AuditQuery audits;
    private final AuditManagement management;
    private final HistoryQuery history;

    RecommendationApi(AuditQuery audits, AuditManagement management, HistoryQuery history) {
        this.audits = audits;
        this.management = management;
        this.history = history;
    }

    @GetMapping
    @Operation(summary = "Öppna rekommendationer per nämnd över åren; filtrera med committeeId")
    List<AuditQuery.RecommendationView> open(@RequestParam(required = false) Long committeeId) {
        return audits.openRecommendations(committeeId);
    }

    @GetMapping("/{id}")
    @Operation(summary = "En rekommendation med kopplade åtgärder och deras status")
    AuditQuery.RecommendationView recommendation(@PathVariable long id) {
        return audits.recommendation(id);
    }

    record StatusRequest(RecommendationStatus status, Integer version) {
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PutMapping("/{id}/status")
    @Operation(summary = "Sätt status (OPEN, IN_PROGRESS, DONE, NOT_ADDRESSED); 409 om någon hunnit ändra")
    AuditQuery.RecommendationView status(@PathVariable long id, @RequestBody StatusRequest request) {
        management.setStatus(id, request.status(), AuditPaths.version(request.version()));
        return audits.recommendation(id);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/{id}/keep-open")
    @Operation(summary = "Svara nej på \"Stäng rekommendationen?\" när alla kopplade åtgärder är avslutade")
    AuditQuery.RecommendationView keepOpen(@PathVariable long id) {
        management.keepOpen(id);
        return audits.recommendation(id);
    }

    record RecommendationLinkRequest(LinkType type, Long recordId) {
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/{id}/links")
    @Operation(summary = "Koppla till en direktåtgärd (PLAN_ITEM), förbättringsåtgärd (IMPROVEMENT_ACTION) eller risk (RISK)")
    AuditQuery.RecommendationView link(@PathVariable long id, @RequestBody RecommendationLinkRequest request) {
        management.link(id, request.type(), request.recordId());
        return audits.recommendation(id);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @DeleteMapping("/{id}/links")
    @Operation(summary = "Ta bort en koppling")
    AuditQuery.RecommendationView unlink(@PathVariable long id, @RequestParam LinkType type, @RequestParam long recordId) {
        management.unlink(id, type, recordId);
        return audits.recommendation(id);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Rekommendationens historik (nyast först)")
    List<HistoryQuery.Entry> history(@PathVariable long id) {
        audits.recommendation(id);
        return history.historyOf("audit.recommendation", Long.toString(id));
    }
}
