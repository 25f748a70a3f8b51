package se.vaksam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.vaksam.shared.AccessScope;
import se.vaksam.shared.Capability;

/** The table of who may do what, as the rules it should keep. */
class AuthorisationModelTests {

    @Test
    void onlyTheRolesThatWriteSomewhereMayChangeRecords() {
        Set<Role> writers = Arrays.stream(Role.values()).filter(r -> r.write() != Role.Reach.NONE)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        assertThat(AuthorisationModel.roles(Capability.CHANGE_RECORDS)).isEqualTo(writers)
                .doesNotContain(Role.AUDITOR, Role.COMMITTEE_MEMBER, Role.EMPLOYEE, Role.LEX_SARAH_INVESTIGATOR);
    }

    @Test
    void theSystemAdministratorHoldsEveryCapability() {
        AccessScope admin = scope(true, Role.SYSTEM_ADMINISTRATOR);
        for (Capability capability : Capability.values()) {
            assertThat(AuthorisationModel.permits(true, admin, capability)).as(capability.name()).isTrue();
            assertThat(AuthorisationModel.roles(capability)).as(capability.name()).contains(Role.SYSTEM_ADMINISTRATOR);
        }
    }

    @Test
    void someoneNotSignedInHoldsOnlyPublic() {
        for (Capability capability : Capability.values()) {
            assertThat(AuthorisationModel.permits(false, AccessScope.anonymous(), capability)).as(capability.name())
                    .isEqualTo(capability == Capability.PUBLIC);
        }
    }

    @Test
    void theAuditorReadsButChangesNothingAndReportsNoDeviationFromInside() {
        AccessScope auditor = scope(false, Role.AUDITOR);
        assertThat(AuthorisationModel.permits(true, auditor, Capability.SIGNED_IN)).isTrue();
        assertThat(EnumSet.complementOf(EnumSet.of(Capability.PUBLIC, Capability.SIGNED_IN)))
                .allSatisfy(c -> assertThat(AuthorisationModel.permits(true, auditor, c)).as(c.name()).isFalse());
    }

    @Test
    void aCommitteeMemberChangesNoRecordsButTakesPartInDeviations() {
        AccessScope member = scope(false, Role.COMMITTEE_MEMBER);
        assertThat(AuthorisationModel.permits(true, member, Capability.CHANGE_RECORDS)).isFalse();
        assertThat(AuthorisationModel.permits(true, member, Capability.HANDLE_DEVIATIONS)).isTrue();
    }

    @Test
    void anyOneRoleThatHoldsTheCapabilityIsEnough() {
        AccessScope auditorAndCoordinator = scope(false, Role.AUDITOR, Role.INTERNAL_CONTROL_COORDINATOR);
        assertThat(AuthorisationModel.permits(true, auditorAndCoordinator, Capability.READ_ACCESS_LOG)).isTrue();
        assertThat(AuthorisationModel.permits(true, auditorAndCoordinator, Capability.ADMINISTER_SYSTEM)).isFalse();
    }

    @Test
    void theUrlRulesUseTheSameRoles() {
        assertThat(AuthorisationModel.roleNames(Capability.READ_ACCESS_LOG))
                .containsExactlyInAnyOrder("SYSTEM_ADMINISTRATOR", "INTERNAL_CONTROL_COORDINATOR");
        assertThat(AuthorisationModel.roleNames(Capability.ADMINISTER_SYSTEM)).containsExactly("SYSTEM_ADMINISTRATOR");
    }

    static AccessScope scope(boolean administrator, Role... roles) {
        return new AccessScope("someone", 1L, administrator, Set.of(1L), Set.of(),
                Arrays.stream(roles).map(Role::name).collect(Collectors.toSet()));
    }
}
