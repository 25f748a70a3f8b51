package se.vaksam.org.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.vaksam.org.OrgDirectory;
import se.vaksam.org.PlacementRole;

@RestController
@RequestMapping("/api/v1/persons")
@Tag(name = "Personer", description = "Personer och deras placeringar, inom den inloggades behörighet")
class PersonApi {

    private final OrgDirectory directory;

    PersonApi(OrgDirectory directory) {
        this.directory = directory;
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
        OrgDirectory.PersonCard p = directory.person(id);
        return new PersonResponse(p.id(), p.username(), p.givenName(), p.familyName(), p.email(), p.title(),
                p.confidential(), p.version(), p.placements().stream()
                        .map(pl -> new Placement(pl.id(), pl.unitId(), pl.unitCode(), pl.role(), pl.validFrom(),
                                pl.validTo(), pl.current()))
                        .toList());
    }

    record PersonSummary(long id, String username, String fullName, String title, boolean confidential) {
    }

    record PersonResponse(long id, String username, String givenName, String familyName, String email, String title,
            boolean confidential, int version, List<Placement> placements) {
    }

    record Placement(long id, long unitId, String unitCode, PlacementRole role, LocalDate validFrom, LocalDate validTo,
            boolean current) {
    }
}
