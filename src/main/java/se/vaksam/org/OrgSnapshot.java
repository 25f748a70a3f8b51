package se.vaksam.org;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The organisation as stored when an import starts, keyed the way import files refer to it. */
record OrgSnapshot(Map<String, OrgUnit> unitsByCode, Map<Long, OrgUnit> unitsById,
        Map<String, Person> peopleByUsername, Map<Long, Person> peopleById, List<Placement> placements) {

    static OrgSnapshot of(List<OrgUnit> units, List<Person> people, List<Placement> placements) {
        return new OrgSnapshot(
                units.stream().collect(Collectors.toMap(OrgUnit::code, Function.identity())),
                units.stream().collect(Collectors.toMap(OrgUnit::id, Function.identity())),
                people.stream().collect(Collectors.toMap(Person::username, Function.identity())),
                people.stream().collect(Collectors.toMap(Person::id, Function.identity())),
                placements);
    }

    String parentCodeOf(OrgUnit unit) {
        return unit.parentId() == null ? null : unitsById.get(unit.parentId()).code();
    }

    /** The stored placement with this natural key, if any. */
    Placement placement(String username, String unitCode, PlacementRole role, java.time.LocalDate validFrom) {
        Person person = peopleByUsername.get(username);
        OrgUnit unit = unitsByCode.get(unitCode);
        if (person == null || unit == null) {
            return null;
        }
        return placements.stream()
                .filter(p -> p.personId().equals(person.id()) && p.unitId().equals(unit.id()) && p.role() == role
                        && p.validFrom().equals(validFrom))
                .findFirst().orElse(null);
    }

    boolean unitDiffers(ImportPlan.UnitLine line) {
        OrgUnit unit = unitsByCode.get(line.code());
        return unit == null || !unit.name().equals(line.name()) || unit.type() != line.type()
                || !Objects.equals(parentCodeOf(unit), line.parentCode());
    }

    boolean personDiffers(ImportPlan.PersonLine line) {
        Person person = peopleByUsername.get(line.username());
        return person == null || !person.details().equals(line.details());
    }
}
