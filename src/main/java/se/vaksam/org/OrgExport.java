package se.vaksam.org;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vaksam.shared.Access;
import se.vaksam.shared.AccessScope;
import se.vaksam.shared.ConfidentialRecordRead;

/**
 * Exports what the signed-in person may read of the organisation, in the import's formats:
 * one CSV file per kind or one workbook with all three. Exporting a person with protected
 * personal data counts as reading them and goes to the access log.
 */
@Service
@Transactional(readOnly = true)
public class OrgExport {

    private final OrgUnitRepository units;
    private final PersonRepository people;
    private final PlacementRepository placements;
    private final Access access;
    private final PersonScope personScope;
    private final ApplicationEventPublisher events;

    OrgExport(OrgUnitRepository units, PersonRepository people, PlacementRepository placements, Access access,
            PersonScope personScope, ApplicationEventPublisher events) {
        this.units = units;
        this.people = people;
        this.placements = placements;
        this.access = access;
        this.personScope = personScope;
        this.events = events;
    }

    /** Refuses (403) anyone who may not import or export: only administrators and internal-control coordinators may. */
    public void requireTransferRight() {
        TransferPermission.require(access.current());
    }

    public String csv(TransferKind kind) {
        return CsvTransfer.write(kind, rows().get(kind));
    }

    public byte[] workbook() {
        return XlsxTransfer.write(rows());
    }

    private Map<TransferKind, List<List<String>>> rows() {
        AccessScope scope = access.current();
        TransferPermission.require(scope);
        Map<Long, OrgUnit> allUnits = units.findAll().stream().collect(Collectors.toMap(OrgUnit::id, Function.identity()));
        Map<Long, List<Placement>> byPerson = placements.findAll().stream()
                .collect(Collectors.groupingBy(Placement::personId));
        List<OrgUnit> readableUnits = allUnits.values().stream().filter(u -> scope.canRead(u.id()))
                .sorted(Comparator.comparing(OrgUnit::id)).toList();
        List<Person> readablePeople = people.findAll().stream()
                .filter(p -> personScope.canRead(scope, p, byPerson.getOrDefault(p.id(), List.of())))
                .sorted(Comparator.comparing(Person::id)).toList();
        readablePeople.stream().filter(Person::confidential).forEach(p ->
                events.publishEvent(new ConfidentialRecordRead(OrgChanges.PERSON, Long.toString(p.id()))));
        Set<Long> exportedPeople = readablePeople.stream().map(Person::id).collect(Collectors.toSet());
        Map<Long, Person> peopleById = readablePeople.stream().collect(Collectors.toMap(Person::id, Function.identity()));

        Map<TransferKind, List<List<String>>> rows = new EnumMap<>(TransferKind.class);
        rows.put(TransferKind.UNITS, readableUnits.stream()
                .map(u -> row(u.code(), u.name(), u.type().name(),
                        u.parentId() == null ? "" : allUnits.get(u.parentId()).code()))
                .toList());
        rows.put(TransferKind.PEOPLE, readablePeople.stream()
                .map(p -> row(p.username(), p.givenName(), p.familyName(), p.email(), p.title(),
                        Boolean.toString(p.confidential())))
                .toList());
        rows.put(TransferKind.PLACEMENTS, byPerson.values().stream().flatMap(List::stream)
                .filter(p -> exportedPeople.contains(p.personId()) && scope.canRead(p.unitId()))
                .sorted(Comparator.comparing(Placement::id))
                .map(p -> row(peopleById.get(p.personId()).username(), allUnits.get(p.unitId()).code(), p.role().name(),
                        p.validFrom().toString(), p.validTo() == null ? "" : p.validTo().toString()))
                .toList());
        return rows;
    }

    private static List<String> row(String... values) {
        return Stream.of(values).map(v -> v == null ? "" : v).toList();
    }
}
