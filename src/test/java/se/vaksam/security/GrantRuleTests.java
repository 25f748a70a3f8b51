package se.vaksam.security;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vaksam.security.GrantRule.Refusal.ADMINISTRATOR_ONLY;
import static se.vaksam.security.GrantRule.Refusal.NOT_COVERED;
import static se.vaksam.security.GrantRule.Refusal.OWN_PLACEMENT;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The grant rule table: who may grant which role where. Plain unit tests, no database. */
class GrantRuleTests {

    // a förvaltning 1 with a unit 2 and its sections 3 and 4; another förvaltning 9
    private static final Map<Long, Set<Long>> TREE = Map.of(1L, Set.of(1L, 2L, 3L, 4L), 2L, Set.of(2L, 3L, 4L),
            3L, Set.of(3L), 4L, Set.of(4L), 9L, Set.of(9L));

    private static final long ME = 100L;
    private static final long SOMEONE = 200L;

    private static Optional<GrantRule.Refusal> check(Grant held, Role role, long unit) {
        return GrantRule.check(ME, List.of(held), TREE::get, SOMEONE, role, unit);
    }

    @Test
    void nobodyGrantsChangesOrEndsTheirOwnPlacementsNotEvenTheAdministrator() {
        assertThat(GrantRule.check(ME, List.of(new Grant(Role.SECTION_HEAD, 3L)), TREE::get, ME, Role.EMPLOYEE, 3L))
                .contains(OWN_PLACEMENT);
        assertThat(GrantRule.check(ME, List.of(new Grant(Role.SYSTEM_ADMINISTRATOR, 1L)), TREE::get, ME,
                Role.LEX_SARAH_INVESTIGATOR, 3L)).contains(OWN_PLACEMENT);
    }

    @Test
    void aSectionHeadPlacesEmployeesAndAnActingSectionHeadInTheirSectionButNoRoleAboveAndNotElsewhere() {
        Grant sectionHead = new Grant(Role.SECTION_HEAD, 3L);
        assertThat(check(sectionHead, Role.EMPLOYEE, 3L)).isEmpty();
        assertThat(check(sectionHead, Role.SECTION_HEAD, 3L)).isEmpty();
        assertThat(check(sectionHead, Role.UNIT_HEAD, 3L)).contains(NOT_COVERED);
        assertThat(check(sectionHead, Role.CONTROLLER, 3L)).contains(NOT_COVERED);
        assertThat(check(sectionHead, Role.DEPARTMENT_HEAD, 3L)).contains(NOT_COVERED);
        assertThat(check(sectionHead, Role.ADMINISTRATION_HEAD, 3L)).contains(NOT_COVERED);
        assertThat(check(sectionHead, Role.EMPLOYEE, 4L)).contains(NOT_COVERED);
    }

    @Test
    void lineManagersGrantTheirOwnRoleAndTheRolesBelowInTheirSubtree() {
        assertThat(check(new Grant(Role.UNIT_HEAD, 2L), Role.SECTION_HEAD, 4L)).isEmpty();
        assertThat(check(new Grant(Role.UNIT_HEAD, 2L), Role.UNIT_HEAD, 2L)).isEmpty();
        assertThat(check(new Grant(Role.UNIT_HEAD, 2L), Role.DEPARTMENT_HEAD, 2L)).contains(NOT_COVERED);
        assertThat(check(new Grant(Role.DEPARTMENT_HEAD, 2L), Role.UNIT_HEAD, 2L)).isEmpty();
        assertThat(check(new Grant(Role.ADMINISTRATION_HEAD, 1L), Role.CONTROLLER, 1L)).isEmpty();
        assertThat(check(new Grant(Role.ADMINISTRATION_HEAD, 1L), Role.DEPARTMENT_HEAD, 9L)).contains(NOT_COVERED);
    }

    @Test
    void rolesThatOpenConfidentialRecordsComeOnlyFromASystemAdministrator() {
        for (Role privileged : List.of(Role.LEX_SARAH_INVESTIGATOR, Role.QUALITY_CONTROLLER,
                Role.INTERNAL_CONTROL_COORDINATOR, Role.SYSTEM_ADMINISTRATOR)) {
            assertThat(GrantRule.PRIVILEGED).contains(privileged);
            for (Role held : List.of(Role.INTERNAL_CONTROL_COORDINATOR, Role.ADMINISTRATION_HEAD, Role.SECTION_HEAD,
                    Role.CONTROLLER, Role.QUALITY_CONTROLLER, Role.LEX_SARAH_INVESTIGATOR)) {
                assertThat(check(new Grant(held, 1L), privileged, 3L)).as(held + " grants " + privileged)
                        .contains(ADMINISTRATOR_ONLY);
            }
            assertThat(check(new Grant(Role.SYSTEM_ADMINISTRATOR, null), privileged, 3L)).isEmpty();
        }
    }

    @Test
    void theAccessLogReadersArePrivileged() {
        assertThat(GrantRule.PRIVILEGED).containsAll(AccessLogReaders.FOLLOW_UP_ROLES);
    }

    @Test
    void controllersAuditorsAndEmployeesGrantNothing() {
        for (Role held : List.of(Role.CONTROLLER, Role.QUALITY_CONTROLLER, Role.LEX_SARAH_INVESTIGATOR, Role.AUDITOR,
                Role.COMMITTEE_MEMBER, Role.EMPLOYEE)) {
            for (Role role : Role.values()) {
                assertThat(GrantRule.grants(held, role)).as(held + " grants " + role).isFalse();
            }
        }
    }

    @Test
    void theCoordinatorGrantsTheOrdinaryRolesInTheirFörvaltning() {
        Grant coordinator = new Grant(Role.INTERNAL_CONTROL_COORDINATOR, 1L);
        assertThat(check(coordinator, Role.ADMINISTRATION_HEAD, 1L)).isEmpty();
        assertThat(check(coordinator, Role.CONTROLLER, 2L)).isEmpty();
        assertThat(check(coordinator, Role.AUDITOR, 1L)).isEmpty();
        assertThat(check(coordinator, Role.EMPLOYEE, 9L)).contains(NOT_COVERED);
    }

    @Test
    void aSystemAdministratorMayGrantEveryRoleAndTheOthersNoPrivilegedOne() {
        for (Role role : Role.values()) {
            assertThat(GrantRule.grants(Role.SYSTEM_ADMINISTRATOR, role)).as(role.name()).isTrue();
        }
        assertThat(GrantRule.grants(Role.INTERNAL_CONTROL_COORDINATOR, Role.SYSTEM_ADMINISTRATOR)).isFalse();
        assertThat(GrantRule.grants(Role.EMPLOYEE, Role.EMPLOYEE)).as("a role that grants nothing").isFalse();
    }

    @Test
    void everyRefusalHasItsOwnMessage() {
        assertThat(OWN_PLACEMENT.messageKey()).isEqualTo("security.grant.own");
        assertThat(ADMINISTRATOR_ONLY.messageKey()).isEqualTo("security.grant.administratorOnly");
        assertThat(NOT_COVERED.messageKey()).isEqualTo("security.grant.notCovered");
    }
}
