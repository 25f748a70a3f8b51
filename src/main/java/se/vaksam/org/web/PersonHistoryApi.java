package se.vaksam.org.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.vaksam.org.OrgDirectory;
import se.vaksam.org.PlacementRole;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/** A person's Historik over the API: the person record and their placements. */
@Allowed(Capability.SIGNED_IN)
@RestController
@Tag(name = "Personer")
class PersonHistoryApi {

    private final OrgDirectory directory;
    private final PersonHistory history;

    PersonHistoryApi(OrgDirectory directory, PersonHistory history) {
        this.directory = directory;
        this.history = history;
    }

    @GetMapping("/api/v1/persons/{id}/history")
    @Operation(summary = "Personens historik: ändringar av personuppgifterna och av placeringarna (tillagd, "
            + "avslutad) med enhet och roll; vem, när, före och efter, och varför (nyast först)")
    PersonHistoryResponse history(@PathVariable long id) {
        OrgDirectory.PersonCard person = directory.person(id);
        return new PersonHistoryResponse(history.ofPerson(person).stream().map(UnitApi.HistoryEntry::of).toList(),
                history.ofPlacements(person).stream().map(PlacementHistoryEntry::of).toList());
    }

    record PersonHistoryResponse(List<UnitApi.HistoryEntry> person, List<PlacementHistoryEntry> placements) {
    }

    record PlacementHistoryEntry(long placementId, long unitId, String unitCode, String unitName, PlacementRole role,
            LocalDate validFrom, LocalDate validTo, String kind, UnitApi.HistoryEntry entry) {

        static PlacementHistoryEntry of(PersonHistory.PlacementEntry e) {
            OrgDirectory.PlacementRow p = e.placement();
            return new PlacementHistoryEntry(p.id(), p.unitId(), p.unitCode(), p.unitName(), p.role(), p.validFrom(),
                    p.validTo(), e.kind(), UnitApi.HistoryEntry.of(e.entry()));
        }
    }
}
