package se.vaksam.survey.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.vaksam.plan.ResultTable;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;
import se.vaksam.shared.DomainException;
import se.vaksam.survey.Invitations;
import se.vaksam.survey.Survey;
import se.vaksam.survey.SurveyExport;
import se.vaksam.survey.SurveyResults;
import se.vaksam.survey.Surveys;

@Allowed(Capability.CHANGE_RECORDS)
@RestController
@RequestMapping("/api/v1/surveys")
@Tag(name = "Enkäter", description = "Enkäter med personliga länkar, påminnelser, svarsfrekvens och resultat där "
        + "Ej besvarad räknas; anonymt läge utan koppling mellan svar och person")
class SurveyApi {

    private final Surveys surveys;
    private final Invitations invitations;
    private final SurveyResults results;
    private final SurveyExport export;

    SurveyApi(Surveys surveys, Invitations invitations, SurveyResults results, SurveyExport export) {
        this.surveys = surveys;
        this.invitations = invitations;
        this.results = results;
        this.export = export;
    }

    record ByRoleRequest(Integer version, String role, long unitId) {
    }

    record ListRequest(Integer version, List<Surveys.RecipientRow> recipients) {
    }

    record VersionRequest(Integer version) {
    }

    record Sent(int sent) {
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Förbered en enkät för en enhet du får ändra: frågor (YES_NO, SINGLE, MULTIPLE, SCALE, "
            + "NUMBER, TEXT) med villkor på tidigare svar, stängningsdatum, anonymt läge")
    ResponseEntity<Survey> createSurvey(@RequestBody Surveys.SurveyDraft draft) {
        long id = surveys.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/surveys/" + id)).body(surveys.survey(id));
    }

    @Allowed(Capability.SIGNED_IN)
    @GetMapping
    @Operation(summary = "Enkäterna i enheter du får läsa, nyaste först, utan frågor; högst limit (1–500)")
    List<Survey> listSurveys(@RequestParam(defaultValue = "100") int limit) {
        return surveys.list(limit);
    }

    @Allowed(Capability.SIGNED_IN)
    @GetMapping("/{id}")
    @Operation(summary = "En enkät med frågor, antal tillfrågade och svarande")
    Survey survey(@PathVariable long id) {
        return surveys.survey(id);
    }

    @PostMapping("/{id}/recipients/by-role")
    @Operation(summary = "Lägg till alla med rollen vid enheten och under den i dag som mottagare (räknas i enhetens grupp)")
    Surveys.Added addRecipientsByRole(@PathVariable long id, @RequestBody ByRoleRequest request) {
        return surveys.addByRole(id, version(request.version()), request.role(), request.unitId());
    }

    @PostMapping("/{id}/recipients")
    @Operation(summary = "Lägg till en mottagarlista (användarnamn eller e-postadress och enhet per rad), allt eller inget")
    Surveys.Added addRecipientList(@PathVariable long id, @RequestBody ListRequest request) {
        return surveys.addList(id, version(request.version()), request.recipients());
    }

    @PostMapping("/{id}/send")
    @Operation(summary = "Skicka enkäten: varje mottagare som inte fått den får en personlig engångslänk med e-post")
    Sent sendSurvey(@PathVariable long id, @RequestBody VersionRequest request) {
        return new Sent(invitations.send(id, version(request.version())));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Stäng enkäten före stängningsdatumet: inga fler svar tas emot")
    Survey closeSurvey(@PathVariable long id, @RequestBody VersionRequest request) {
        surveys.close(id, version(request.version()));
        return surveys.survey(id);
    }

    @Allowed(Capability.SIGNED_IN)
    @GetMapping("/{id}/results")
    @Operation(summary = "Resultatet: antal och andel per fråga och svar med Ej besvarad, per enhet (i anonymt läge "
            + "bara för grupper med minst minGroup svar)")
    SurveyResults.Result surveyResult(@PathVariable long id) {
        return results.result(id);
    }

    @Allowed(Capability.SIGNED_IN)
    @GetMapping("/{id}/cross-tab")
    @Operation(summary = "Korstabell av två frågor med svarsalternativ (rows, columns: frågornas id)")
    SurveyResults.CrossTab surveyCrossTab(@PathVariable long id, @RequestParam long rows, @RequestParam long columns) {
        return results.crossTab(id, rows, columns);
    }

    @Allowed(Capability.SIGNED_IN)
    @GetMapping(value = "/{id}/results.csv", produces = "text/csv")
    @Operation(summary = "Resultattabellen som CSV (UTF-8, semikolon)")
    ResponseEntity<byte[]> surveyCsv(@PathVariable long id) {
        return file(export.csv(id), "text/csv;charset=UTF-8", "enkat-" + id + ".csv");
    }

    @Allowed(Capability.SIGNED_IN)
    @GetMapping(value = "/{id}/results.xlsx",
            produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "Resultattabellen som XLSX")
    ResponseEntity<byte[]> surveyXlsx(@PathVariable long id) {
        return file(export.xlsx(id), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "enkat-" + id + ".xlsx");
    }

    @PostMapping("/{id}/review-result")
    @Operation(summary = "Lägg in resultattabellen (eller, med rows och columns, korstabellen) i den kopplade "
            + "granskningens resultat")
    ResultTable attachSurveyResult(@PathVariable long id, @RequestParam(required = false) Long rows,
            @RequestParam(required = false) Long columns) {
        return results.attachToReview(id, rows, columns);
    }

    private static int version(Integer version) {
        if (version == null) {
            throw new DomainException("survey.api.versionRequired");
        }
        return version;
    }

    static ResponseEntity<byte[]> file(byte[] body, String type, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(body);
    }
}
