package se.vaksam.check.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.vaksam.check.ColumnMapping;
import se.vaksam.check.FileTable;
import se.vaksam.check.ImportProblem;
import se.vaksam.check.Populations;
import se.vaksam.check.Samples;
import se.vaksam.shared.Access;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/** The checks' start page, the population import (upload → column mapping with preview → import) and a population. */
@Allowed(Capability.SIGNED_IN)
@Controller
class PopulationPages {

    static final int PREVIEW_ROWS = 10;

    private final Populations populations;
    private final Samples samples;
    private final PendingUploads pending;
    private final CheckChoices choices;
    private final Access access;
    private final org.springframework.context.MessageSource messages;

    private final ImportJobs jobs;

    PopulationPages(Populations populations, Samples samples, PendingUploads pending, CheckChoices choices,
            Access access, org.springframework.context.MessageSource messages, ImportJobs jobs) {
        this.jobs = jobs;
        this.messages = messages;
        this.populations = populations;
        this.samples = samples;
        this.pending = pending;
        this.choices = choices;
        this.access = access;
    }

    /** The mapping form's fields: the file's token, the population's name and unit, the mapped headers. */
    record MappingForm(String token, String name, Long unitId, String key, String stratum, String label,
            String startedOn, String completedOn, String extendedOn, String receivedAt, String answeredAt) {

        ColumnMapping mapping() {
            return new ColumnMapping(key, stratum, label, startedOn, completedOn, extendedOn, receivedAt, answeredAt);
        }
    }

    @GetMapping("/checks")
    String index(Model model) {
        var all = populations.populations();
        model.addAttribute("populations", all);
        model.addAttribute("names", choices.names(all.stream().map(p -> p.importedBy()).toList()));
        model.addAttribute("maxMegabytes", FileTable.MAX_BYTES / (1024 * 1024));
        return "check/index";
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/checks/populations/upload")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            HttpServletResponse response) throws IOException {
        FileTable table;
        try {
            if (file == null || file.isEmpty()) {
                throw new DomainException("check.import.error.noFile");
            }
            table = FileTable.read(file.getOriginalFilename(), file.getBytes());
        } catch (DomainException e) {
            response.setStatus(422);
            model.addAttribute("problems", List.of(ImportProblem.fileProblem(e.getMessage(), e.arguments())));
            return index(model);
        }
        String token = pending.put(access.current().username(), table);
        String base = table.fileName() == null ? "" : table.fileName().replaceAll("\\.[^.]*$", "");
        MappingForm guess = new MappingForm(token, base, null, guess(table, "nyckel", "ärende", "id", "användare"),
                guess(table, "enhet", "stratum", "sektion"), guess(table, "beskrivning", "namn", "text"),
                guess(table, "inledd", "start", "påbörjad"), guess(table, "avslutad", "klar"),
                guess(table, "förlängd", "forlangd", "förlängning"), guess(table, "mottagen", "inkommen"),
                guess(table, "besvarad", "svar"));
        return mapping(table, guess, List.of(), model);
    }

    private static String guess(FileTable table, String... names) {
        for (String name : names) {
            for (String header : table.header()) {
                if (header.toLowerCase(Locale.ROOT).startsWith(name)) {
                    return header;
                }
            }
        }
        return null;
    }

    private String mapping(FileTable table, MappingForm form, List<ImportProblem> problems, Model model) {
        model.addAttribute("file", table);
        model.addAttribute("preview", table.lines().subList(0, Math.min(PREVIEW_ROWS, table.lines().size())));
        model.addAttribute("form", form);
        model.addAttribute("fields", fieldsOf(form));
        model.addAttribute("units", choices.writableUnits());
        model.addAttribute("problems", problems);
        return "check/mapping";
    }

    private static Map<String, String> fieldsOf(MappingForm form) {
        return new LinkedHashMap<>(form.mapping().fields());
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/checks/populations")
    String importFile(@ModelAttribute MappingForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response,
            @org.springframework.web.bind.annotation.RequestHeader(value = "HX-Request", required = false) String htmx) {
        FileTable table = pending.get(form.token(), access.current().username()).orElse(null);
        if (htmx != null && table != null && form.unitId() != null) {
            // In the browser (htmx): import in the background and show how far it has come; the page polls the job.
            String token = form.token();
            ImportJobs.Job job = jobs.start(access.current().username(), progress -> {
                Populations.ImportResult result = populations.importFile(form.name(), form.unitId(), table,
                        form.mapping(), progress);
                if (result.ok()) {
                    pending.remove(token);
                }
                return result;
            });
            model.addAttribute("job", job);
            return "check/fragments :: importJob";
        }
        if (htmx != null) {
            // Refused before it starts: the reason under the form, which stays as filled in.
            model.addAttribute("problems", List.of(ImportProblem.fileProblem(table == null
                    ? "check.import.error.expired" : "check.import.error.noUnit")));
            return "check/fragments :: importJob";
        }
        if (table == null) {
            response.setStatus(422);
            model.addAttribute("problems", List.of(ImportProblem.fileProblem("check.import.error.expired")));
            return index(model);
        }
        List<ImportProblem> problems;
        if (form.unitId() == null) {
            problems = List.of(ImportProblem.fileProblem("check.import.error.noUnit"));
        } else {
            Populations.ImportResult result = populations.importFile(form.name(), form.unitId(), table, form.mapping());
            if (result.ok()) {
                pending.remove(form.token());
                redirect.addFlashAttribute("done", messages.getMessage("check.import.done",
                        new Object[] {result.rowCount()}, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
                return "redirect:/checks/populations/" + result.populationId();
            }
            problems = result.problems();
        }
        response.setStatus(422);
        return mapping(table, form, problems, model);
    }

    /**
     * The background import's progress as an htmx fragment that polls itself; when the import is done the browser
     * goes to the new population (HX-Redirect), when it is refused the row problems are shown under the form.
     */
    @GetMapping("/checks/populations/imports/{jobId}")
    String importJob(@PathVariable String jobId, Model model, jakarta.servlet.http.HttpServletRequest request,
            HttpServletResponse response) {
        ImportJobs.Job job = jobs.job(jobId, access.current().username());
        if (job.state() == ImportJobs.State.DONE) {
            String target = "/checks/populations/" + job.result().populationId();
            org.springframework.web.servlet.FlashMap flash =
                    org.springframework.web.servlet.support.RequestContextUtils.getOutputFlashMap(request);
            flash.put("done", messages.getMessage("check.import.done", new Object[] {job.result().rowCount()},
                    org.springframework.context.i18n.LocaleContextHolder.getLocale()));
            org.springframework.web.servlet.support.RequestContextUtils.saveOutputFlashMap(target, request, response);
            response.setHeader("HX-Redirect", request.getContextPath() + target);
        }
        model.addAttribute("job", job);
        return "check/fragments :: importJob";
    }

    @GetMapping("/checks/populations/{id}")
    String population(@PathVariable long id, Model model) {
        model.addAttribute("population", populations.population(id));
        List<se.vaksam.check.PopulationRow> rows = populations.rows(id);
        model.addAttribute("preview", rows.subList(0, Math.min(PREVIEW_ROWS, rows.size())));
        model.addAttribute("samples", samples.samplesOf(id));
        return "check/population";
    }
}
