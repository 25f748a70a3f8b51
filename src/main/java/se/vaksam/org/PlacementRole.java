package se.vaksam.org;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The roles a person can be placed in at a unit (the {@code placement.role} column). What each
 * role may see and do is decided by the security module.
 */
public enum PlacementRole {
    SYSTEM_ADMINISTRATOR,
    INTERNAL_CONTROL_COORDINATOR,
    COMMITTEE_MEMBER,
    ADMINISTRATION_HEAD,
    DEPARTMENT_HEAD,
    UNIT_HEAD,
    SECTION_HEAD,
    EMPLOYEE,
    CONTROLLER,
    QUALITY_CONTROLLER,
    LEX_SARAH_INVESTIGATOR,
    AUDITOR;

    /** The line managers (<em>chefer</em>), from förvaltningschef down to sektionschef. */
    public static final Set<PlacementRole> HEADS = Set.copyOf(
            EnumSet.of(ADMINISTRATION_HEAD, DEPARTMENT_HEAD, UNIT_HEAD, SECTION_HEAD));

    /** The role with exactly this name, or empty. */
    public static Optional<PlacementRole> parse(String name) {
        for (PlacementRole role : values()) {
            if (role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
