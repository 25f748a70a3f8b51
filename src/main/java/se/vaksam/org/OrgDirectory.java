package se.vaksam.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vaksam.shared.Access;
import se.vaksam.shared.AccessScope;
import se.vaksam.shared.ConfidentialRecordRead;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.NotFoundException;

/**
 * Reads the organisation for the signed-in person, limited to what they may see. Reading a
 * person with protected personal data is written to the access log, once per read.
 */
@Service
@Transactional(readOnly = true)
public class OrgDirectory {

    private static final Comparator<OrgUnit> BY_CODE = Comparator.comparing(OrgUnit::code);

    private final OrgUnitRepository units;
    private final PersonRepository people;
    private final PlacementRepository placements;
    private final Access access;
    private final PersonScope personScope;
    private final ApplicationEventPublisher events;

    OrgDirectory(OrgUnitRepository units, PersonRepository people, PlacementRepository placements, Access access,
            PersonScope personScope, ApplicationEventPublisher events) {
        this.units = units;
        this.people = people;
        this.placements = placements;
        this.access = access;
        this.personScope = personScope;
        this.events = events;
    }

    public record UnitRef(long id, String code, String name, OrgUnitType type, boolean readable) {
    }

    public record UnitNode(long id, String code, String name, OrgUnitType type, List<UnitNode> children) {
    }

    public record PlacedPerson(long personId, String fullName, PlacementRole role, boolean confidential) {
    }

    public record UnitPage(long id, String code, String name, OrgUnitType type, int version, UnitRef parent,
            List<UnitRef> path, List<UnitRef> children, List<PlacedPerson> people, boolean writable) {
    }

    public record PersonSummary(long id, String username, String fullName, String title, boolean confidential) {
    }

    public record PlacementRow(long id, long unitId, String unitCode, String unitName, PlacementRole role,
            LocalDate validFrom, LocalDate validTo, boolean current, boolean unitReadable, boolean unitWritable) {
    }

    public record PersonCard(long id, String username, String givenName, String familyName, String email,
            String title, boolean confidential, int version, List<PlacementRow> placements, boolean editable,
            boolean placeable, boolean ownEmailEditable) {
    }

    /**
     * Whether the signed-in person looks after people with no current placement (the system
     * administrator and the internal-control coordinator): creates, sees, changes and places them.
     */
    public boolean mayManageUnplaced() {
        return PersonScope.mayManageUnplaced(access.current());
    }

    /** The readable units, as trees whose roots are the readable units with no readable parent. */
    public List<UnitNode> readableTree() {
        AccessScope scope = access.current();
        List<OrgUnit> readable = units.findAll().stream().filter(u -> scope.canRead(u.id())).sorted(BY_CODE).toList();
        Map<Long, List<OrgUnit>> byParent = readable.stream().filter(u -> u.parentId() != null)
                .collect(Collectors.groupingBy(OrgUnit::parentId));
        return readable.stream()
                .filter(u -> u.parentId() == null || !scope.canRead(u.parentId()))
                .map(u -> node(u, byParent))
                .toList();
    }

    private static UnitNode node(OrgUnit unit, Map<Long, List<OrgUnit>> byParent) {
        List<UnitNode> children = byParent.getOrDefault(unit.id(), List.of()).stream()
                .map(child -> node(child, byParent)).toList();
        return new UnitNode(unit.id(), unit.code(), unit.name(), unit.type(), children);
    }

    /** The readable units, ordered by code. */
    public List<OrgQuery.UnitView> readableUnits() {
        AccessScope scope = access.current();
        return units.findAll().stream().filter(u -> scope.canRead(u.id())).sorted(BY_CODE).map(OrgUnit::view).toList();
    }

    /** The units the signed-in person may change, ordered by code. */
    public List<OrgQuery.UnitView> writableUnits() {
        AccessScope scope = access.current();
        return units.findAll().stream().filter(u -> scope.canWrite(u.id())).sorted(BY_CODE).map(OrgUnit::view).toList();
    }

    /** One placement, readable when its unit is. */
    public PlacementRow placement(long placementId) {
        Placement p = placements.findById(placementId)
                .orElseThrow(() -> new NotFoundException("org.error.placementNotFound"));
        access.requireRead(p.unitId());
        return row(p, access.current(), personScope.today());
    }

