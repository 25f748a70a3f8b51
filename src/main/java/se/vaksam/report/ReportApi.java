package se.vaksam.report;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.vaksam.document.Doc;
import se.vaksam.document.DocumentRenderer;
import se.vaksam.document.Format;
import se.vaksam.document.Snapshots;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Bounds;
import se.vaksam.shared.Capability;

/** The reports as files over the API, and "Skicka till nämnd" with its versions. */
@Allowed(Capability.SIGNED_IN)
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Rapporter", description = "Uppföljningsrapporter och kommunstyrelsens sammanställningar som PDF (PDF/UA), "
        + "Word (DOCX) eller HTML, och versioner som skickats till nämnden")
class ReportApi {

    private final PlanReports reports;
    private final KommunstyrelsenReports kommunstyrelsen;
    private final Snapshots snapshots;
    private final DocumentRenderer renderer;

    ReportApi(PlanReports reports, KommunstyrelsenReports kommunstyrelsen, Snapshots snapshots,
            DocumentRenderer renderer) {
        this.reports = reports;
        this.kommunstyrelsen = kommunstyrelsen;
        this.snapshots = snapshots;
        this.renderer = renderer;
    }

    @GetMapping("/plans/{planId}/" + ReportPages.KIND)
    @Operation(summary = "En plans uppföljningsrapport (tertial-1, tertial-2, annual) som fil; format pdf (standard), "
            + "docx eller html; date (ÅÅÅÅ-MM-DD) är rapportens datum, standard i dag, så att en tidigare rapport kan "
            + "återskapas")
    ResponseEntity<byte[]> report(@PathVariable long planId, @PathVariable String kind,
            @RequestParam(defaultValue = "pdf") String format,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        PlanReports.Rendered rendered = reports.render(planId, ReportKind.ofSlug(kind), format(format),
                ReportDates.checked(date));
        return Downloads.of(rendered.fileName(), rendered.format(), rendered.content());
    }

    /** A sent version's metadata. */
    record Version(long id, String kind, String label, int version, Format format, String fileName,
            String contentType, int sizeBytes, String sha256, String diaryNumber, String sentBy,
            OffsetDateTime sentAt, String href) {

        static Version of(Snapshots.Snapshot s) {
            return new Version(s.id(), s.kind(), s.label(), s.versionNo(), s.format(), s.fileName(), s.contentType(),
                    s.sizeBytes(), s.sha256(), s.diaryNumber(), s.madeBy(), s.madeAt(),
                    "/api/v1/reports/versions/" + s.id());
        }
    }

    @GetMapping("/plans/{planId}/versions")
    @Operation(summary = "Versioner av planens rapporter som skickats till nämnden, nyaste först")
    List<Version> versions(@PathVariable long planId) {
        return reports.versions(planId).stream().map(Version::of).toList();
    }

    /** What "Skicka till nämnd" takes: the diarienummer (none for the plan's) and the report's date (none for today). */
    record Send(String diaryNumber, LocalDate date) {
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/plans/{planId}/" + ReportPages.KIND + "/versions")
    @Operation(summary = "Skicka till nämnd: spara rapporten som den är nu som PDF och DOCX med underlaget, "
            + "kontrollsumma, vem och när (kräver rätt att förvalta planen)")
    ResponseEntity<List<Version>> send(@PathVariable long planId, @PathVariable String kind,
            @RequestBody(required = false) Send send) {
        if (send != null && send.diaryNumber() != null && send.diaryNumber().strip().length() > 100) {
            throw new se.vaksam.shared.DomainException("report.send.error.diaryNumber");
        }
        List<Version> sent = reports.send(planId, ReportKind.ofSlug(kind), send == null ? null : send.diaryNumber(),
                ReportDates.checked(send == null ? null : send.date())).stream().map(Version::of).toList();
        return ResponseEntity.created(URI.create("/api/v1/reports/plans/" + planId + "/versions")).body(sent);
    }

    @GetMapping("/versions/{id}")
    @Operation(summary = "En skickad version: filen exakt som den skickades")
    ResponseEntity<byte[]> version(@PathVariable long id) {
        Snapshots.StoredFile file = snapshots.file(id);
        return Downloads.of(file.snapshot().fileName(), file.snapshot().format(), file.content());
    }

    @GetMapping(value = "/versions/{id}/source", produces = "application/json")
    @Operation(summary = "Underlaget (data) som en skickad version skapades från, som JSON")
    @ApiResponse(responseCode = "200", description = "Underlaget som det sparades när versionen skickades",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
    String source(@PathVariable long id) {
        return snapshots.file(id).sourceJson();
    }

    @GetMapping("/common-review-areas/{areaId}")
    @Operation(summary = "Kommunstyrelsens sammanställning av ett kommungemensamt granskningsområde: varje nämnds "
            + "resultat; date är dokumentets datum (standard i dag)")
    ResponseEntity<byte[]> commonReviewArea(@PathVariable long areaId,
            @RequestParam(defaultValue = "pdf") String format,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return rendered(kommunstyrelsen.commonReviewArea(areaId, ReportDates.checked(date)), format(format));
    }

    @GetMapping("/self-assessments/{year}")
    @Operation(summary = "Nämndernas självskattningar för ett år sida vid sida; date är dokumentets datum (standard i dag)")
    ResponseEntity<byte[]> selfAssessments(@PathVariable int year, @RequestParam(defaultValue = "pdf") String format,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return rendered(kommunstyrelsen.selfAssessments(Bounds.year("year", year), ReportDates.checked(date)),
                format(format));
    }

    private ResponseEntity<byte[]> rendered(Doc doc, Format format) {
        return Downloads.of(format.fileName(doc.meta().title()), format, renderer.render(doc, format));
    }

    private static Format format(String format) {
        return Format.of(format);
    }
}
