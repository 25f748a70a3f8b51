package se.vaksam.security;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vaksam.security.Role.Reach.ALL;
import static se.vaksam.security.Role.Reach.NONE;
import static se.vaksam.security.Role.Reach.OWN_UNIT;
import static se.vaksam.security.Role.Reach.SUBTREE;

import org.junit.jupiter.api.Test;

class RoleTests {

    @Test
    void onlyTheSystemAdministratorReachesEverything() {
        assertThat(Role.SYSTEM_ADMINISTRATOR.read()).isEqualTo(ALL);
        assertThat(Role.SYSTEM_ADMINISTRATOR.write()).isEqualTo(ALL);
        for (Role role : Role.values()) {
            if (role != Role.SYSTEM_ADMINISTRATOR) {
                assertThat(role.read()).as(role.name()).isNotEqualTo(ALL);
                assertThat(role.write()).as(role.name()).isNotEqualTo(ALL);
            }
        }
    }

    @Test
    void managersReadAndChangeTheirWholeSubtree() {
        for (Role manager : new Role[] {Role.ADMINISTRATION_HEAD, Role.DEPARTMENT_HEAD, Role.UNIT_HEAD,
                Role.SECTION_HEAD, Role.INTERNAL_CONTROL_COORDINATOR}) {
            assertThat(manager.read()).as(manager.name()).isEqualTo(SUBTREE);
            assertThat(manager.write()).as(manager.name()).isEqualTo(SUBTREE);
        }
    }

    @Test
    void anEmployeeReadsOwnUnitAndChangesNothing() {
        assertThat(Role.EMPLOYEE.read()).isEqualTo(OWN_UNIT);
        assertThat(Role.EMPLOYEE.write()).isEqualTo(NONE);
    }

    @Test
    void auditorsCommitteeMembersAndLexSarahInvestigatorsOnlyRead() {
        for (Role reader : new Role[] {Role.AUDITOR, Role.COMMITTEE_MEMBER, Role.LEX_SARAH_INVESTIGATOR}) {
            assertThat(reader.read()).as(reader.name()).isEqualTo(SUBTREE);
            assertThat(reader.write()).as(reader.name()).isEqualTo(NONE);
        }
    }

    @Test
    void writingNeverReachesFurtherThanReading() {
        for (Role role : Role.values()) {
            assertThat(role.write().ordinal()).as(role.name()).isLessThanOrEqualTo(role.read().ordinal());
        }
    }

    @Test
    void rolesParseByExactNameAndGiveSpringAuthorities() {
        assertThat(Role.parse("SECTION_HEAD")).contains(Role.SECTION_HEAD);
        assertThat(Role.parse("section_head")).isEmpty();
        assertThat(Role.parse("CHEF")).isEmpty();
        assertThat(Role.AUDITOR.authority()).isEqualTo("ROLE_AUDITOR");
    }
}
