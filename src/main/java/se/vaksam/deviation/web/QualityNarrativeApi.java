package se.vaksam.deviation.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.vaksam.deviation.DevelopmentStatus;
import se.vaksam.deviation.QualityChapter;
import se.vaksam.deviation.QualityNarratives;
import se.vaksam.deviation.QualityNarratives.Chapter;
import se.vaksam.deviation.QualityNarratives.DevelopmentArea;
import se.vaksam.deviation.QualityNarratives.DevelopmentAreaDraft;
import se.vaksam.deviation.QualityReports;
import se.vaksam.history.HistoryQuery;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Bounds;
import se.vaksam.shared.Capability;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.NotFoundException;

/**
 * The kvalitetsberättelse's narrative chapters and prioriterade utvecklingsområden per förvaltning and year.
 * Without {@code unitId} the förvaltning is the one the year's data name (as for the document itself).
 */
@Allowed(Capability.SIGNED_IN)
@RestController
@Tag(name = "Kvalitetsberättelse", description = "Årets kvalitetsberättelse enligt SOSFS 2011:9 som data, DOCX, PDF och sparade versioner")
class QualityNarrativeApi {

    private final QualityNarratives narratives;
    private final QualityReports reports;
    private final HistoryQuery history;

    QualityNarrativeApi(QualityNarratives narratives, QualityReports reports, HistoryQuery history) {
        this.narratives = narratives;
        this.reports = reports;
        this.history = history;
    }

    record ChapterRequest(String heading, String body, Integer version) {
    }

    record DevelopmentAreaRequest(String title, String description, DevelopmentStatus status, String followUp,
            Integer version) {

        DevelopmentAreaDraft draft() {
            return new DevelopmentAreaDraft(title, description, status, followUp);
        }
    }

    @GetMapping("/api/v1/quality-reports/{year:\\d{4}}/chapters")
    @Operation(summary = "Kvalitetsberättelsens berättande kapitel i dokumentets ordning; ett kapitel som ingen "
            + "skrivit har standardrubrik och standardtext (version 0). Platshållare: {år}, {förraÅret}, {nästaÅr}")
    List<Chapter> chapters(@PathVariable int year, @RequestParam(required = false) Long unitId) {
        int y = Bounds.year("year", year);
        return narratives.readableChapters(unit(y, unitId), y);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PutMapping("/api/v1/quality-reports/{year:\\d{4}}/chapters/{code}")
    @Operation(summary = "Skriv ett kapitels rubrik och text; ange versionen du läste (0 för ett kapitel som ingen "
            + "skrivit; 409 om någon hunnit före)")
    Chapter write(@PathVariable int year, @PathVariable String code, @RequestParam(required = false) Long unitId,
            @RequestBody ChapterRequest r) {
        int y = Bounds.year("year", year);
        return narratives.write(unit(y, unitId), y, chapter(code), r.heading(), r.body(), version(r.version()));
    }

    @GetMapping("/api/v1/quality-reports/{year:\\d{4}}/chapters/{code}/history")
    @Operation(summary = "Ett kapitels historik, nyaste först")
    List<HistoryQuery.Entry> chapterHistory(@PathVariable int year, @PathVariable String code,
            @RequestParam(required = false) Long unitId) {
        int y = Bounds.year("year", year);
        QualityChapter c = chapter(code);
        Chapter chapter = narratives.readableChapters(unit(y, unitId), y).stream().filter(ch -> ch.code() == c)
                .findFirst().orElseThrow();
        return chapter.id() == null ? List.of() : history.historyOf("deviation.qualityChapter", chapter.id().toString());
    }

    @GetMapping("/api/v1/quality-reports/{year:\\d{4}}/development-areas")
    @Operation(summary = "De prioriterade utvecklingsområden som årets kvalitetsberättelse sätter för nästa år "
            + "(kapitel 5); nästa års berättelse följer upp dem (kapitel 2)")
    List<DevelopmentArea> areas(@PathVariable int year, @RequestParam(required = false) Long unitId) {
        int y = Bounds.year("year", year);
        return narratives.readableAreas(unit(y, unitId), y);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/v1/quality-reports/{year:\\d{4}}/development-areas")
    @Operation(summary = "Lägg till ett prioriterat utvecklingsområde i årets kvalitetsberättelse")
    ResponseEntity<DevelopmentArea> add(@PathVariable int year, @RequestParam(required = false) Long unitId,
            @RequestBody DevelopmentAreaRequest r) {
        int y = Bounds.year("year", year);
        long id = narratives.addArea(unit(y, unitId), y, r.draft());
        return ResponseEntity.created(URI.create("/api/v1/development-areas/" + id)).body(narratives.area(id));
    }

    @GetMapping("/api/v1/development-areas/{id}")
    @Operation(summary = "Ett prioriterat utvecklingsområde")
    DevelopmentArea area(@PathVariable long id) {
        return narratives.area(id);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PutMapping("/api/v1/development-areas/{id}")
    @Operation(summary = "Ändra ett utvecklingsområde eller följ upp det (status STARTED påbörjat, DONE genomfört, "
            + "REMAINS kvarstår, och uppföljningstext); ange versionen du läste (409 om någon hunnit före)")
    DevelopmentArea edit(@PathVariable long id, @RequestBody DevelopmentAreaRequest r) {
        narratives.editArea(id, version(r.version()), r.draft());
        return narratives.area(id);
    }

    @GetMapping("/api/v1/development-areas/{id}/history")
    @Operation(summary = "Utvecklingsområdets historik, nyaste först")
    List<HistoryQuery.Entry> areaHistory(@PathVariable long id) {
        return history.historyOf("deviation.developmentArea", Long.toString(narratives.area(id).id()));
    }

    private long unit(int year, Long unitId) {
        return unitId != null ? unitId : reports.administration(year)
                .orElseThrow(() -> new DomainException("deviation.report.error.noUnit"));
    }

    static QualityChapter chapter(String code) {
        for (QualityChapter c : QualityChapter.values()) {
            if (c.name().equals(code)) {
                return c;
            }
        }
        throw new NotFoundException("deviation.narrative.notFound");
    }

    private static int version(Integer version) {
        if (version == null) {
            throw new DomainException("deviation.api.versionRequired");
        }
        return version;
    }
}
