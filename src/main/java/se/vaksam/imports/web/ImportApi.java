package se.vaksam.imports.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import se.vaksam.imports.HistoryImports;
import se.vaksam.imports.ImportFile;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;
import se.vaksam.shared.HistoryImport;
import se.vaksam.shared.ProblemTypes;

/** The import of historical records over the API: the kinds and their columns, the templates, the import. */
@Allowed(Capability.ADMINISTER_SYSTEM)
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Inläsning av historik", description = "Tidigare års poster från fil (XLSX eller CSV), allt eller inget")
class ImportApi {

    private final HistoryImports imports;
    private final ProblemTexts texts;

    ImportApi(HistoryImports imports, ProblemTexts texts) {
        this.imports = imports;
        this.texts = texts;
    }

    /** One kind with its columns. */
    record KindView(String kind, String title, List<ColumnView> columns) {
    }

    record ColumnView(String header, boolean required, List<String> allowedValues, String example, String description) {
    }

    /** What an import did (or, with dryRun, would do). */
    record OutcomeView(String kind, String fileName, String sha256, int rows, int created, int updated, int unchanged,
            boolean dryRun, Long runId) {
    }

    @GetMapping
    @Operation(summary = "Slagen av historik som kan läsas in, med mallens kolumner")
    List<KindView> kinds() {
        Locale locale = LocaleContextHolder.getLocale();
        return imports.kinds().stream().map(kind -> new KindView(kind.kind(),
                texts.message(kind.titleKey(), null, locale), kind.columns().stream()
                        .map(c -> new ColumnView(c.header(), c.required(), c.allowedValues(), c.example(),
                                texts.message(c.descriptionKey(), null, locale)))
                        .toList()))
                .toList();
    }

    @GetMapping("/{kind}/template.xlsx")
    @Operation(summary = "Mall som XLSX: rubriker, en exempelrad, kolumnernas förklaring och listor för fasta värden")
    ResponseEntity<byte[]> xlsx(@PathVariable String kind) {
        Locale locale = LocaleContextHolder.getLocale();
        return Downloads.xlsx(imports.xlsxTemplate(kind, key -> texts.message(key, null, locale)), kind + ".xlsx");
    }

    @GetMapping("/{kind}/template.csv")
    @Operation(summary = "Mall som CSV (UTF-8 med BOM, semikolon)")
    ResponseEntity<byte[]> csv(@PathVariable String kind) {
        return Downloads.csv(imports.csvTemplate(kind), kind + ".csv");
    }

    @GetMapping("/{kind}/runs")
    @Operation(summary = "Genomförda inläsningar av slaget, nyast först (högst 50)")
    List<HistoryImports.Run> runs(@PathVariable String kind) {
        imports.kind(kind);
        return imports.runs(kind);
    }

    @PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Läs in en fil (allt eller inget). dryRun=true förhandsgranskar: vad som skulle skapas, "
            + "ändras och lämnas orört. Problem ger 422 med en lista problems (blad, rad, kolumn, värde, text på "
            + "svenska). Samma fil igen ändrar ingenting (idempotent på källans id).")
    ResponseEntity<?> importFile(@PathVariable String kind, @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun) throws IOException {
        imports.kind(kind);
        ImportFile read = ImportFile.read(file.getOriginalFilename(), file.getBytes());
        HistoryImports.Result result = dryRun ? imports.preview(kind, read)
                : imports.apply(kind, read, HistoryImports.Progress.NONE);
        if (!result.ok()) {
            Locale locale = LocaleContextHolder.getLocale();
            List<ProblemTexts.Shown> shown = texts.shown(result.problems(), locale);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                    texts.message("imports.refused.detail", new Object[] {shown.size()}, locale));
            problem.setType(ProblemTypes.of("import-refused"));
            problem.setTitle(texts.message("imports.refused", null, locale));
            problem.setProperty("problems", shown);
            return ResponseEntity.unprocessableEntity().body(problem);
        }
        HistoryImport.Outcome outcome = result.outcome();
        OutcomeView view = new OutcomeView(kind, result.fileName(), result.sha256(), result.rows(), outcome.created(),
                outcome.updated(), outcome.unchanged(), dryRun, result.runId());
        return ResponseEntity.status(!dryRun && outcome.created() > 0 ? HttpStatus.CREATED : HttpStatus.OK).body(view);
    }
}
