package se.vaksam.deviation.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.vaksam.deviation.Assessment;
import se.vaksam.deviation.Category;
import se.vaksam.deviation.DecisionBody;
import se.vaksam.deviation.DeviationKind;
import se.vaksam.deviation.DeviationManagement;
import se.vaksam.deviation.DeviationStatistics;
import se.vaksam.deviation.DeviationStatus;
import se.vaksam.deviation.Deviations;
import se.vaksam.deviation.Drafts.StaffReport;
import se.vaksam.deviation.Drafts.StepInput;
import se.vaksam.deviation.IvoReply;
import se.vaksam.deviation.ListFilter;
import se.vaksam.deviation.Step;
import se.vaksam.deviation.Workflow;
import se.vaksam.org.OrgQuery;
import se.vaksam.shared.Bounds;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

@Allowed(Capability.SIGNED_IN)
@RestController
@RequestMapping("/api/v1/deviations")
@Tag(name = "Avvikelser", description = "Avvikelser, klagomål och synpunkter, lex Sarah: lista, läsa (sekretess loggas), rapportera, stegen i flödet")
class DeviationApi {

    private final Deviations deviations;
    private final DeviationManagement management;
    private final DeviationStatistics statistics;
    private final OrgQuery org;

    DeviationApi(Deviations deviations, DeviationManagement management, DeviationStatistics statistics, OrgQuery org) {
        this.deviations = deviations;
        this.management = management;
        this.statistics = statistics;
        this.org = org;
    }

    @GetMapping
    @Operation(summary = "Avvikelser i enheter du får läsa, nyast först, 50 per sida; nästa sida med after=<next>. "
            + "Sekretessbelagda som du inte får öppna visas utan rubrik")
    Deviations.Page list(@RequestParam(required = false) DeviationKind kind,
            @RequestParam(required = false) DeviationStatus status, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String after) {
        return deviations.list(new ListFilter(kind, status, unitId == null ? null : org.subtree(unitId), Bounds.year("year", year)), after);
    }

    @GetMapping("/{id}")
    @Operation(summary = "En avvikelse med de steg du kan ta; läsningar av sekretessbelagda loggas")
    Deviations.View get(@PathVariable long id) {
        return deviations.view(id);
    }

    @GetMapping("/workflow")
    @Operation(summary = "Övergångstabellen: från status, steg, till status (lex Sarah eller övriga slag)")
    List<Workflow.Transition> workflow() {
        return Workflow.transitions();
    }

    @GetMapping("/categories")
    @Operation(summary = "Kategorilistorna: områden, orsaker och åtgärder, med id, lista, kod, namn och om kategorin "
            + "är aktiv; högst limit (standard och högst 1000)")
    List<Category> categories(@RequestParam(defaultValue = "1000") int limit) {
        return deviations.categories().stream().limit(Bounds.size("limit", limit, 1000)).toList();
    }

    @GetMapping("/statistics")
    @Operation(summary = "Antal per slag, verksamhetsområde och kategori för året och två år bakåt, per tertial, lex Sarah")
    DeviationStatistics.Counts statistics(@RequestParam int year) {
        return statistics.counts(Bounds.year("year", year));
    }

    record ReportRequest(DeviationKind kind, Long unitId, String title, String description, LocalDate occurredOn,
            String concernedPerson, Long areaCategoryId) {
    }

    @Allowed(Capability.HANDLE_DEVIATIONS)
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Rapportera en avvikelse inifrån för en enhet du tillhör")
    ResponseEntity<Deviations.View> report(@RequestBody ReportRequest r) {
        long id = management.report(new StaffReport(r.kind(), r.unitId(), r.title(), r.description(), r.occurredOn(),
                r.concernedPerson(), r.areaCategoryId()));
        return ResponseEntity.created(URI.create("/api/v1/deviations/" + id)).body(deviations.view(id));
    }

    record StepRequest(Step step, Integer version, String text, String assignee, Assessment assessment, Boolean serious,
            DecisionBody body, IvoReply ivoReply, Long categoryId) {
    }

    @Allowed(Capability.HANDLE_DEVIATIONS)
    @PostMapping("/{id}/steps")
    @Operation(summary = "Ta ett steg i flödet; ange versionen du läste (409 om någon hunnit före, 422 om steget inte är tillåtet härifrån)")
    Deviations.View step(@PathVariable long id, @RequestBody StepRequest r) {
        if (r.version() == null || r.step() == null) {
            throw new DomainException("deviation.api.stepAndVersion");
        }
        management.take(id, r.version(), r.step(), new StepInput(r.text(), r.assignee(), r.assessment(), r.serious(),
                r.body(), r.ivoReply(), r.categoryId()));
        return deviations.view(id);
    }

    record DeviationLinkRequest(String recordType, String recordId) {
    }

    @Allowed(Capability.HANDLE_DEVIATIONS)
    @PostMapping("/{id}/links")
    @Operation(summary = "Koppla till en risk (risk.risk), en punkt i internkontrollplanen (plan.item) eller ett styrdokument (document)")
    Deviations.View link(@PathVariable long id, @RequestBody DeviationLinkRequest r) {
        management.link(id, r.recordType(), r.recordId());
        return deviations.view(id);
    }
}
