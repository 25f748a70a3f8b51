package se.vaksam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.vaksam.org.OrgQuery;

/** How an OIDC identity's claims become roles at units (plain unit test, no database). */
class GrantsTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneId.of("Europe/Stockholm"));
    private static final Map<String, Long> UNITS = Map.of("IFO-BU-MOT-1", 11L, "IFO-BU", 9L);

    private final OrgQuery org = new OnePlacementOrg();

    @Test
    void withoutARolesClaimTheRolesComeFromVaksamsPlacements() {
        Grants grants = grants(new OidcProperties(null, null, null, null));
        assertThat(grants.of("anna", Map.of("roles", List.of("AUDITOR"))))
                .containsExactly(new Grant(Role.SECTION_HEAD, 11L));
    }

    @Test
    void withARolesClaimMappedValuesBecomeRolesAtThePersonsUnitsAndUnknownValuesAreIgnored() {
        Grants grants = grants(new OidcProperties(null, "realm_access.roles", Map.of("vaksam-revisor", "AUDITOR"), null));
        Map<String, Object> claims = Map.of("realm_access", Map.of("roles",
                List.of("vaksam-revisor", "EMPLOYEE", "offline_access", "uma_authorization")));
        assertThat(grants.of("anna", claims))
                .containsExactlyInAnyOrder(new Grant(Role.AUDITOR, 11L), new Grant(Role.EMPLOYEE, 11L));
    }

    @Test
    void aUnitsClaimNamesTheUnitsByCodeAndUnknownCodesAreIgnored() {
        Grants grants = grants(new OidcProperties(null, "roles", Map.of(), "units"));
        Map<String, Object> claims = Map.of("roles", List.of("DEPARTMENT_HEAD"), "units", List.of("IFO-BU", "NOPE"));
        assertThat(grants.of("anna", claims)).containsExactly(new Grant(Role.DEPARTMENT_HEAD, 9L));
    }

    @Test
    void aClaimedSystemAdministratorNeedsNoUnit() {
        Grants grants = grants(new OidcProperties(null, "roles", Map.of(), null));
        assertThat(grants.of("nobody", Map.of("roles", "SYSTEM_ADMINISTRATOR")))
                .containsExactly(new Grant(Role.SYSTEM_ADMINISTRATOR, null));
    }

    @Test
    void claimValuesMayBeAListOrASpaceSeparatedString() {
        assertThat(Grants.values(Map.of("r", "A B,C"), "r")).containsExactly("A", "B", "C");
        assertThat(Grants.values(Map.of("r", List.of("A", "B")), "r")).containsExactly("A", "B");
        assertThat(Grants.values(Map.of("r", 42), "r")).isEmpty();
        assertThat(Grants.values(Map.of(), "a.b")).isEmpty();
    }

    @Test
    void theUsernameClaimDefaultsToPreferredUsername() {
        assertThat(OidcProperties.defaults().usernameClaim()).isEqualTo("preferred_username");
        assertThat(new OidcProperties("email", "", null, " ").rolesClaim()).isNull();
    }

    private Grants grants(OidcProperties properties) {
        return new Grants(org, code -> Optional.ofNullable(UNITS.get(code)), properties, CLOCK);
    }

    /** Anna is sektionschef at unit 11; nobody else has placements. */
    private static final class OnePlacementOrg implements OrgQuery {

        @Override
        public java.util.List<PersonView> searchPeople(String search, int limit) {
            return java.util.List.of();
        }

        @Override
        public java.util.Map<String, PersonView> peopleByUsername(java.util.Collection<String> usernames) {
            return java.util.Map.of();
        }

        @Override
        public Optional<UnitView> unit(long unitId) {
            return Optional.empty();
        }

        @Override
        public Optional<UnitView> unitByCode(String code) {
            return Optional.empty();
        }

        @Override
        public Set<Long> subtree(long unitId) {
            return Set.of(unitId);
        }

        @Override
        public List<UnitView> ancestors(long unitId) {
            return List.of();
        }

        @Override
        public List<PlacementView> placementsOf(String username, LocalDate day) {
            return username.equals("anna")
                    ? List.of(new PlacementView(1, 1, 11, "SECTION_HEAD", LocalDate.of(2020, 1, 1), null))
                    : List.of();
        }

        @Override
        public Optional<PersonView> person(String username) {
            return Optional.empty();
        }

        @Override
        public java.util.Map<Long, UnitView> units(java.util.Collection<Long> unitIds) {
            return java.util.Map.of();
        }

        @Override
        public java.util.Map<Long, PersonView> people(java.util.Collection<Long> personIds) {
            return java.util.Map.of();
        }

        @Override
        public List<PersonView> peopleWithRole(String role, long unitId, LocalDate day) {
            return List.of();
        }

        @Override
        public List<PersonView> nearestHeads(long unitId, LocalDate day) {
            return List.of();
        }

        @Override
        public List<PersonView> peopleIn(long unitId, LocalDate day) {
            return List.of();
        }
    }
}
