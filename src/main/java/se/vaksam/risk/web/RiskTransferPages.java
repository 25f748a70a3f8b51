package se.vaksam.risk.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.vaksam.risk.RiskQuery;
import se.vaksam.risk.RiskTransfer;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/** Export of the register as CSV or XLSX, and import from either, all or nothing. */
@Allowed(Capability.SIGNED_IN)
@Controller
class RiskTransferPages {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RiskTransfer transfer;

    RiskTransferPages(RiskTransfer transfer) {
        this.transfer = transfer;
    }

    @GetMapping("/risks/transfer")
    String page(Model model) {
        model.addAttribute("columns", RiskTransfer.COLUMNS);
        return "risk/transfer";
    }

    @GetMapping("/risks/export.csv")
    ResponseEntity<byte[]> csv(@ModelAttribute RiskQuery.RiskFilter filter) {
        return download(RiskFiles.csv(transfer.export(filter)), new MediaType("text", "csv", StandardCharsets.UTF_8),
                "risker.csv");
    }

    @GetMapping("/risks/export.xlsx")
    ResponseEntity<byte[]> xlsx(@ModelAttribute RiskQuery.RiskFilter filter) {
        return download(RiskFiles.xlsx(transfer.export(filter)), XLSX, "risker.xlsx");
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/risks/transfer")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        model.addAttribute("columns", RiskTransfer.COLUMNS);
        if (file == null || file.isEmpty()) {
            response.setStatus(422);
            model.addAttribute("noFile", true);
            return "risk/transfer";
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        RiskFiles.Table table;
        try (InputStream in = file.getInputStream()) {
            table = name.endsWith(".xlsx") ? RiskFiles.readXlsx(in) : RiskFiles.readCsv(in);
        } catch (IOException | RuntimeException e) {
            response.setStatus(422);
            model.addAttribute("unreadable", true);
            return "risk/transfer";
        }
        RiskTransfer.Result result = transfer.importRows(table.header(), table.rows());
        if (!result.ok()) {
            response.setStatus(422);
            model.addAttribute("problems", result.problems());
            return "risk/transfer";
        }
        redirect.addFlashAttribute("result", result);
        return "redirect:/risks/transfer";
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }
}
