package se.vaksam.deviation.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.vaksam.deviation.QualityReports;
import se.vaksam.document.Format;
import se.vaksam.document.Snapshots;
import se.vaksam.shared.Bounds;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/** The quality report (Kvalitetsberättelse ÅÅÅÅ): data, files and frozen versions, for the API and the pages. */
@Allowed(Capability.SIGNED_IN)
@Controller
@Tag(name = "Kvalitetsberättelse", description = "Årets kvalitetsberättelse enligt SOSFS 2011:9 som data, DOCX, PDF och sparade versioner")
class QualityReportApi {

    private final QualityReports reports;
    private final Snapshots snapshots;

    QualityReportApi(QualityReports reports, Snapshots snapshots) {
        this.reports = reports;
        this.snapshots = snapshots;
    }

    @GetMapping("/api/v1/quality-reports/{year:\\d{4}}")
    @ResponseBody
    @Operation(summary = "Kvalitetsberättelsens underlag: antal, lex Sarah, bilagornas register, mönster")
    QualityReports.ReportData data(@PathVariable int year) {
        return reports.data(Bounds.year("year", year));
    }

    @GetMapping({"/api/v1/quality-reports/{year:\\d{4}}.{ext:pdf|docx|html}", "/quality/report/{year:\\d{4}}.{ext:pdf|docx|html}"})
    @Operation(summary = "Kvalitetsberättelsen som PDF (tillgänglig, PDF/UA), DOCX eller HTML; date (ÅÅÅÅ-MM-DD) är "
            + "dokumentets datum, standard i dag; unitId är förvaltningen vars texter och utvecklingsområden den har, "
            + "standard den förvaltning årets uppgifter hör till")
    ResponseEntity<byte[]> file(@PathVariable int year, @PathVariable String ext,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Long unitId) {
        Format format = Format.of(ext);
        return download(reports.render(Bounds.year("year", year), unitId, format, date(date)), format,
                format.fileName(QualityReports.title(year)));
    }

    @GetMapping("/api/v1/quality-reports/{year:\\d{4}}/versions")
    @ResponseBody
    @Operation(summary = "Sparade versioner av årets kvalitetsberättelse")
    List<Snapshots.Snapshot> versions(@PathVariable int year) {
        return reports.versions(Bounds.year("year", year));
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/api/v1/quality-reports/{year:\\d{4}}/versions")
    @ResponseBody
    @Operation(summary = "Spara en version (PDF eller DOCX) med underlaget, till exempel när den skickas till nämnden")
    Snapshots.Snapshot freeze(@PathVariable int year, @RequestParam(defaultValue = "pdf") String format,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) String diaryNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return reports.freeze(year, Format.of(format), owner(year, unitId), diaryNumber, date(date));
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/quality/report/{year:\\d{4}}/versions")
    String freezePage(@PathVariable int year, @RequestParam(defaultValue = "pdf") String format,
            @RequestParam(required = false) String diaryNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            RedirectAttributes redirect) {
        reports.freeze(year, Format.of(format), owner(year, null), diaryNumber, date(date));
        redirect.addFlashAttribute("notice", "deviation.report.frozen");
        return "redirect:/quality?year=" + year + "#report";
    }

    @GetMapping({"/api/v1/quality-reports/versions/{id}", "/quality/report/versions/{id}"})
    @Operation(summary = "En sparad version som fil")
    ResponseEntity<byte[]> version(@PathVariable long id) {
        Snapshots.StoredFile file = snapshots.file(id);
        if (!file.snapshot().ownerType().equals("deviation.qualityReport")) {
            throw new se.vaksam.shared.NotFoundException("deviation.notFound");
        }
        return download(file.content(), file.snapshot().format(), file.snapshot().fileName());
    }

    /** A document's date within the years documents are made for; null (today) stays null. */
    private static LocalDate date(LocalDate date) {
        if (date != null && (date.getYear() < 2000 || date.getYear() > 2100)) {
            throw new DomainException("deviation.report.error.date", date.toString());
        }
        return date;
    }

    /** The förvaltning above the operational areas with deviations that year, unless a unit is given. */
    private long owner(int year, Long unitId) {
        if (unitId != null) {
            return unitId;
        }
        return reports.administration(year).orElseThrow(() -> new DomainException("deviation.report.error.noUnit"));
    }

    private static ResponseEntity<byte[]> download(byte[] content, Format format, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(format.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(content);
    }
}
