package se.vaksam.org.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import se.vaksam.org.OrgExport;
import se.vaksam.org.OrgImport;
import se.vaksam.org.TransferKind;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.NotFoundException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/** Import and export of the organisation: download links and the upload form. */
@Allowed(Capability.ADMINISTER_ORGANISATION)
@Controller
class TransferPages {

    static final String WORKBOOK = "WORKBOOK";
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final OrgExport export;
    private final OrgImport importer;

    TransferPages(OrgExport export, OrgImport importer) {
        this.export = export;
        this.importer = importer;
    }

    @GetMapping("/org/transfer")
    String page(Model model) {
        export.requireTransferRight();
        return show(model, null, WORKBOOK);
    }

    @GetMapping("/org/transfer/{name}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String name) {
        TransferKind kind = List.of(TransferKind.values()).stream().filter(k -> k.fileName().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("error.title.404"));
        return download(export.csv(kind).getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8), name + ".csv");
    }

    @GetMapping("/org/transfer/organisation.xlsx")
    ResponseEntity<byte[]> workbook() {
        return download(export.workbook(), XLSX, "organisation.xlsx");
    }

    @PostMapping("/org/transfer")
    String upload(@RequestParam("kind") String kind, @RequestParam(name = "file", required = false) MultipartFile file,
            Model model, HttpServletResponse response) throws IOException {
        export.requireTransferRight();
        if (!WORKBOOK.equals(kind) && Stream.of(TransferKind.values()).noneMatch(k -> k.name().equalsIgnoreCase(kind))) {
            throw new DomainException("org.import.unknownKind");
        }
        if (file == null || file.isEmpty()) {
            response.setStatus(422);
            model.addAttribute("noFile", true);
            return show(model, null, kind);
        }
        OrgImport.ImportResult result;
        try (InputStream in = file.getInputStream()) {
            result = WORKBOOK.equals(kind) ? importer.importWorkbook(in)
                    : importer.importCsv(TransferKind.valueOf(kind.toUpperCase(Locale.ROOT)), in);
        }
        if (!result.accepted()) {
            response.setStatus(422);
        }
        return show(model, result, kind);
    }

    private String show(Model model, OrgImport.ImportResult result, String kind) {
        model.addAttribute("kinds", List.of(TransferKind.UNITS.name(), TransferKind.PEOPLE.name(),
                TransferKind.PLACEMENTS.name(), WORKBOOK));
        model.addAttribute("selectedKind", kind);
        model.addAttribute("result", result);
        if (!model.containsAttribute("noFile")) {
            model.addAttribute("noFile", false);
        }
        return "org/transfer";
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }
}
