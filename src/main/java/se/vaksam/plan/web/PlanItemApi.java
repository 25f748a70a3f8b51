package se.vaksam.plan.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.vaksam.history.HistoryQuery;
import se.vaksam.plan.ActionReport;
import se.vaksam.plan.ImprovementDraft;
import se.vaksam.plan.ImprovementManagement;
import se.vaksam.plan.ItemDraft;
import se.vaksam.plan.PlanManagement;
import se.vaksam.plan.PlanQuery;
import se.vaksam.plan.ProposalDraft;
import se.vaksam.plan.ReviewReport;
import se.vaksam.shared.Required;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

@Allowed(Capability.SIGNED_IN)
@RestController
@RequestMapping("/api/v1/plan-items")
@Tag(name = "Planpunkter", description = "Direktåtgärder och granskningar: planering, rapportering, resultattabeller, förslag")
class PlanItemApi {

    private final PlanQuery plans;
    private final PlanManagement management;
    private final ImprovementManagement improvements;
    private final HistoryQuery history;

    PlanItemApi(PlanQuery plans, PlanManagement management, ImprovementManagement improvements,
            HistoryQuery history) {
        this.plans = plans;
        this.management = management;
        this.improvements = improvements;
        this.history = history;
    }

    @GetMapping("/{id}")
    @Operation(summary = "En punkt med risk, resultat, resultattabeller och version för optimistisk låsning")
    PlanQuery.ItemView item(@PathVariable long id) {
        return plans.item(id);
    }

    record ItemEditRequest(ItemDraft item, Integer version, LocalDate decidedOn, String reason) {

        ItemEditRequest {
            Required.field(item, "item");
        }
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PutMapping("/{id}")
    @Operation(summary = "Ändra punktens planering; i en antagen plan krävs beslutsdatum och skäl")
    PlanQuery.ItemView edit(@PathVariable long id, @RequestBody ItemEditRequest request) {
        plans.item(id);
        management.editItem(id, request.item(), PlanApi.version(request.version()),
                PlanApi.decision(request.decidedOn(), request.reason()));
        return plans.item(id);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{id}")
    @Operation(summary = "Ta bort punkten; i en antagen plan krävs beslutsdatum och skäl")
    ResponseEntity<Void> remove(@PathVariable long id, @RequestParam Integer version,
            @RequestParam(required = false) LocalDate decidedOn, @RequestParam(required = false) String reason) {
        plans.item(id);
        management.removeItem(id, PlanApi.version(version), PlanApi.decision(decidedOn, reason));
        return ResponseEntity.noContent().build();
    }

    record ActionReportRequest(ActionReport report, Integer version) {

        ActionReportRequest {
            Required.field(report, "report");
        }
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PutMapping("/{id}/action-report")
    @Operation(summary = "Rapportera en direktåtgärd (genomförda åtgärder, status); ansvarig enhet eller samordnare; 409 vid krock",
            description = "Utelämnas report.tables behålls tabellerna som redan finns; en tom lista tar bort dem.")
    PlanQuery.ItemView reportAction(@PathVariable long id, @RequestBody ActionReportRequest request) {
        plans.item(id);
        management.reportAction(id, request.report(), PlanApi.version(request.version()));
        return plans.item(id);
    }

    record ReviewReportRequest(ReviewReport report, Integer version) {

        ReviewReportRequest {
            Required.field(report, "report");
        }
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PutMapping("/{id}/review-report")
    @Operation(summary = "Rapportera en gransknings resultat med tabeller; ansvarig enhet eller samordnare; 409 vid krock",
            description = "Utelämnas report.tables behålls tabellerna som redan finns; en tom lista tar bort dem.")
    PlanQuery.ItemView reportReview(@PathVariable long id, @RequestBody ReviewReportRequest request) {
        plans.item(id);
        management.reportReview(id, request.report(), PlanApi.version(request.version()));
        return plans.item(id);
    }

    @GetMapping("/{id}/improvement-actions")
    @Operation(summary = "Förbättringsåtgärder som granskningen ledde till")
    List<PlanQuery.ImprovementView> improvementActions(@PathVariable long id) {
        return plans.improvementActionsOf(id);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/improvement-actions")
    @Operation(summary = "Skapa en förbättringsåtgärd från granskningens resultat")
    ResponseEntity<PlanQuery.ImprovementView> createImprovement(@PathVariable long id,
            @RequestBody ImprovementDraft draft) {
        plans.item(id);
        long action = improvements.create(id, draft);
        return ResponseEntity.created(URI.create("/api/v1/improvement-actions/" + action))
                .body(plans.improvementAction(action));
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/proposals")
    @Operation(summary = "Föreslå en punkt till nästa års plan (t.ex. förnyad granskning)")
    ResponseEntity<Long> propose(@PathVariable long id, @RequestBody ProposalDraft draft) {
        plans.item(id);
        return ResponseEntity.status(201).body(improvements.propose(id, draft));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Punktens historik (nyast först)")
    List<HistoryQuery.Entry> history(@PathVariable long id) {
        plans.item(id);
        return history.historyOf("plan.item", Long.toString(id));
    }
}
