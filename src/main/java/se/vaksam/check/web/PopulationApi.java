package se.vaksam.check.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import se.vaksam.check.ColumnMapping;
import se.vaksam.check.FileTable;
import se.vaksam.check.ImportProblem;
import se.vaksam.check.PopulationRow;
import se.vaksam.check.Populations;
import se.vaksam.shared.Bounds;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

@Allowed(Capability.SIGNED_IN)
@RestController
@RequestMapping("/api/v1/populations")
@Tag(name = "Populationer", description = "Urvalsramar importerade från CSV/XLSX, med kontrollsumma (SHA-256)")
class PopulationApi {

    /** The most records one request returns. */
    static final int MAX_RECORDS = 5000;

    private final Populations populations;
    private final MessageSource messages;

    PopulationApi(Populations populations, MessageSource messages) {
        this.populations = populations;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "Populationer i enheter du får läsa")
    List<Populations.Population> list() {
        return populations.populations();
    }

    @GetMapping("/{id}")
    @Operation(summary = "En population med kontrollsumma och antal poster")
    Populations.Population one(@PathVariable long id) {
        return populations.population(id);
    }

    @GetMapping("/{id}/records")
    @Operation(summary = "Populationens poster i radordning, högst limit (standard 1000, högst " + MAX_RECORDS
            + ") efter radnummer after; nästa sida med after = sista postens radnummer")
    List<PopulationRow> records(@PathVariable long id, @RequestParam(defaultValue = "0") int after,
            @Parameter(schema = @Schema(minimum = "1", maximum = "" + MAX_RECORDS, defaultValue = "1000"))
            @RequestParam(defaultValue = "1000") int limit) {
        return populations.rows(id, Math.max(0, after), Bounds.size("limit", limit, MAX_RECORDS));
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Importera en population (allt eller inget): fil, namn, enhet och kolumnval "
            + "(key krävs; stratum, label, startedOn, completedOn, extendedOn, receivedAt, answeredAt). "
            + "Fel ger 422 med en lista problems (rad, kolumn, text på svenska).")
    ResponseEntity<?> importFile(@RequestParam("file") MultipartFile file, @RequestParam String name,
            @RequestParam long unitId, ColumnMapping mapping) throws IOException {
        Populations.ImportResult result = populations.importFile(name, unitId,
                FileTable.read(file.getOriginalFilename(), file.getBytes()), mapping);
        if (!result.ok()) {
            return refused(result.problems());
        }
        return ResponseEntity.created(URI.create("/api/v1/populations/" + result.populationId()))
                .body(populations.population(result.populationId()));
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PutMapping(path = "/{id}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Ersätt populationens poster med en ny fil (ange versionen du läste; ny kontrollsumma, "
            + "så att stickprov ur de gamla posterna inte längre kan verifieras)")
    ResponseEntity<?> replace(@PathVariable long id, @RequestParam("file") MultipartFile file,
            @RequestParam int version, ColumnMapping mapping) throws IOException {
        Populations.ImportResult result = populations.replaceFile(id,
                FileTable.read(file.getOriginalFilename(), file.getBytes()), mapping, version);
        if (!result.ok()) {
            return refused(result.problems());
        }
        return ResponseEntity.ok(populations.population(id));
    }

    private ResponseEntity<ProblemDetail> refused(List<ImportProblem> problems) {
        return ImportRefusals.refused(messages, problems);
    }

}
