package se.vaksam.org;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import se.vaksam.org.ImportPlan.PersonLine;
import se.vaksam.org.ImportPlan.PlacementLine;
import se.vaksam.org.ImportPlan.UnitLine;
import se.vaksam.org.OrgChanges.PersonState;
import se.vaksam.org.OrgChanges.PlacementState;
import se.vaksam.org.OrgChanges.UnitState;

/**
 * Writes a checked import: creates what is new, changes what differs, leaves the rest alone
 * (so importing an export changes nothing), recording each change in the history.
 */
@Component
class ImportWriter {

    private final OrgUnitRepository units;
    private final PersonRepository people;
    private final PlacementRepository placements;
    private final OrgChanges changes;

    ImportWriter(OrgUnitRepository units, PersonRepository people, PlacementRepository placements, OrgChanges changes) {
        this.units = units;
        this.people = people;
        this.placements = placements;
        this.changes = changes;
    }

    /** Answers how many records were created or changed. */
    int write(ImportPlan plan, OrgSnapshot stored, String reason) {
        Map<String, OrgUnit> unitsByCode = new HashMap<>(stored.unitsByCode());
        Map<String, Person> peopleByUsername = new HashMap<>(stored.peopleByUsername());
        int changed = 0;
        for (UnitLine line : parentsFirst(plan.units(), stored)) {
            changed += writeUnit(line, unitsByCode, stored, reason);
        }
        for (PersonLine line : plan.people()) {
            changed += writePerson(line, peopleByUsername, reason);
        }
        for (PlacementLine line : plan.placements()) {
            changed += writePlacement(line, unitsByCode, peopleByUsername, stored, reason);
        }
        return changed;
    }

    private int writeUnit(UnitLine line, Map<String, OrgUnit> unitsByCode, OrgSnapshot stored, String reason) {
        OrgUnit parent = line.parentCode() == null ? null : unitsByCode.get(line.parentCode());
        UnitState after = new UnitState(line.code(), line.name(), line.type(), line.parentCode());
        OrgUnit existing = unitsByCode.get(line.code());
        if (existing == null) {
            OrgUnit created = units.save(OrgUnit.create(line.code(), line.name(), line.type(), parent));
            unitsByCode.put(created.code(), created);
            changes.created(OrgChanges.UNIT, created.id(), after, reason);
            return 1;
        }
        if (!stored.unitDiffers(line)) {
            return 0;
        }
        UnitState before = new UnitState(existing.code(), existing.name(), existing.type(), stored.parentCodeOf(existing));
        existing.replace(line.name(), line.type(), parent);
        units.save(existing);
        changes.updated(OrgChanges.UNIT, existing.id(), before, after, reason);
        return 1;
    }

    private int writePerson(PersonLine line, Map<String, Person> peopleByUsername, String reason) {
        Person existing = peopleByUsername.get(line.username());
        if (existing == null) {
            Person created = people.save(Person.create(line.details()));
            peopleByUsername.put(created.username(), created);
            changes.created(OrgChanges.PERSON, created.id(), PersonState.of(created), reason);
            return 1;
        }
        if (existing.details().equals(line.details())) {
            return 0;
        }
        PersonState before = PersonState.of(existing);
        existing.edit(line.details(), existing.version());
        people.save(existing);
        changes.updated(OrgChanges.PERSON, existing.id(), before, PersonState.of(existing), reason);
        return 1;
    }

    private int writePlacement(PlacementLine line, Map<String, OrgUnit> unitsByCode, Map<String, Person> peopleByUsername,
            OrgSnapshot stored, String reason) {
        PlacementState after = new PlacementState(line.username(), line.unitCode(), line.role(), line.validFrom(),
                line.validTo());
        Placement existing = stored.placement(line.username(), line.unitCode(), line.role(), line.validFrom());
        if (existing == null) {
            Placement created = placements.save(Placement.create(peopleByUsername.get(line.username()).id(),
                    unitsByCode.get(line.unitCode()).id(), line.role(), line.validFrom(), line.validTo()));
            changes.created(OrgChanges.PLACEMENT, created.id(), after, reason);
            return 1;
        }
        if (Objects.equals(existing.validTo(), line.validTo())) {
            return 0;
        }
        PlacementState before = new PlacementState(line.username(), line.unitCode(), line.role(), line.validFrom(),
                existing.validTo());
        existing.changeEnd(line.validTo());
        placements.save(existing);
        changes.updated(OrgChanges.PLACEMENT, existing.id(), before, after, reason);
        return 1;
    }

    /** The unit lines ordered so that every parent comes before its children, as the tree will be after the import. */
    private static List<UnitLine> parentsFirst(List<UnitLine> lines, OrgSnapshot stored) {
        Map<String, String> parentOf = new LinkedHashMap<>();
        stored.unitsByCode().values().forEach(u -> parentOf.put(u.code(), stored.parentCodeOf(u)));
        lines.forEach(l -> parentOf.put(l.code(), l.parentCode()));
        Map<String, Integer> depth = new HashMap<>();
        for (String code : parentOf.keySet()) {
            int d = 0;
            for (String p = parentOf.get(code); p != null && d < 100; p = parentOf.get(p)) {
                d++;
            }
            depth.put(code, d);
        }
        return lines.stream().sorted(java.util.Comparator.comparingInt(l -> depth.get(l.code()))).toList();
    }
}
