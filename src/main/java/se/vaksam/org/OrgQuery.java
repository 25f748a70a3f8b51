package se.vaksam.org;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How other modules read the organisation: plain records, never entities.
 */
public interface OrgQuery {

    Optional<UnitView> unit(long unitId);

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
     * The people placed with {@code role} at the unit or anywhere below it on {@code day} (e.g. every unit head
     * under a förvaltning), for target groups such as the annual wheel's. A default so that small test doubles
     * of this interface need not implement it; the real implementation is org's.
     */
    default List<PersonView> placedWith(String role, long unitId, LocalDate day) {
        throw new UnsupportedOperationException("placedWith");
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
