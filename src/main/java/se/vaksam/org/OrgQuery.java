package se.vaksam.org;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.vaksam.shared.DomainException;

/**
 * How other modules read the organisation: plain records, never entities.
 */
public interface OrgQuery {

    Optional<UnitView> unit(long unitId);

    /**
     * The unit a record is about to refer to: it must exist, or the change is refused with a 422 that
     * names the field the id came in.
     */
    default UnitView existingUnit(long unitId, String field) {
        return unit(unitId).orElseThrow(() -> new DomainException("error.reference.unit", Long.toString(unitId), field));
    }

    /** The unit with this code (codes are unique), e.g. for unit claims in OIDC tokens. */
    Optional<UnitView> unitByCode(String code);

    /** The unit and every unit below it. */
    Set<Long> subtree(long unitId);

    /** The unit and every unit above it, nearest first. */
    List<UnitView> ancestors(long unitId);

    /** The person's placements valid on the given day. */
    List<PlacementView> placementsOf(String username, LocalDate day);

    Optional<PersonView> person(String username);

    /**
     * Batch lookup for lists that show units (e.g. a plan's items with their responsible units): the given units
     * by id; unknown ids (and null) are left out.
     */
    Map<Long, UnitView> units(Collection<Long> unitIds);

    /** Batch lookup for lists that show people (owners, reviewers): the given people by id; unknown ids left out. */
    Map<Long, PersonView> people(Collection<Long> personIds);

    /** Batch lookup by username (who did what in a case): the given people; unknown usernames left out. */
    Map<String, PersonView> peopleByUsername(Collection<String> usernames);

    /**
     * The names of the people behind usernames (who reported, who decided), read in one batch, for pages that
     * show people by name: {@code ${names[row.reportedBy]} ?: row.reportedBy}. Unknown usernames and null are
     * left out.
     */
    default Map<String, String> namesOf(Collection<String> usernames) {
        Map<String, String> names = new java.util.HashMap<>();
        peopleByUsername(usernames).forEach((username, person) -> names.put(username, person.fullName()));
        return names;
    }

    /**
     * People whose name or username contains the words searched for (each word somewhere in given name, family
     * name or username, case-insensitive), by family and given name, at most {@code limit}: for pickers that search
     * on the server instead of sending everyone in the page. A blank search finds nobody.
     */
    List<PersonView> searchPeople(String search, int limit);

    /**
     * The people holding the role (e.g. {@code INTERNAL_CONTROL_COORDINATOR}) on the given day at the unit or
     * any unit below it, each once, by id.
     */
    List<PersonView> peopleWithRole(String role, long unitId, LocalDate day);

    /**
     * The unit's manager (<em>närmaste chef</em>): the people placed on the given day as head ({@link
     * PlacementRole#HEADS}) at the unit or, if none, at the nearest unit above that has one; empty if none.
     */
    List<PersonView> nearestHeads(long unitId, LocalDate day);

    /**
     * Everyone placed (in any role) on the given day at the unit or any unit below it, each once, by family
     * and given name: for pickers of people in forms.
     */
    List<PersonView> peopleIn(long unitId, LocalDate day);

    /**
     * Everyone placed on the given day in any of the units or below them, each once, by family and given name:
     * for pickers of people in forms (e.g. the owner of a record in the units a person may write). Read once per
     * top-most unit of the set.
     */
    default List<PersonView> peopleInAny(Collection<UnitView> units, LocalDate day) {
        Set<Long> ids = units.stream().map(UnitView::id).collect(java.util.stream.Collectors.toSet());
        Map<String, PersonView> people = new java.util.LinkedHashMap<>();
        units.stream().filter(u -> u.parentId() == null || !ids.contains(u.parentId()))
                .flatMap(root -> peopleIn(root.id(), day).stream())
                .forEach(p -> people.putIfAbsent(p.username(), p));
        return people.values().stream().sorted(java.util.Comparator.comparing(PersonView::familyName)
                .thenComparing(PersonView::givenName)).toList();
    }

    record UnitView(long id, String code, String name, OrgUnitType type, Long parentId) {
    }

    record PersonView(long id, String username, String givenName, String familyName, String email,
            boolean confidential) {

        public String fullName() {
            return givenName + " " + familyName;
        }
    }

    record PlacementView(long id, long personId, long unitId, String role, LocalDate validFrom,
            LocalDate validTo) {
    }
}
