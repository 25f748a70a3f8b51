package se.vaksam.org;

import java.util.Optional;

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
