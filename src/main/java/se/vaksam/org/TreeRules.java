package se.vaksam.org;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import se.vaksam.shared.DomainException;

/** The rules of the organisation tree: allowed parent types and no cycles. Pure functions. */
final class TreeRules {

    private TreeRules() {
    }

    /** Whether a unit of {@code type} may hang under a unit of {@code parentType} (null: be a root). */
    static boolean allowedParent(OrgUnitType type, OrgUnitType parentType) {
        return parentType == null ? type.allowedParents().isEmpty() : type.allowedParents().contains(parentType);
    }

    static void requireAllowedParent(OrgUnitType type, OrgUnitType parentType) {
        if (allowedParent(type, parentType)) {
            return;
        }
        if (parentType == null) {
            throw new DomainException("org.error.parentRequired", label(type));
        }
        throw new DomainException("org.error.parentType", label(type), label(parentType));
    }

    /**
     * Whether hanging {@code unit} under {@code newParent} would put it below itself, walking
     * up from the new parent with {@code parentOf} (which answers null at a root).
     */
    static <K> boolean createsCycle(K unit, K newParent, Function<K, K> parentOf) {
        Set<K> seen = new HashSet<>();
        for (K current = newParent; current != null; current = parentOf.apply(current)) {
            if (current.equals(unit)) {
                return true;
            }
            if (!seen.add(current)) {
                return false; // a cycle above, not through the unit: reported for its own members
            }
        }
        return false;
    }

    /** Every node of a parent map that lies on a cycle, in the map's order. */
    static <K> Set<K> inCycles(Map<K, K> parentOf) {
        Set<K> result = new LinkedHashSet<>();
        for (K node : parentOf.keySet()) {
            if (createsCycle(node, parentOf.get(node), parentOf::get)) {
                result.add(node);
            }
        }
        return result;
    }

    /** A message argument that resolves to the Swedish (or English) name of the type. */
    static DefaultMessageSourceResolvable label(OrgUnitType type) {
        return new DefaultMessageSourceResolvable(new String[] {"org.type." + type.name()}, type.name());
    }
}
