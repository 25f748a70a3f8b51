package se.vaksam.plan.web;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.vaksam.history.HistoryQuery;
import se.vaksam.plan.Adoption;
import se.vaksam.plan.ChangeDecision;
import se.vaksam.plan.ItemDraft;
import se.vaksam.plan.PlanManagement;
import se.vaksam.plan.PlanQuery;
import se.vaksam.shared.Bounds;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.Required;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

@Allowed(Capability.SIGNED_IN)
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Internkontrollplaner", description = "Nämndens internkontrollplan per år: utkast, antagande, punkter, avslut")
class PlanApi {

    private final PlanQuery plans;
    private final PlanManagement management;
    private final HistoryQuery history;

    PlanApi(PlanQuery plans, PlanManagement management, HistoryQuery history) {
        this.plans = plans;
        this.management = management;
        this.history = history;
    }

    @GetMapping
    @Operation(summary = "Planer du får läsa; filtrera med committeeId och year")
    List<PlanQuery.PlanView> list(@RequestParam(required = false) Long committeeId,
            @RequestParam(required = false) Integer year) {
        return plans.plans(committeeId, Bounds.year("year", year));
    }

    record PlanRequest(long committeeId, int year) {
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Skapa ett utkast till internkontrollplan för en nämnd och ett år")
    ResponseEntity<PlanQuery.PlanView> create(@RequestBody PlanRequest request) {
        long id = management.createPlan(request.committeeId(), request.year());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + id)).body(plans.plan(id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "En plan med status, beslut och version för optimistisk låsning")
    PlanQuery.PlanView plan(@PathVariable long id) {
        return plans.plan(id);
    }

    @GetMapping("/{id}/items")
    @Operation(summary = "Planens punkter (direktåtgärder och granskningar) med risk, resultat och tabeller")
    List<PlanQuery.ItemView> items(@PathVariable long id) {
        return plans.items(id);
    }

    @GetMapping("/{id}/candidates")
    @Operation(summary = "Kandidater för utkastet: riskanalysens beslut och förra årets förslag, med ursprung")
    List<PlanQuery.Candidate> candidates(@PathVariable long id) {
        return plans.candidates(id);
    }

    @GetMapping("/{id}/changes")
    @Operation(summary = "Ändringar efter antagandet med beslutsdatum och skäl")
    List<PlanQuery.Change> changes(@PathVariable long id) {
        return plans.changes(id);
    }

    record ItemRequest(ItemDraft item, LocalDate decidedOn, String reason) {

        ItemRequest {
            Required.field(item, "item");
        }
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/items")
    @Operation(summary = "Lägg till en punkt; i en antagen plan krävs beslutsdatum och skäl")
    ResponseEntity<PlanQuery.ItemView> addItem(@PathVariable long id, @RequestBody ItemRequest request) {
        plans.plan(id);
        long item = management.addItem(id, request.item(), decision(request.decidedOn(), request.reason()));
        return ResponseEntity.created(URI.create("/api/v1/plan-items/" + item)).body(plans.item(item));
    }

    record AdoptRequest(LocalDate decidedOn, String paragraph, String diaryNumber, String adoptedBy, Integer version) {
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/{id}/adoption")
    @Operation(summary = "Anta planen (beslutsdatum, paragraf, diarienummer, vem som antog)")
    PlanQuery.PlanView adopt(@PathVariable long id, @RequestBody AdoptRequest request) {
        management.adopt(id, new Adoption(request.decidedOn(), request.paragraph(), request.diaryNumber(),
                request.adoptedBy()), version(request.version()));
        return plans.plan(id);
    }

    /** Closing the year: the committee's decision date (today when absent) and the version read. */
    record CloseRequest(LocalDate decidedOn, Integer version) {
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/{id}/closing")
    @Operation(summary = "Avsluta året per nämndens beslutsdatum (decidedOn, standard i dag); vägras så länge en "
            + "pågående förbättringsåtgärd saknar beslut")
    PlanQuery.PlanView close(@PathVariable long id, @RequestBody CloseRequest request) {
        management.close(id, request.decidedOn(), version(request.version()));
        return plans.plan(id);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Planens historik (nyast först)")
    List<HistoryQuery.Entry> history(@PathVariable long id) {
        plans.plan(id);
        return history.historyOf("plan.plan", Long.toString(id));
    }

    static ChangeDecision decision(LocalDate decidedOn, String reason) {
        return decidedOn == null && reason == null ? null : new ChangeDecision(decidedOn, reason);
    }

    static int version(Integer version) {
        if (version == null) {
            throw new DomainException("plan.api.versionRequired");
        }
        return version;
    }
}
