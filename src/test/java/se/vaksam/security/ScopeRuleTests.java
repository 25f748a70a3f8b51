package se.vaksam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vaksam.VaksamTest;
import se.vaksam.shared.AccessScope;

/** The role-and-unit rule against the demo organisation on real PostgreSQL. */
@VaksamTest
class ScopeRuleTests {

    @Autowired
    ScopeCalculator calculator;

    @Autowired
    Grants grants;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSectionHeadReadsAndChangesOnlyTheirSection() {
        AccessScope scope = scopeOf("ifo.sek.mot1");
        assertThat(scope.readableUnitIds()).isEqualTo(units("IFO-BU-MOT-1"));
        assertThat(scope.writableUnitIds()).isEqualTo(units("IFO-BU-MOT-1"));
        assertThat(scope.canRead(unit("IFO-BU-MOT-2"))).isFalse();
        assertThat(scope.canRead(unit("IFO-BU-MOT"))).isFalse();
        assertThat(scope.roles()).containsExactly("SECTION_HEAD");
        assertThat(scope.administrator()).isFalse();
    }

    @Test
    void aUnitHeadReachesTheUnitAndItsSections() {
        AccessScope scope = scopeOf("ifo.enh.mot");
        Set<Long> unitAndSections = units("IFO-BU-MOT", "IFO-BU-MOT-1", "IFO-BU-MOT-2");
        assertThat(scope.readableUnitIds()).isEqualTo(unitAndSections);
        assertThat(scope.writableUnitIds()).isEqualTo(unitAndSections);
        assertThat(scope.canRead(unit("IFO-BU-UTR-1"))).isFalse();
    }

    @Test
    void aDepartmentHeadReachesTheWholeDepartment() {
        AccessScope scope = scopeOf("ifo.avd.bu");
        // the demo department's units, and whatever units other tests have added below it since
        Set<Long> department = subtree("IFO-BU");
        assertThat(department).containsAll(units("IFO-BU", "IFO-BU-MOT", "IFO-BU-MOT-1", "IFO-BU-MOT-2",
                "IFO-BU-UTR", "IFO-BU-UTR-1"));
        assertThat(scope.readableUnitIds()).isEqualTo(department);
        assertThat(scope.writableUnitIds()).isEqualTo(department);
        assertThat(scope.canRead(unit("IFO-VUX"))).isFalse();
    }

    @Test
    void theHeadOfAdministrationReachesTheWholeAdministrationButNotTheCommittee() {
        AccessScope scope = scopeOf("forv.chef");
        assertThat(scope.readableUnitIds()).isEqualTo(subtree("ASF"));
        assertThat(scope.writableUnitIds()).isEqualTo(subtree("ASF"));
        assertThat(scope.readableUnitIds()).contains(unit("BTS-TIL-TIL-1"), unit("AMA-EB-SYD-1"));
        assertThat(scope.canRead(unit("ASN"))).isFalse();
        assertThat(scope.canRead(unit("KS"))).isFalse();
    }

    @Test
    void anEmployeeReadsOwnSectionOnlyAndChangesNothing() {
        AccessScope scope = scopeOf("ifo.soc1");
        assertThat(scope.readableUnitIds()).isEqualTo(units("IFO-BU-MOT-1"));
        assertThat(scope.writableUnitIds()).isEmpty();
        assertThat(scope.canWrite(unit("IFO-BU-MOT-1"))).isFalse();
    }

    @Test
    void theAuditorAndCommitteeMembersReadTheCommitteesSubtreeAndChangeNothing() {
        for (String reader : new String[] {"revisor", "nl.ordf"}) {
            AccessScope scope = scopeOf(reader);
            assertThat(scope.readableUnitIds()).as(reader).isEqualTo(subtree("ASN"));
            assertThat(scope.readableUnitIds()).as(reader).contains(unit("ASF"), unit("IFO-BU-MOT-1"));
            assertThat(scope.writableUnitIds()).as(reader).isEmpty();
            assertThat(scope.canRead(unit("KS"))).as(reader).isFalse();
        }
    }

    @Test
    void theSystemAdministratorReachesEverything() {
        AccessScope scope = scopeOf("admin");
        assertThat(scope.administrator()).isTrue();
        for (long unit : subtree("MALMO")) {
            assertThat(scope.canRead(unit)).isTrue();
            assertThat(scope.canWrite(unit)).isTrue();
        }
    }

    @Test
    void anEndedPlacementGivesNoRights() {
        AccessScope scope = scopeOf("ifo.fss");
        assertThat(scope.canRead(unit("IFO-BU-MOT-2"))).isFalse();
        assertThat(scope.readableUnitIds()).isEqualTo(units("IFO-BU-MOT-1"));
        assertThat(scope.writableUnitIds()).isEmpty();
    }

    @Test
    void committeeLevelRolesAtTheFörvaltningManageTheCommitteesRecordsOtherWritersThereDoNot() {
        long committee = unit("ASN");
        for (String manager : new String[] {"ik.samordnare", "forv.chef"}) {
            AccessScope scope = scopeOf(manager);
            assertThat(scope.canWrite(committee)).as(manager).isFalse();
            assertThat(scope.managedCommitteeIds()).as(manager).containsExactly(committee);
            assertThat(scope.canManageCommittee(committee)).as(manager).isTrue();
            assertThat(scope.canManageCommittee(unit("KS"))).as(manager).isFalse();
        }
        for (String other : new String[] {"controller", "kval.controller", "ifo.avd.bu", "ifo.sek.mot1", "revisor",
                "nl.ordf", "lexsarah"}) {
            assertThat(scopeOf(other).canManageCommittee(committee)).as(other).isFalse();
        }
        assertThat(scopeOf("controller").canWrite(unit("ASF"))).as("writes the förvaltning").isTrue();
        assertThat(scopeOf("admin").canManageCommittee(committee)).isTrue();
        assertThat(AccessScope.anonymous().canManageCommittee(committee)).isFalse();
    }

    @Test
    void aPersonWithoutPlacementsReachesNothing() {
        AccessScope scope = scopeOf("nobody.here");
        assertThat(scope.readableUnitIds()).isEmpty();
        assertThat(scope.writableUnitIds()).isEmpty();
        assertThat(scope.roles()).isEmpty();
        assertThat(scope.personId()).isNull();
    }

    private AccessScope scopeOf(String username) {
        return calculator.scopeOf(username, grants.of(username));
    }

    private long unit(String code) {
        return jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
    }

    private Set<Long> units(String... codes) {
        return Stream.of(codes).map(this::unit).collect(Collectors.toSet());
    }

    private Set<Long> subtree(String code) {
        return Set.copyOf(jdbc.sql("""
                with recursive tree as (select id from org_unit where code = ?
                  union all select u.id from org_unit u join tree t on u.parent_id = t.id)
                select id from tree""").param(code).query(Long.class).list());
    }
}
