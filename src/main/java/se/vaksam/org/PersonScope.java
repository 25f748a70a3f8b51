package se.vaksam.org;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import se.vaksam.shared.Access;
import se.vaksam.shared.AccessScope;

/**
 * Who may see and change a person: readable when one of their current placements is in a
 * readable unit, or it is yourself, or you are administrator; changeable when a current
 * placement is in a unit you may change (or, for someone placed nowhere, when you may change
 * any unit).
 */
@Component
class PersonScope {

    private final Access access;
    private final PlacementRepository placements;
    private final Clock clock;

    PersonScope(Access access, PlacementRepository placements, Clock clock) {
        this.access = access;
        this.placements = placements;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    boolean canRead(Person person) {
        return canRead(access.current(), person, placements.findByPersonId(person.id()));
    }

    boolean canEdit(Person person) {
        AccessScope scope = access.current();
        List<Placement> current = current(placements.findByPersonId(person.id()));
        if (scope.administrator() || current.stream().anyMatch(p -> scope.canWrite(p.unitId()))) {
            return true;
        }
        return current.isEmpty() && !scope.writableUnitIds().isEmpty();
    }

    boolean canRead(AccessScope scope, Person person, List<Placement> placementsOfPerson) {
        return scope.administrator() || person.username().equals(scope.username())
                || current(placementsOfPerson).stream().anyMatch(p -> scope.canRead(p.unitId()));
    }

    List<Placement> current(List<Placement> all) {
        LocalDate today = today();
        return all.stream().filter(p -> p.isCurrent(today)).toList();
    }
}
