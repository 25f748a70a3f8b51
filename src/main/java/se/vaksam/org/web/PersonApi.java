package se.vaksam.org.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
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
import se.vaksam.org.OrgDirectory;
import se.vaksam.org.OrgManagement;
import se.vaksam.org.PlacementRole;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

@Allowed(Capability.SIGNED_IN)
@RestController
@RequestMapping("/api/v1/persons")
@Tag(name = "Personer", description = "Personer och deras placeringar, inom den inloggades behörighet")
class PersonApi {

    private final OrgDirectory directory;
    private final OrgManagement management;

    PersonApi(OrgDirectory directory, OrgManagement management) {
        this.directory = directory;
        this.management = management;
    }

    @GetMapping
    @Operation(summary = "Personerna du har behörighet att se; q söker i namn, användarnamn och titel")
    List<PersonSummary> persons(@RequestParam(name = "q", required = false) String query) {
        return directory.people(query).stream()
                .map(p -> new PersonSummary(p.id(), p.username(), p.fullName(), p.title(), p.confidential()))
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "En person med placeringar; läsning av skyddade personuppgifter loggas")
    PersonResponse person(@PathVariable long id) {
        return PersonResponse.of(directory.person(id));
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "Skapa en person, placerad i en enhet du får ändra (utan placering: endast administratör "
            + "och internkontrollsamordnare)")
    ResponseEntity<PersonCreated> create(@RequestBody NewPerson person) {
        OrgManagement.PlacementDraft placement = person.placement() == null ? null : person.placement().draft();
        long id = management.createPerson(new OrgManagement.PersonDetails(person.username(), person.givenName(),
                person.familyName(), person.email(), person.title(), Boolean.TRUE.equals(person.confidential())),
                placement, person.reason());
        return ResponseEntity.created(URI.create("/api/v1/persons/" + id))
                .body(new PersonCreated(id, person.username().strip()));
    }

    @Allowed(Capability.SIGNED_IN) // anyone their own e-mail; OrgManagement (PersonScope) decides the rest
    @PatchMapping("/{id}")
    @Operation(summary = "Ändra personuppgifter (inte användarnamnet); ange versionen du läste (409 om någon hunnit ändra)")
    PersonResponse edit(@PathVariable long id, @RequestBody PersonChange change) {
        if (change.version() == null) {
            throw new DomainException("org.api.versionRequired");
        }
        OrgDirectory.PersonCard current = directory.person(id);
        management.editPerson(id, new OrgManagement.PersonDetails(current.username(),
                change.givenName() == null ? current.givenName() : change.givenName(),
                change.familyName() == null ? current.familyName() : change.familyName(),
                change.email() == null ? current.email() : change.email(),
                change.title() == null ? current.title() : change.title(),
                change.confidential() == null ? current.confidential() : change.confidential()),
                change.version(), change.reason());
        return PersonResponse.of(directory.person(id));
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/placements")
    @Operation(summary = "Placera personen i en enhet du får ändra, med roll och giltighetstid")
    ResponseEntity<Placement> place(@PathVariable long id, @RequestBody NewPlacement placement) {
        OrgManagement.PlacementDraft draft = placement.draft();
        long placementId = management.addPlacement(id, draft.unitId(), draft.role(), draft.from(), draft.to(),
                placement.reason());
        return ResponseEntity.created(URI.create("/api/v1/placements/" + placementId))
                .body(Placement.of(directory.placement(placementId)));
    }

    record PersonSummary(long id, String username, String fullName, String title, boolean confidential) {
    }

    record PersonResponse(long id, String username, String givenName, String familyName, String email, String title,
            boolean confidential, int version, List<Placement> placements) {

        static PersonResponse of(OrgDirectory.PersonCard p) {
            return new PersonResponse(p.id(), p.username(), p.givenName(), p.familyName(), p.email(), p.title(),
                    p.confidential(), p.version(), p.placements().stream().map(Placement::of).toList());
        }
    }

    record Placement(long id, long unitId, String unitCode, PlacementRole role, LocalDate validFrom, LocalDate validTo,
            boolean current) {

        static Placement of(OrgDirectory.PlacementRow p) {
            return new Placement(p.id(), p.unitId(), p.unitCode(), p.role(), p.validFrom(), p.validTo(), p.current());
        }
    }

    @Schema(description = "En ny person; placement krävs utom för administratör och internkontrollsamordnare")
    record NewPerson(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String username,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String givenName,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String familyName, String email, String title,
            Boolean confidential, NewPlacement placement, String reason) {
    }

    record PersonCreated(long id, String username) {
    }

    @Schema(description = "Ändring av personuppgifter; utelämnade fält behålls")
    record PersonChange(String givenName, String familyName, String email, String title, Boolean confidential,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer version, String reason) {
    }

    @Schema(description = "En placering: enhet, roll och datum (ÅÅÅÅ-MM-DD); validTo utelämnas för tills vidare")
    record NewPlacement(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long unitId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) PlacementRole role,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate validFrom, LocalDate validTo,
            String reason) {

        OrgManagement.PlacementDraft draft() {
            if (unitId == null) {
                throw new DomainException("org.form.unit.required");
            }
            return new OrgManagement.PlacementDraft(unitId, role, validFrom, validTo);
        }
    }
}
