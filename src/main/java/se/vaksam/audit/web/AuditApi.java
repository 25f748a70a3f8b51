package se.vaksam.audit.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.vaksam.audit.AreaDraft;
import se.vaksam.audit.AuditManagement;
import se.vaksam.audit.AuditQuery;
import se.vaksam.audit.ReviewDraft;
import se.vaksam.history.HistoryQuery;
import se.vaksam.shared.Required;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

@Allowed(Capability.SIGNED_IN)
@RestController
@RequestMapping("/api/v1/audits")
@Tag(name = "Revisionsgranskningar", description = "Stadsrevisionens granskningar: delområden, bedömningar och rekommendationer")
class AuditApi {

    private final AuditQuery audits;
    private final AuditManagement management;
    private final HistoryQuery history;

    AuditApi(AuditQuery audits, AuditManagement management, HistoryQuery history) {
        this.audits = audits;
        this.management = management;
        this.history = history;
    }

    @GetMapping
    @Operation(summary = "Granskningar du får läsa, nyast först; filtrera med committeeId")
    List<AuditQuery.ReviewView> list(@RequestParam(required = false) Long committeeId) {
        return audits.reviews(committeeId);
    }

    @GetMapping("/{id}")
    @Operation(summary = "En granskning med delområden, rekommendationer och nämndens svar")
    AuditQuery.ReviewView review(@PathVariable long id) {
        return audits.review(id);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Registrera en granskning med delområden och rekommendationer (nämndens samordnare)")
    ResponseEntity<AuditQuery.ReviewView> create(@RequestBody ReviewDraft draft) {
        long id = management.createReview(draft);
        return ResponseEntity.created(URI.create("/api/v1/audits/" + id)).body(audits.review(id));
    }

    record ReviewEditRequest(ReviewDraft review, Integer version) {

        ReviewEditRequest {
            Required.field(review, "review");
        }
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PutMapping("/{id}")
    @Operation(summary = "Ändra granskningens uppgifter (inte delområdena); 409 om någon hunnit ändra")
    AuditQuery.ReviewView edit(@PathVariable long id, @RequestBody ReviewEditRequest request) {
        management.editReview(id, request.review(), AuditPaths.version(request.version()));
        return audits.review(id);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/areas")
    @Operation(summary = "Lägg till ett delområde med bedömning och rekommendationer")
    ResponseEntity<AuditQuery.ReviewView> addArea(@PathVariable long id, @RequestBody AreaDraft area) {
        management.addArea(id, area);
        return ResponseEntity.status(201).body(audits.review(id));
    }

    record AreaEditRequest(String heading, String judgement, Integer version) {
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PutMapping("/{id}/areas/{areaId}")
    @Operation(summary = "Ändra ett delområdes rubrik och revisorernas bedömning; 409 om någon hunnit ändra")
    AuditQuery.ReviewView editArea(@PathVariable long id, @PathVariable long areaId,
            @RequestBody AreaEditRequest request) {
        AreaPages.area(audits.review(id), areaId);
        management.editArea(areaId, request.heading(), request.judgement(), AuditPaths.version(request.version()));
        return audits.review(id);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Granskningens och yttrandets historik (nyast först)")
    List<HistoryQuery.Entry> history(@PathVariable long id) {
        audits.review(id);
        return history.historyOf("audit.review", Long.toString(id));
    }
}
