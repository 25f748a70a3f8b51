package se.vaksam.security;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.vaksam.org.OrgQuery;
import se.vaksam.org.OrgQuery.PlacementView;
import se.vaksam.shared.AccessScope;

/**
 * Computes a person's {@link AccessScope} from their placements valid today and the
 * organisation tree. This is the single implementation of the role-and-unit rule.
 */
@Component
class ScopeCalculator {

    private final OrgQuery org;
    private final Clock clock;

    ScopeCalculator(OrgQuery org, Clock clock) {
        this.org = org;
        this.clock = clock;
    }

    AccessScope scopeOf(String username) {
        List<PlacementView> placements = org.placementsOf(username, LocalDate.now(clock));
        Long personId = org.person(username).map(OrgQuery.PersonView::id).orElse(null);
        Set<Long> readable = new HashSet<>();
        Set<Long> writable = new HashSet<>();
        Set<String> roles = new HashSet<>();
        boolean admin = false;
        for (PlacementView placement : placements) {
            Role role = Role.parse(placement.role()).orElse(null);
            if (role == null) {
                continue;
            }
            roles.add(role.name());
            admin |= role.read() == Role.Reach.ALL;
            readable.addAll(reach(role.read(), placement.unitId()));
            writable.addAll(reach(role.write(), placement.unitId()));
        }
        return new AccessScope(username, personId, admin, Set.copyOf(readable), Set.copyOf(writable), Set.copyOf(roles));
    }

    private Set<Long> reach(Role.Reach reach, long unitId) {
        return switch (reach) {
            case NONE, ALL -> Set.of();
            case OWN_UNIT -> Set.of(unitId);
            case SUBTREE -> org.subtree(unitId);
        };
    }
}
