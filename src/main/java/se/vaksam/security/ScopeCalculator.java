package se.vaksam.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.vaksam.org.OrgQuery;
import se.vaksam.org.OrgUnitType;
import se.vaksam.shared.AccessScope;

/**
 * Computes a person's {@link AccessScope} from their grants (roles at units) and the
 * organisation tree. This is the single implementation of the role-and-unit rule.
 */
@Component
class ScopeCalculator {

    private final OrgQuery org;

    ScopeCalculator(OrgQuery org) {
        this.org = org;
    }

    AccessScope scopeOf(String username, Collection<Grant> grants) {
        Long personId = org.person(username).map(OrgQuery.PersonView::id).orElse(null);
        Set<Long> readable = new HashSet<>();
        Set<Long> writable = new HashSet<>();
        Set<String> roles = new HashSet<>();
        Set<Long> committees = new HashSet<>();
        boolean admin = false;
        for (Grant grant : grants) {
            Role role = grant.role();
            roles.add(role.name());
            admin |= role.read() == Role.Reach.ALL;
            readable.addAll(reach(role.read(), grant.unitId()));
            writable.addAll(reach(role.write(), grant.unitId()));
            committeeOf(role, grant.unitId()).ifPresent(committees::add);
        }
        return new AccessScope(username, personId, admin, Set.copyOf(readable), Set.copyOf(writable),
                Set.copyOf(roles), Set.copyOf(committees));
    }

    /**
     * The committee-level rule: a committee-level role (coordinator, förvaltningschef) held at a förvaltning
     * manages the records of the committee directly above it.
     */
    private Optional<Long> committeeOf(Role role, Long unitId) {
        if (!role.committeeLevel() || unitId == null) {
            return Optional.empty();
        }
        return org.unit(unitId).filter(u -> u.type() == OrgUnitType.ADMINISTRATION && u.parentId() != null)
                .flatMap(u -> org.unit(u.parentId())).filter(u -> u.type() == OrgUnitType.COMMITTEE)
                .map(OrgQuery.UnitView::id);
    }

    private Set<Long> reach(Role.Reach reach, Long unitId) {
        if (unitId == null) {
            return Set.of();
        }
        return switch (reach) {
            case NONE, ALL -> Set.of();
            case OWN_UNIT -> Set.of(unitId);
            case SUBTREE -> org.subtree(unitId);
        };
    }
}
