package se.vaksam.security;

import static se.vaksam.security.Role.ADMINISTRATION_HEAD;
import static se.vaksam.security.Role.AUDITOR;
import static se.vaksam.security.Role.COMMITTEE_MEMBER;
import static se.vaksam.security.Role.CONTROLLER;
import static se.vaksam.security.Role.DEPARTMENT_HEAD;
import static se.vaksam.security.Role.EMPLOYEE;
import static se.vaksam.security.Role.INTERNAL_CONTROL_COORDINATOR;
import static se.vaksam.security.Role.LEX_SARAH_INVESTIGATOR;
import static se.vaksam.security.Role.QUALITY_CONTROLLER;
import static se.vaksam.security.Role.SECTION_HEAD;
import static se.vaksam.security.Role.SYSTEM_ADMINISTRATOR;
import static se.vaksam.security.Role.UNIT_HEAD;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Who may grant which role (the grant rule, <em>vem får ge vilken roll</em>). A role held at a unit lets one
 * grant the roles in its row of {@link #GRANTABLE}, at that unit and below; line managers grant their own role
 * (an acting chef, a successor) and the roles below it, never one above. The {@link #PRIVILEGED} roles open confidential records or everything, so only a system
 * administrator grants them (with a reason). Nobody grants, changes or ends their own placements.
 */
final class GrantRule {

    /** Roles that open confidential records (or the whole system): granted only by a system administrator. */
    static final Set<Role> PRIVILEGED;

    static {
        EnumSet<Role> privileged = EnumSet.of(SYSTEM_ADMINISTRATOR, LEX_SARAH_INVESTIGATOR, QUALITY_CONTROLLER);
        privileged.addAll(AccessLogReaders.FOLLOW_UP_ROLES);
        PRIVILEGED = Set.copyOf(privileged);
    }

    /** The roles each role may grant at its own unit and below (a system administrator grants every role). */
    static final Map<Role, Set<Role>> GRANTABLE = Map.of(
            INTERNAL_CONTROL_COORDINATOR, EnumSet.of(COMMITTEE_MEMBER, ADMINISTRATION_HEAD, DEPARTMENT_HEAD,
                    UNIT_HEAD, SECTION_HEAD, EMPLOYEE, CONTROLLER, AUDITOR),
            ADMINISTRATION_HEAD, EnumSet.of(ADMINISTRATION_HEAD, DEPARTMENT_HEAD, UNIT_HEAD, SECTION_HEAD, EMPLOYEE,
                    CONTROLLER),
            DEPARTMENT_HEAD, EnumSet.of(DEPARTMENT_HEAD, UNIT_HEAD, SECTION_HEAD, EMPLOYEE),
            UNIT_HEAD, EnumSet.of(UNIT_HEAD, SECTION_HEAD, EMPLOYEE),
            SECTION_HEAD, EnumSet.of(SECTION_HEAD, EMPLOYEE));

    /** Why a grant is refused: the message key (Swedish text in the security bundle). */
    enum Refusal {
        OWN_PLACEMENT("security.grant.own"),
        ADMINISTRATOR_ONLY("security.grant.administratorOnly"),
        NOT_COVERED("security.grant.notCovered");

        private final String messageKey;

        Refusal(String messageKey) {
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    private GrantRule() {
    }

    /** Whether a role held lets one grant the role (unit scope aside). */
    static boolean grants(Role held, Role granted) {
        if (held == SYSTEM_ADMINISTRATOR) {
            return true;
        }
        return !PRIVILEGED.contains(granted) && GRANTABLE.getOrDefault(held, Set.of()).contains(granted);
    }

    /**
     * Why the granter may not grant the role at the unit to the person, or empty if they may.
     *
     * @param granterPersonId the granter's person record (null if none)
     * @param granterGrants the granter's own roles at units
     * @param subtree the unit and every unit below it
     * @param personId the person to be placed (null: not created yet)
     */
    static Optional<Refusal> check(Long granterPersonId, Collection<Grant> granterGrants,
            Function<Long, Set<Long>> subtree, Long personId, Role role, long unitId) {
        if (personId != null && personId.equals(granterPersonId)) {
            return Optional.of(Refusal.OWN_PLACEMENT);
        }
        boolean administrator = granterGrants.stream().anyMatch(g -> g.role() == SYSTEM_ADMINISTRATOR);
        if (administrator) {
            return Optional.empty();
        }
        if (PRIVILEGED.contains(role)) {
            return Optional.of(Refusal.ADMINISTRATOR_ONLY);
        }
        boolean covered = granterGrants.stream().anyMatch(g -> g.unitId() != null && grants(g.role(), role)
                && subtree.apply(g.unitId()).contains(unitId));
        return covered ? Optional.empty() : Optional.of(Refusal.NOT_COVERED);
    }
}
