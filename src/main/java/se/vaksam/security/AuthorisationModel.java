package se.vaksam.security;

import static se.vaksam.security.Role.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import se.vaksam.shared.AccessScope;
import se.vaksam.shared.Capability;

/**
 * The one table of who may do what: which roles hold each {@link Capability}. Pages, API operations,
 * the menu and the URL rules all ask it; nothing else grants a capability. {@link Capability#PUBLIC} and
 * {@link Capability#SIGNED_IN} need no role. The system administrator holds every capability.
 * docs/security.md shows the same table, and a test keeps the two equal.
 */
final class AuthorisationModel {

    private static final Map<Capability, Set<Role>> TABLE = new EnumMap<>(Capability.class);

    static {
        TABLE.put(Capability.PUBLIC, EnumSet.allOf(Role.class));
        TABLE.put(Capability.SIGNED_IN, EnumSet.allOf(Role.class));
        TABLE.put(Capability.CHANGE_RECORDS, EnumSet.of(SYSTEM_ADMINISTRATOR, INTERNAL_CONTROL_COORDINATOR,
                ADMINISTRATION_HEAD, DEPARTMENT_HEAD, UNIT_HEAD, SECTION_HEAD, CONTROLLER, QUALITY_CONTROLLER));
        TABLE.put(Capability.HANDLE_DEVIATIONS, EnumSet.complementOf(EnumSet.of(AUDITOR)));
        TABLE.put(Capability.ADMINISTER_QUALITY_LISTS, EnumSet.of(SYSTEM_ADMINISTRATOR,
                INTERNAL_CONTROL_COORDINATOR, QUALITY_CONTROLLER));
        TABLE.put(Capability.READ_ACCESS_LOG, EnumSet.of(SYSTEM_ADMINISTRATOR, INTERNAL_CONTROL_COORDINATOR));
        TABLE.put(Capability.ADMINISTER_ORGANISATION, EnumSet.of(SYSTEM_ADMINISTRATOR,
                INTERNAL_CONTROL_COORDINATOR));
        TABLE.put(Capability.ADMINISTER_SYSTEM, EnumSet.of(SYSTEM_ADMINISTRATOR));
    }

    private AuthorisationModel() {
    }

    /** The roles that hold the capability. */
    static Set<Role> roles(Capability capability) {
        return Collections.unmodifiableSet(TABLE.get(capability));
    }

    /** The same roles as names, for Spring Security's URL rules ({@code hasAnyRole}). */
    static String[] roleNames(Capability capability) {
        return TABLE.get(capability).stream().map(Role::name).toArray(String[]::new);
    }

    /**
     * Whether a person holds the capability: anyone holds {@link Capability#PUBLIC}, anyone signed in holds
     * {@link Capability#SIGNED_IN}, and the others need one of the capability's roles.
     */
    static boolean permits(boolean signedIn, AccessScope scope, Capability capability) {
        return switch (capability) {
            case PUBLIC -> true;
            case SIGNED_IN -> signedIn;
            default -> signedIn && (scope.administrator() || TABLE.get(capability).stream()
                    .anyMatch(role -> scope.hasRole(role.name())));
        };
    }
}
