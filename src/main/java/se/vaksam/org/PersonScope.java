package se.vaksam.org;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import se.vaksam.shared.Access;
import se.vaksam.shared.AccessScope;

/**
 * Who may see and change a person: readable when one of their current placements is in a
 * readable unit, or it is yourself, or you are administrator. The person's data (names, e-mail,
 * confidential flag) is changed only by the organisation's administrators: the system administrator,
 * and the internal-control coordinator for people placed in their scope; chefs and controllers place
 * people but do not change their data, and a person changes only their own e-mail. Someone with no
 * current placement belongs to no unit's chef: only the system administrator and the internal-control
 * coordinator may see, change and place them.
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

    /** Whether one may change all the person's data (see the class comment; yourself only your e-mail). */
    boolean canEdit(Person person) {
        AccessScope scope = access.current();
        if (scope.administrator()) {
            return true;
        }
        if (isSelf(person) || !scope.hasRole(PlacementRole.INTERNAL_CONTROL_COORDINATOR.name())) {
            return false;
        }
        List<Placement> current = current(placements.findByPersonId(person.id()));
        return current.isEmpty() || current.stream().anyMatch(p -> scope.canWrite(p.unitId()));
    }

    /** Whether the person is the signed-in person. */
    boolean isSelf(Person person) {
        return person.username().equals(access.current().username());
    }

    /** Whether one may give the person a new placement (at a unit one may change, checked separately). */
    boolean canPlace(Person person) {
        AccessScope scope = access.current();
        List<Placement> all = placements.findByPersonId(person.id());
        if (current(all).isEmpty()) {
            return mayManageUnplaced(scope);
        }
        return canRead(scope, person, all);
    }

    boolean canRead(AccessScope scope, Person person, List<Placement> placementsOfPerson) {
        List<Placement> current = current(placementsOfPerson);
        return scope.administrator() || person.username().equals(scope.username())
                || current.stream().anyMatch(p -> scope.canRead(p.unitId()))
                || current.isEmpty() && mayManageUnplaced(scope);
    }

    /** The system administrator and the internal-control coordinator look after people placed nowhere. */
    static boolean mayManageUnplaced(AccessScope scope) {
        return scope.administrator() || scope.hasRole(PlacementRole.INTERNAL_CONTROL_COORDINATOR.name());
    }

    List<Placement> current(List<Placement> all) {
        LocalDate today = today();
        return all.stream().filter(p -> p.isCurrent(today)).toList();
    }
}
