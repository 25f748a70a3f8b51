package se.vaksam.check.web;

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

import se.vaksam.check.Checklists;
import se.vaksam.plan.ResultTable;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

@Allowed(Capability.CHANGE_RECORDS)
@RestController
@RequestMapping("/api/v1/checklists")
@Tag(name = "Checklistor", description = "Frågor över ett stickprov, besvarade per fall (YES, NO, NOT_APPLICABLE)")
class ChecklistApi {

    private final Checklists checklists;

    ChecklistApi(Checklists checklists) {
        this.checklists = checklists;
    }

    record ChecklistRequest(long sampleId, Long planItemId, String title, List<String> questions) {
    }

    record AnswersRequest(Integer version, List<Checklists.AnswerDraft> answers) {
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Skapa en checklista över ett stickprov, valfritt kopplad till en granskning (planItemId)")
    ResponseEntity<Checklists.Checklist> create(@RequestBody ChecklistRequest request) {
        long id = checklists.create(request.sampleId(), request.planItemId(), request.title(), request.questions());
        return ResponseEntity.created(URI.create("/api/v1/checklists/" + id)).body(checklists.checklist(id));
    }

    @Allowed(Capability.SIGNED_IN)
    @GetMapping
    @Operation(summary = "Checklistorna över stickprov i enheter du får läsa, nyaste först; valfritt för ett "
            + "stickprov (sampleId) eller en granskning (planItemId); högst limit (1–500)")
    List<Checklists.Summary> list(@RequestParam(required = false) Long sampleId,
            @RequestParam(required = false) Long planItemId, @RequestParam(defaultValue = "100") int limit) {
        return checklists.list(sampleId, planItemId, limit);
    }

    @Allowed(Capability.SIGNED_IN)
    @GetMapping("/{id}")
    @Operation(summary = "En checklista med frågor, fall och svar")
    Checklists.Checklist one(@PathVariable long id) {
        return checklists.checklist(id);
    }

    @PutMapping("/{id}/cases/{caseKey}")
    @Operation(summary = "Spara svaren för ett fall; ange fallets version du läste (caseVersions; 409 om någon hunnit ändra just det fallet)")
    Checklists.Checklist answer(@PathVariable long id, @PathVariable String caseKey,
            @RequestBody AnswersRequest request) {
        if (request.version() == null) {
            throw new DomainException("check.api.versionRequired");
        }
        checklists.answer(id, caseKey, request.answers() == null ? List.of() : request.answers(), request.version());
        return checklists.checklist(id);
    }

    @Allowed(Capability.SIGNED_IN)
    @GetMapping("/{id}/result-table")
    @Operation(summary = "Resultattabellen: fråga | Ja | Nej | Ej tillämpligt")
    ResultTable table(@PathVariable long id) {
        return checklists.resultTable(id);
    }

    @PostMapping("/{id}/review-result")
    @Operation(summary = "Lägg in resultattabellen i den kopplade granskningens resultat")
    ResultTable attach(@PathVariable long id) {
        return checklists.attachToReview(id);
    }
}
