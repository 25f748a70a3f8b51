package se.vaksam.check.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.multipart.MultipartFile;

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

import se.vaksam.check.Answer;
import se.vaksam.check.Checklists;
import se.vaksam.check.FileTable;
import se.vaksam.plan.ResultTable;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

@Allowed(Capability.CHANGE_RECORDS)
@RestController
@RequestMapping("/api/v1/checklists")
@Tag(name = "Checklistor", description = "Frågor över ett stickprov, besvarade per fall (YES, NO, "
        + "NOT_APPLICABLE), villkorade frågor, svar i bulk ur fil, tabeller per stratum och korstabeller")
class ChecklistApi {

    private final Checklists checklists;

    private final MessageSource messages;

    ChecklistApi(Checklists checklists, MessageSource messages) {
        this.checklists = checklists;
        this.messages = messages;
    }

    record ChecklistRequest(long sampleId, Long planItemId, String title, List<String> questions,
            List<Checklists.ConditionDraft> conditions) {
    }

    @Schema(name = "ChecklistConditionRequest", description = "onQuestionId null tar bort villkoret")
    record ConditionRequest(Long onQuestionId, Answer answer) {
    }

    record AnswersRequest(Integer version, List<Checklists.AnswerDraft> answers) {
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Skapa en checklista över ett stickprov, valfritt kopplad till en granskning (planItemId); "
            + "conditions gör en fråga villkorad av svaret på en tidigare fråga")
    ResponseEntity<Checklists.Checklist> create(@RequestBody ChecklistRequest request) {
        long id = checklists.create(request.sampleId(), request.planItemId(), request.title(), request.questions(),
                request.conditions());
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
    @Operation(summary = "Resultattabellen: fråga | Ja | Nej | Ej tillämpligt | (Ej tillämpligt (villkor)) | "
            + "Ej besvarad | Totalt, sedan andelarna i procent; varje fall i stickprovet räknas på varje rad")
    ResultTable table(@PathVariable long id) {
        return checklists.resultTable(id);
    }

    @PostMapping("/{id}/review-result")
    @Operation(summary = "Lägg in resultattabellen i den kopplade granskningens resultat")
    ResultTable attach(@PathVariable long id) {
        return checklists.attachToReview(id);
    }

    @PutMapping("/{id}/questions/{questionId}/condition")
    @Operation(summary = "Gör en fråga villkorad: den gäller bara när en tidigare fråga (onQuestionId) har svaret "
            + "answer; onQuestionId null tar bort villkoret")
    Checklists.Checklist condition(@PathVariable long id, @PathVariable long questionId,
            @RequestBody ConditionRequest request) {
        checklists.setCondition(id, questionId, request.onQuestionId(), request.answer());
        return checklists.checklist(id);
    }

    @PostMapping(path = "/{id}/answers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Svar för många fall ur en CSV- eller XLSX-fil (allt eller inget): kolumnen Nyckel (annars "
            + "första kolumnen) och en kolumn per fråga med frågans text som rubrik; värden Ja, Nej, Ej tillämpligt "
            + "eller tomt (inget svar). Fall som ändras skrivs över med historik och får ny version; samma fil igen "
            + "ändrar inget. Fel ger 422 med en lista problems (rad, kolumn, värde, på svenska).")
    ResponseEntity<?> importAnswers(@PathVariable long id, @RequestParam("file") MultipartFile file)
            throws IOException {
        Checklists.BulkResult result = checklists.importAnswers(id,
                FileTable.read(file.getOriginalFilename(), file.getBytes()));
        if (!result.ok()) {
            return ImportRefusals.refused(messages, result.problems());
        }
        return ResponseEntity.ok(new BulkAnswered(result.changedCases(), result.unchangedCases()));
    }

    @Allowed(Capability.SIGNED_IN)
    @GetMapping("/{id}/answers.csv")
    @Operation(summary = "Checklistan som CSV att fylla i och skicka tillbaka: Nyckel, en kolumn per fråga och "
            + "svaren hittills (semikolon, UTF-8)")
    ResponseEntity<byte[]> answerFile(@PathVariable long id) {
        return Downloads.file(checklists.answerFile(id), Downloads.CSV, "checklista-" + id + ".csv");
    }

    @Schema(name = "ChecklistBulkAnswered")
    record BulkAnswered(int changedCases, int unchangedCases) {
    }

    @Allowed(Capability.SIGNED_IN)
    @GetMapping("/{id}/result-table/strata/{questionId}")
    @Operation(summary = "En fråga per stratum i stickprovet: stratum | Ja | Nej | … | Ej besvarad | Totalt, "
            + "andelar i procent och en totalrad")
    ResultTable strataTable(@PathVariable long id, @PathVariable long questionId) {
        return checklists.table(id, questionId, null);
    }

    @Allowed(Capability.SIGNED_IN)
    @GetMapping("/{id}/result-table/cross/{questionId}/{byQuestionId}")
    @Operation(summary = "Korstabell: svaren på questionId (rader) mot svaren på byQuestionId (kolumner), med "
            + "Ej besvarad, totaler och andelar")
    ResultTable crossTable(@PathVariable long id, @PathVariable long questionId, @PathVariable long byQuestionId) {
        return checklists.table(id, questionId, byQuestionId);
    }

    @PostMapping("/{id}/review-result/strata/{questionId}")
    @Operation(summary = "Lägg in tabellen för en fråga per stratum i den kopplade granskningens resultat")
    ResultTable attachStrata(@PathVariable long id, @PathVariable long questionId) {
        return checklists.attachToReview(id, questionId, null);
    }

    @PostMapping("/{id}/review-result/cross/{questionId}/{byQuestionId}")
    @Operation(summary = "Lägg in korstabellen för två frågor i den kopplade granskningens resultat")
    ResultTable attachCross(@PathVariable long id, @PathVariable long questionId, @PathVariable long byQuestionId) {
        return checklists.attachToReview(id, questionId, byQuestionId);
    }
}
