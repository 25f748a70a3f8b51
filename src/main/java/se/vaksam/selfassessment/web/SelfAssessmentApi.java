package se.vaksam.selfassessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.vaksam.history.HistoryQuery;
import se.vaksam.selfassessment.AssessmentStatus;
import se.vaksam.selfassessment.CriteriaSet;
import se.vaksam.selfassessment.Rating;
import se.vaksam.selfassessment.SelfAssessmentManagement;
import se.vaksam.selfassessment.SelfAssessments;
import se.vaksam.shared.Bounds;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

@Allowed(Capability.SIGNED_IN)
@RestController
@RequestMapping("/api/v1/self-assessments")
@Tag(name = "Självskattning", description = "Nämndernas årliga självskattning av intern kontroll utifrån kommungemensamma kriterier")
class SelfAssessmentApi {

    private final SelfAssessments assessments;
    private final SelfAssessmentManagement management;
    private final HistoryQuery history;

    SelfAssessmentApi(SelfAssessments assessments, SelfAssessmentManagement management, HistoryQuery history) {
        this.assessments = assessments;
        this.management = management;
        this.history = history;
    }

    @GetMapping
    @Operation(summary = "Självskattningarna för de nämnder du har behörighet att se, nyaste året först")
    List<Summary> list() {
        return assessments.readable().stream().flatMap(c -> c.assessments().stream()).map(a -> new Summary(a.id(),
                a.committeeId(), a.committeeName(), a.year(), a.status(), a.submittedAt(), a.version())).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "En självskattning med bedömning och motivering per kriterium, och föregående års svar bredvid")
    Detail get(@PathVariable long id) {
        return Detail.of(assessments.page(id));
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Påbörja nämndens självskattning för ett år med kommunens kriterier för det året")
    ResponseEntity<Detail> create(@RequestBody NewAssessment request) {
        if (request.committeeId() == null || request.year() == null) {
            throw new DomainException("selfassessment.api.committeeRequired");
        }
        long id = management.start(request.committeeId(), request.year());
        return ResponseEntity.created(URI.create("/api/v1/self-assessments/" + id)).body(get(id));
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PatchMapping("/{id}")
    @Operation(summary = "Spara sammanfattning och svar (utelämnade kriterier behålls); ange versionen du läste (409 om någon hunnit ändra)")
    Detail update(@PathVariable long id, @RequestBody Change change) {
        if (change.version() == null) {
            throw new DomainException("selfassessment.api.versionRequired");
        }
        String summary = change.summary() == null ? assessments.get(id).summary() : change.summary();
        List<SelfAssessmentManagement.AnswerInput> answers = change.answers() == null ? List.of()
                : change.answers().stream().map(a -> new SelfAssessmentManagement.AnswerInput(a.criterionCode(),
                        a.rating(), a.motivation())).toList();
        management.save(id, summary, answers, change.version(), change.reason());
        return get(id);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/{id}/submit")
    @Operation(summary = "Skicka självskattningen till kommunstyrelsen; alla kriterier måste vara bedömda och sammanfattningen skriven (422)")
    Detail submit(@PathVariable long id, @RequestBody Submission submission) {
        if (submission.version() == null) {
            throw new DomainException("selfassessment.api.versionRequired");
        }
        management.submit(id, submission.version());
        return get(id);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Självskattningens historik: vem ändrade vad, när, före och efter (nyast först)")
    List<HistoryEntry> history(@PathVariable long id) {
        assessments.get(id);
        return history.historyOf("selfassessment.assessment", Long.toString(id)).stream().map(HistoryEntry::of).toList();
    }

    @GetMapping("/criteria/{year}")
    @Operation(summary = "Kommunens kriterier (områden och kriterier) och bedömningsskalan för ett år; ett år som ingen "
            + "påbörjat visas som det skulle börja (stored=false) utan att sparas")
    Criteria criteria(@PathVariable int year) {
        SelfAssessments.Kommun kommun = assessments.kommun().orElseThrow(ForbiddenException::new);
        CriteriaSet set = assessments.criteria(kommun.id(), Bounds.year("year", year));
        return new Criteria(set, assessments.ratings(), set.stored());
    }

    @Schema(name = "SelfAssessmentSummary")
    record Summary(long id, long committeeId, String committeeName, int year, AssessmentStatus status,
            Instant submittedAt, int version) {
    }

    record Answer(String criterionCode, String criterion, String rating, String ratingLabel, String motivation,
            String lastYearRating, String lastYearRatingLabel, String lastYearMotivation) {
    }

    @Schema(name = "SelfAssessmentArea")
    record Area(String name, List<Answer> answers) {
    }

    record Detail(long id, long committeeId, String committeeName, int year, AssessmentStatus status, String summary,
            String submittedBy, Instant submittedAt, int version, boolean writable, List<Area> areas) {

        static Detail of(SelfAssessments.AssessmentPage page) {
            var a = page.assessment();
            return new Detail(a.id(), a.committeeId(), a.committeeName(), a.year(), a.status(), a.summary(),
                    a.submittedBy(), a.submittedAt(), a.version(), page.writable(), page.areas().stream()
                    .map(area -> new Area(area.name(), area.rows().stream().map(r -> new Answer(r.row().criterionCode(),
                            r.row().criterion(), r.row().ratingCode(), r.row().rating(), r.row().motivation(),
                            r.lastRatingCode(), r.lastRating(), r.lastMotivation())).toList())).toList());
        }
    }

    @Schema(description = "En ny självskattning: nämnden och året")
    record NewAssessment(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long committeeId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer year) {
    }

    @Schema(description = "Ett svar: kriteriets kod, bedömningens kod (t.ex. SATISFACTORY) och motivering")
    record AnswerChange(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String criterionCode, String rating,
            String motivation) {
    }

    @Schema(name = "SelfAssessmentChange", description = "Ändring av en självskattning; utelämnade fält och kriterier "
            + "behålls")
    record Change(String summary, List<AnswerChange> answers,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version, String reason) {
    }

    @Schema(description = "Inskickning till kommunstyrelsen")
    record Submission(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version) {
    }

    /** The set, the scale, and whether the set is stored yet (false: shown as it would start). */
    record Criteria(CriteriaSet set, List<Rating> ratings, boolean stored) {
    }

    @Schema(name = "SelfAssessmentHistoryEntry")
    record HistoryEntry(String action, OffsetDateTime changedAt, String username, String reason,
            List<FieldChange> changes) {

        static HistoryEntry of(HistoryQuery.Entry entry) {
            return new HistoryEntry(entry.action(), entry.changedAt(), entry.username(), entry.reason(),
                    entry.changes().stream().map(c -> new FieldChange(c.field(), c.before(), c.after())).toList());
        }
    }

    record FieldChange(String field, String before, String after) {
    }
}
