package se.vaksam.org.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.vaksam.org.OrgDirectory;
import se.vaksam.org.OrgManagement;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

@Allowed(Capability.SIGNED_IN)
@RestController
@RequestMapping("/api/v1/placements")
@Tag(name = "Personer")
class PlacementApi {

    private final OrgDirectory directory;
    private final OrgManagement management;

    PlacementApi(OrgDirectory directory, OrgManagement management) {
        this.directory = directory;
        this.management = management;
    }

    @GetMapping("/{id}")
    @Operation(summary = "En placering i en enhet du får se")
    PersonApi.Placement placement(@PathVariable long id) {
        return PersonApi.Placement.of(directory.placement(id));
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/{id}/end")
    @Operation(summary = "Avsluta placeringen; lastDay är sista dagen den gäller och får inte vara före startdagen")
    PersonApi.Placement end(@PathVariable long id, @RequestBody PlacementEnd end) {
        management.endPlacement(id, end.lastDay(), end.reason());
        return PersonApi.Placement.of(directory.placement(id));
    }

    @Schema(description = "Avslut av en placering")
    record PlacementEnd(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate lastDay, String reason) {
    }
}
