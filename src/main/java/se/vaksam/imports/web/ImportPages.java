package se.vaksam.imports.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import se.vaksam.imports.HistoryImports;
import se.vaksam.imports.ImportFile;
import se.vaksam.shared.Access;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.HistoryImport;

/**
 * The page {@code /imports}: the kinds with their templates and an upload form each; an upload starts the
 * preview in the background, its page shows every problem or the counts with a button to import, and the import
 * runs in the background with its progress on the same kind of page.
 */
@Allowed(Capability.ADMINISTER_SYSTEM)
@Controller
class ImportPages {

    private final HistoryImports imports;
    private final HistoryImportJobs jobs;
    private final ProblemTexts texts;
    private final Access access;

    ImportPages(HistoryImports imports, HistoryImportJobs jobs, ProblemTexts texts, Access access) {
        this.imports = imports;
        this.jobs = jobs;
        this.texts = texts;
        this.access = access;
    }

    @GetMapping("/imports")
    String page(Model model) {
        return show(model, null, null);
    }

    private String show(Model model, String kind, String error) {
        model.addAttribute("kinds", imports.kinds());
        model.addAttribute("errorKind", kind);
        model.addAttribute("error", error);
        model.addAttribute("maxMegabytes", ImportFile.MAX_BYTES / (1024 * 1024));
        model.addAttribute("maxRows", ImportFile.MAX_ROWS);
        return "imports/index";
    }

    @GetMapping("/imports/{kind}/template.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String kind) {
        Locale locale = LocaleContextHolder.getLocale();
        return Downloads.xlsx(imports.xlsxTemplate(kind, key -> texts.message(key, null, locale)), kind + ".xlsx");
    }

    @GetMapping("/imports/{kind}/template.csv")
    ResponseEntity<byte[]> csv(@PathVariable String kind) {
        return Downloads.csv(imports.csvTemplate(kind), kind + ".csv");
    }

    /** Reads the file and starts its preview. */
    @PostMapping("/imports/{kind}")
    String upload(@PathVariable String kind, @RequestParam(name = "file", required = false) MultipartFile file,
            Model model, HttpServletResponse response) throws IOException {
        HistoryImport chosen = imports.kind(kind);
        Locale locale = LocaleContextHolder.getLocale();
        ImportFile read;
        try {
            if (file == null || file.isEmpty()) {
                throw new DomainException("imports.error.noFile");
            }
            read = ImportFile.read(file.getOriginalFilename(), file.getBytes());
        } catch (DomainException e) {
            response.setStatus(422);
            return show(model, chosen.kind(), texts.message(e.getMessage(), e.arguments(), locale));
        }
        HistoryImportJobs.Job job = jobs.start(access.current().username(), kind, read, true);
        return "redirect:/imports/jobs/" + job.id();
    }

    @GetMapping("/imports/jobs/{id}")
    String job(@PathVariable String id, Model model) {
        return jobView(id, model, "imports/job");
    }

    /** The job's part of the page, which polls itself while the job runs. */
    @GetMapping("/imports/jobs/{id}/progress")
    String progress(@PathVariable String id, Model model) {
        return jobView(id, model, "imports/fragments :: job");
    }

    private String jobView(String id, Model model, String view) {
        HistoryImportJobs.Job job = jobs.job(id, access.current().username());
        model.addAttribute("job", job);
        model.addAttribute("kind", imports.kind(job.kind()));
        model.addAttribute("problems", job.refused()
                ? texts.shown(job.result().problems(), LocaleContextHolder.getLocale()) : java.util.List.of());
        return view;
    }

    /** Imports the previewed file (all or nothing) in the background. */
    @PostMapping("/imports/jobs/{id}/confirm")
    String confirm(@PathVariable String id) {
        String username = access.current().username();
        HistoryImportJobs.Job preview = jobs.job(id, username);
        ImportFile file = jobs.confirm(id, username);
        HistoryImportJobs.Job job = jobs.start(username, preview.kind(), file, false);
        return "redirect:/imports/jobs/" + job.id();
    }
}
