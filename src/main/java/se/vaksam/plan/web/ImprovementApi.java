package se.vaksam.plan.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.vaksam.history.HistoryQuery;
import se.vaksam.plan.Disposition;
import se.vaksam.plan.ImprovementDraft;
import se.vaksam.plan.ImprovementManagement;
import se.vaksam.plan.ItemKind;
import se.vaksam.plan.OtherProcess;
import se.vaksam.plan.PlanQuery;
import se.vaksam.shared.Required;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

@Allowed(Capability.SIGNED_IN)
@RestController
@RequestMapping("/api/v1/improvement-actions")
@Tag(name = "Förbättringsåtgärder", description = "Förbättringsåtgärder från granskningar: ägare, datum, status, lägesrapporter, hantering vid årsskiftet")
class ImprovementApi {

    private final PlanQuery plans;
    private final ImprovementManagement management;
    private final HistoryQuery history;

    ImprovementApi(PlanQuery plans, ImprovementManagement management, HistoryQuery history) {
        this.plans = plans;
        this.management = management;
        this.history = history;
    }

    @GetMapping
    @Operation(summary = "Förbättringsåtgärder du får läsa; filtrera med planId")
    List<PlanQuery.ImprovementView> list(@RequestParam(required = false) Long planId) {
        return plans.improvementActions(planId);
    }

    @GetMapping("/{id}")
    @Operation(summary = "En förbättringsåtgärd med lägesrapporter")
    PlanQuery.ImprovementView action(@PathVariable long id) {
        return plans.improvementAction(id);
    }

    record ImprovementEditRequest(ImprovementDraft action, Integer version) {

        ImprovementEditRequest {
            Required.field(action, "action");
        }
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PutMapping("/{id}")
    @Operation(summary = "Ändra förbättringsåtgärden; ange versionen du läste (409 om någon hunnit ändra). En åtgärd "
            + "som följs upp nästa år går att ändra tills den är avslutad, även när planen är avslutad")
    PlanQuery.ImprovementView edit(@PathVariable long id, @RequestBody ImprovementEditRequest request) {
        plans.improvementAction(id);
        management.edit(id, request.action(), PlanApi.version(request.version()));
        return plans.improvementAction(id);
    }

    record NoteRequest(LocalDate notedOn, String text) {
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/{id}/notes")
    @Operation(summary = "Lägg till en daterad lägesrapport")
    PlanQuery.ImprovementView note(@PathVariable long id, @RequestBody NoteRequest request) {
        plans.improvementAction(id);
        management.addNote(id, request.notedOn(), request.text());
        return plans.improvementAction(id);
    }

    /** Year end; {@code proposalKind} says what a proposal for next year's plan becomes (direct action when absent). */
    record DispositionRequest(Disposition disposition, OtherProcess otherProcess, ItemKind proposalKind, String note,
            Integer version) {
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/{id}/disposition")
    @Operation(summary = "Vid årsskiftet: följs upp nästa år, föreslås till nästa plan (som direktåtgärd eller "
            + "granskning), eller hanteras i annan process")
    PlanQuery.ImprovementView dispose(@PathVariable long id, @RequestBody DispositionRequest request) {
        plans.improvementAction(id);
        management.dispose(id, request.disposition(), request.otherProcess(), request.proposalKind(), request.note(),
                PlanApi.version(request.version()));
        return plans.improvementAction(id);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Förbättringsåtgärdens historik (nyast först)")
    List<HistoryQuery.Entry> history(@PathVariable long id) {
        plans.improvementAction(id);
        return history.historyOf("plan.improvement-action", Long.toString(id));
    }
}
