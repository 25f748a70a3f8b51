package se.vaksam.audit.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.vaksam.audit.ResponseDocuments;
import se.vaksam.document.Format;
import se.vaksam.document.Snapshots;
import se.vaksam.shared.NotFoundException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/** The yttrande as DOCX or PDF, on the review page and in the API, and its frozen versions. */
@Allowed(Capability.SIGNED_IN)
@Controller
@Tag(name = "Yttranden")
class ResponseFiles {

    private final ResponseDocuments documents;

    ResponseFiles(ResponseDocuments documents) {
        this.documents = documents;
    }

    @GetMapping({"/audits/{id}/response.{ext}", "/api/v1/audit-responses/{id}/document.{ext}"})
    @Operation(summary = "Yttrandet som docx eller pdf (tillgänglig PDF/UA), i referensens layout")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable String ext) {
        Format format = Format.of(ext);
        if (format == null || format == Format.HTML) {
            throw new NotFoundException("audit.error.notFound");
        }
        byte[] content = documents.render(id, format);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, format.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(documents.fileName(id, format), StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/api/v1/audit-responses/{id}/snapshots")
    @ResponseBody
    @Operation(summary = "Spara yttrandet som en ny version (docx och pdf) som inte kan ändras")
    List<Snapshots.Snapshot> freeze(@PathVariable long id) {
        return documents.freeze(id);
    }

    @GetMapping("/api/v1/audit-responses/{id}/snapshots")
    @ResponseBody
    @Operation(summary = "Sparade versioner av yttrandet, nyast först (hämta med /api/v1/reports/snapshots/{id})")
    List<Snapshots.Snapshot> snapshots(@PathVariable long id) {
        return documents.snapshots(id);
    }

    @GetMapping({"/audits/{id}/snapshots/{snapshotId}", "/api/v1/audit-responses/{id}/snapshots/{snapshotId}"})
    @Operation(summary = "En sparad version av yttrandet, som den sparades")
    ResponseEntity<byte[]> snapshot(@PathVariable long id, @PathVariable long snapshotId) {
        Snapshots.StoredFile file = documents.snapshot(id, snapshotId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, file.snapshot().contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.snapshot().fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/audits/{id}/snapshots")
    String freezeFromPage(@PathVariable long id, RedirectAttributes redirect) {
        return AuditPages.attempt(redirect, "/audits/" + id, () -> {
            documents.freeze(id);
            return "/audits/" + id + "#snapshots";
        });
    }
}
