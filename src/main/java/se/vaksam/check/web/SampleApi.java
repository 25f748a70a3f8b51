package se.vaksam.check.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

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

import se.vaksam.check.SampleExport;
import se.vaksam.check.SampleMethod;
import se.vaksam.check.Samples;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

@Allowed(Capability.SIGNED_IN)
@RestController
@RequestMapping("/api/v1/samples")
@Tag(name = "Stickprov", description = "Reproducerbara stickprov: frö, metod, populationens kontrollsumma, vem och när")
class SampleApi {

    private final Samples samples;

    SampleApi(Samples samples) {
        this.samples = samples;
    }

    record DrawRequest(Long populationId, SampleMethod method, Integer amount, Boolean stratified, Long seed) {
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Dra ett stickprov ur en population: method PERCENT eller COUNT, amount, stratified per enhet, "
            + "seed (valfritt; annars slumpas ett som sparas)")
    ResponseEntity<Samples.Sample> draw(@RequestBody DrawRequest request) {
        if (request.populationId() == null || request.amount() == null) {
            throw new DomainException("check.deadline.error.missing");
        }
        long id = samples.draw(request.populationId(), request.method(), request.amount(), Boolean.TRUE.equals(request.stratified()),
                request.seed());
        return ResponseEntity.created(URI.create("/api/v1/samples/" + id)).body(samples.sample(id));
    }

    @GetMapping
    @Operation(summary = "Stickproven ur populationer i enheter du får läsa, nyaste först; valfritt ur en population "
            + "(populationId); högst limit (1–500)")
    List<Samples.Summary> list(@RequestParam(required = false) Long populationId,
            @RequestParam(defaultValue = "100") int limit) {
        return samples.list(populationId, limit);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Ett stickprov med underlag och utvalda fall")
    Samples.Sample one(@PathVariable long id) {
        return samples.sample(id);
    }

    @PostMapping("/{id}/verification")
    @Operation(summary = "Verifiera urval: dra om med sparat frö ur populationens poster (422 om populationen ändrats)")
    Samples.Verification verify(@PathVariable long id) {
        return samples.verify(id);
    }

    @GetMapping("/{id}/export.csv")
    @Operation(summary = "Stickprovet som CSV (UTF-8) med underlaget som kommentarsrader")
    ResponseEntity<byte[]> csv(@PathVariable long id) {
        return Downloads.file(SampleExport.csv(samples.sample(id)), Downloads.CSV, "stickprov-" + id + ".csv");
    }

    @GetMapping("/{id}/export.xlsx")
    @Operation(summary = "Stickprovet som XLSX med underlaget på ett eget blad")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        return Downloads.file(SampleExport.xlsx(samples.sample(id)), Downloads.XLSX, "stickprov-" + id + ".xlsx");
    }
}
