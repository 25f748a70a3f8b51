package se.vaksam.org.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.vaksam.history.HistoryQuery;
import se.vaksam.org.OrgDirectory;
import se.vaksam.org.OrgManagement;
import se.vaksam.org.OrgQuery;
import se.vaksam.org.OrgUnitType;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

@Allowed(Capability.SIGNED_IN)
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Organisation", description = "Enheter i organisationsträdet som den inloggade får se och ändra")
class UnitApi {

    private final OrgDirectory directory;
    private final OrgManagement management;
    private final HistoryQuery history;

    UnitApi(OrgDirectory directory, OrgManagement management, HistoryQuery history) {
        this.directory = directory;
        this.management = management;
        this.history = history;
    }

    @GetMapping
    @Operation(summary = "Enheterna du har behörighet att se, ordnade efter kod; writable=true ger bara dem du får "
            + "ändra. Nämnden som du förvaltar från förvaltningen finns under /api/v1/committees")
    List<UnitSummary> units(@RequestParam(defaultValue = "false") boolean writable) {
        return (writable ? directory.writableUnits() : directory.readableUnits()).stream().map(UnitSummary::of)
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "En enhet med överordnad enhet, underenheter och version för optimistisk låsning")
    UnitResponse unit(@PathVariable long id) {
        return UnitResponse.of(directory.unit(id));
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PatchMapping("/{id}")
    @Operation(summary = "Ändra enhetens kod och namn; ange versionen du läste (409 om någon hunnit ändra)")
    UnitResponse edit(@PathVariable long id, @RequestBody UnitChange change) {
        if (change.version() == null) {
            throw new DomainException("org.api.versionRequired");
        }
        OrgDirectory.UnitPage current = directory.unit(id);
        management.editUnit(id, change.code() == null ? current.code() : change.code(),
                change.name() == null ? current.name() : change.name(), change.version(), change.reason());
        return UnitResponse.of(directory.unit(id));
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Skapa en enhet under en överordnad enhet du får ändra; typen måste vara tillåten där")
    ResponseEntity<UnitSummary> create(@RequestBody NewUnit unit) {
        long id = management.createUnit(new OrgManagement.UnitDraft(unit.code(), unit.name(), unit.type(),
                unit.parentId()), unit.reason());
        // this request's scope was computed before the unit existed: answer from what was saved
        return ResponseEntity.created(URI.create("/api/v1/units/" + id))
                .body(new UnitSummary(id, unit.code().strip(), unit.name().strip(), unit.type(), unit.parentId()));
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/{id}/move")
    @Operation(summary = "Flytta enheten under en annan enhet du får ändra; cykler och otillåtna typer nekas (422)")
    UnitResponse move(@PathVariable long id, @RequestBody UnitMove move) {
        if (move.parentId() == null) {
            throw new DomainException("org.form.parent.required");
        }
        management.moveUnit(id, move.parentId(), move.reason());
        return UnitResponse.of(directory.unit(id));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Enhetens historik: vem ändrade vad, när, före och efter, och varför (nyast först)")
    List<HistoryEntry> history(@PathVariable long id) {
        directory.unit(id);
        return history.historyOf("org.unit", Long.toString(id)).stream().map(HistoryEntry::of).toList();
    }

    record UnitSummary(long id, String code, String name, OrgUnitType type, Long parentId) {

        static UnitSummary of(OrgQuery.UnitView unit) {
            return new UnitSummary(unit.id(), unit.code(), unit.name(), unit.type(), unit.parentId());
        }
    }

    record UnitRef(long id, String code, String name, OrgUnitType type) {

        static UnitRef of(OrgDirectory.UnitRef unit) {
            return unit == null ? null : new UnitRef(unit.id(), unit.code(), unit.name(), unit.type());
        }
    }

    record UnitResponse(long id, String code, String name, OrgUnitType type, int version, UnitRef parent,
            List<UnitRef> children, boolean writable) {

        static UnitResponse of(OrgDirectory.UnitPage unit) {
            return new UnitResponse(unit.id(), unit.code(), unit.name(), unit.type(), unit.version(),
                    UnitRef.of(unit.parent()), unit.children().stream().map(UnitRef::of).toList(), unit.writable());
        }
    }

    @Schema(description = "Ändring av en enhet; utelämnade fält behålls")
    record UnitChange(String code, String name, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version,
            String reason) {
    }

    @Schema(description = "En ny enhet; parentId utelämnas bara för en kommun (högsta nivån, endast administratör)")
    record NewUnit(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String code,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) OrgUnitType type, Long parentId, String reason) {
    }

    @Schema(description = "Flytt av en enhet till en ny överordnad enhet")
    record UnitMove(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long parentId, String reason) {
    }

    @Schema(name = "UnitHistoryEntry")
    record HistoryEntry(String action, OffsetDateTime changedAt, String username, String reason, List<Change> changes) {

        static HistoryEntry of(HistoryQuery.Entry entry) {
            return new HistoryEntry(entry.action(), entry.changedAt(), entry.username(), entry.reason(),
                    entry.changes().stream().map(c -> new Change(c.field(), c.before(), c.after())).toList());
        }
    }

    @Schema(name = "UnitHistoryChange")
    record Change(String field, String before, String after) {
    }
}
