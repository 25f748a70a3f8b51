package se.vaksam.deviation.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.vaksam.deviation.QualityRegisters;
import se.vaksam.deviation.QualityRegisters.Entry;
import se.vaksam.deviation.QualityRegisters.EntryDraft;
import se.vaksam.shared.Bounds;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

@Allowed(Capability.SIGNED_IN)
@RestController
@Tag(name = "Riskanalyser (SOSFS) och egenkontroller", description = "Kvalitetsberättelsens bilaga 1 och 2")
class RegisterApi {

    private final QualityRegisters registers;

    RegisterApi(QualityRegisters registers) {
        this.registers = registers;
    }

    record EntryRequest(Integer year, Long unitId, String title, String place, String result,
            String improvementActions, String processesImproved, Integer version) {

        EntryDraft draft() {
            return new EntryDraft(year, unitId, title, place, result, improvementActions, processesImproved);
        }
    }

    @GetMapping("/api/v1/{path:risk-analyses-sosfs|self-inspections}")
    @Operation(summary = "Registrets poster för ett år i enheter du får läsa")
    List<Entry> list(@PathVariable String path, @RequestParam int year) {
        return registers.entries(register(path), Bounds.year("year", year));
    }

    @GetMapping("/api/v1/{path:risk-analyses-sosfs|self-inspections}/{id}")
    @Operation(summary = "En post")
    Entry get(@PathVariable String path, @PathVariable long id) {
        return registers.entry(register(path), id);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/v1/{path:risk-analyses-sosfs|self-inspections}")
    @Operation(summary = "Registrera en genomförd riskanalys eller egenkontroll")
    ResponseEntity<Entry> add(@PathVariable String path, @RequestBody EntryRequest r) {
        long id = registers.add(register(path), r.draft());
        return ResponseEntity.created(URI.create("/api/v1/" + path + "/" + id)).body(registers.entry(register(path), id));
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PutMapping("/api/v1/{path:risk-analyses-sosfs|self-inspections}/{id}")
    @Operation(summary = "Ändra en post; ange versionen du läste (409 om någon hunnit före)")
    Entry edit(@PathVariable String path, @PathVariable long id, @RequestBody EntryRequest r) {
        if (r.version() == null) {
            throw new DomainException("deviation.api.versionRequired");
        }
        registers.edit(register(path), id, r.version(), r.draft());
        return registers.entry(register(path), id);
    }

    private static QualityRegisters.Register register(String path) {
        return path.equals("risk-analyses-sosfs") ? QualityRegisters.Register.RISK_ANALYSES
                : QualityRegisters.Register.SELF_INSPECTIONS;
    }
}
