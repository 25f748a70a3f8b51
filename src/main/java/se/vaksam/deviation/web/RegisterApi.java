package se.vaksam.deviation.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

import io.swagger.v3.oas.annotations.Operation;
import se.vaksam.deviation.QualityRegisters;
import se.vaksam.deviation.QualityRegisters.Entry;
import se.vaksam.deviation.QualityRegisters.EntryDraft;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Bounds;
import se.vaksam.shared.Capability;
import se.vaksam.shared.DomainException;

/**
 * The operations of one register of the kvalitetsberättelse's appendices; each register is its
 * own resource with its own path ({@link SelfInspectionApi}, {@link SosfsRiskAnalysisApi}).
 */
@Allowed(Capability.SIGNED_IN)
abstract class RegisterApi {

    private final QualityRegisters registers;
    private final QualityRegisters.Register register;
    private final String path;

    RegisterApi(QualityRegisters registers, QualityRegisters.Register register, String path) {
        this.registers = registers;
        this.register = register;
        this.path = path;
    }

    record EntryRequest(Integer year, Long unitId, String title, String place, String result,
            String improvementActions, String processesImproved, Integer version) {

        EntryDraft draft() {
            return new EntryDraft(year, unitId, title, place, result, improvementActions, processesImproved);
        }
    }

    @GetMapping
    @Operation(summary = "Registrets poster för ett år i enheter du får läsa, per verksamhetsområde och i "
            + "registreringsordning")
    List<Entry> list(@RequestParam int year) {
        return registers.entries(register, Bounds.year("year", year));
    }

    @GetMapping("/{id}")
    @Operation(summary = "En post")
    Entry get(@PathVariable long id) {
        return registers.entry(register, id);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Registrera en post")
    ResponseEntity<Entry> add(@RequestBody EntryRequest r) {
        long id = registers.add(register, r.draft());
        return ResponseEntity.created(URI.create(path + "/" + id)).body(registers.entry(register, id));
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PutMapping("/{id}")
    @Operation(summary = "Ändra en post; ange versionen du läste (409 om någon hunnit före)")
    Entry edit(@PathVariable long id, @RequestBody EntryRequest r) {
        registers.edit(register, id, version(r.version()), r.draft());
        return registers.entry(register, id);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{id}")
    @Operation(summary = "Ta bort en post som en person registrerat; ange versionen du läste (409 om någon hunnit "
            + "före)")
    ResponseEntity<Void> remove(@PathVariable long id, @RequestParam Integer version) {
        registers.remove(register, id, version(version));
        return ResponseEntity.noContent().build();
    }

    private static int version(Integer version) {
        if (version == null) {
            throw new DomainException("deviation.api.versionRequired");
        }
        return version;
    }
}