    private PlacementRow row(Placement p, AccessScope scope, LocalDate today) {
        OrgUnit unit = units.findById(p.unitId()).orElseThrow();
        return new PlacementRow(p.id(), unit.id(), unit.code(), unit.name(), p.role(), p.validFrom(), p.validTo(),
                p.isCurrent(today), scope.canRead(unit.id()), scope.canWrite(unit.id()));
    }

    /** One unit with its place in the tree, children and the people placed there today. */
    public UnitPage unit(long unitId) {
        OrgUnit unit = units.findById(unitId).orElseThrow(() -> new NotFoundException("org.error.unitNotFound"));
        access.requireRead(unitId);
        AccessScope scope = access.current();
        Map<Long, OrgUnit> all = units.findAll().stream().collect(Collectors.toMap(OrgUnit::id, Function.identity()));
        List<UnitRef> path = new ArrayList<>();
        for (Long id = unit.parentId(); id != null && path.size() < 50; id = all.get(id).parentId()) {
            path.add(0, ref(all.get(id), scope));
        }
        List<UnitRef> children = units.findByParentId(unitId).stream().sorted(BY_CODE)
                .map(child -> ref(child, scope)).toList();
        List<PlacedPerson> placed = personScope.current(placements.findByUnitId(unitId)).stream()
                .map(p -> {
                    Person person = people.findById(p.personId()).orElseThrow();
                    return new PlacedPerson(person.id(), person.givenName() + " " + person.familyName(), p.role(),
                            person.confidential());
                })
                .sorted(Comparator.comparing(PlacedPerson::role).thenComparing(PlacedPerson::fullName))
                .toList();
        UnitRef parent = path.isEmpty() ? null : path.get(path.size() - 1);
        return new UnitPage(unit.id(), unit.code(), unit.name(), unit.type(), unit.version(), parent, List.copyOf(path),
                children, placed, scope.canWrite(unitId));
    }

    private static UnitRef ref(OrgUnit unit, AccessScope scope) {
        return new UnitRef(unit.id(), unit.code(), unit.name(), unit.type(), scope.canRead(unit.id()));
    }

    /** The readable people whose name, username or title contains {@code query} (all if blank). */
    public List<PersonSummary> people(String query) {
        AccessScope scope = access.current();
        Map<Long, List<Placement>> byPerson = placements.findAll().stream()
                .collect(Collectors.groupingBy(Placement::personId));
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return people.findAll().stream()
                .filter(p -> personScope.canRead(scope, p, byPerson.getOrDefault(p.id(), List.of())))
                .map(p -> new PersonSummary(p.id(), p.username(), p.givenName() + " " + p.familyName(),
                        p.confidential() ? null : p.title(), p.confidential()))
                .filter(p -> needle.isEmpty() || matches(p, needle))
                .sorted(Comparator.comparing(PersonSummary::fullName))
                .toList();
    }

    private static boolean matches(PersonSummary person, String needle) {
        return (person.fullName() + " " + person.username() + " " + (person.title() == null ? "" : person.title()))
                .toLowerCase(Locale.ROOT).contains(needle);
    }

    /** One person with their placements; a confidential person's read goes to the access log. */
    public PersonCard person(long personId) {
        Person person = people.findById(personId).orElseThrow(() -> new NotFoundException("org.error.personNotFound"));
        if (!personScope.canRead(person)) {
            throw new ForbiddenException();
        }
        if (person.confidential()) {
            events.publishEvent(new ConfidentialRecordRead(OrgChanges.PERSON, Long.toString(personId)));
        }
        AccessScope scope = access.current();
        LocalDate today = personScope.today();
        List<PlacementRow> rows = placements.findByPersonId(personId).stream()
                .sorted(Comparator.comparing(Placement::validFrom).reversed())
                .map(p -> row(p, scope, today))
                .toList();
        return new PersonCard(person.id(), person.username(), person.givenName(), person.familyName(), person.email(),
                person.title(), person.confidential(), person.version(), rows, personScope.canEdit(person),
                personScope.canPlace(person) && !personScope.isSelf(person),
                !personScope.canEdit(person) && personScope.isSelf(person));
    }
}
