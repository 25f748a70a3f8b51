package se.vaksam.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.vaksam.org.OrgTestSupport.personId;
import static se.vaksam.org.OrgTestSupport.unitId;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import se.vaksam.VaksamTest;
import se.vaksam.history.HistoryQuery;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.ForbiddenException;

/** Changes the demo tree (new and moved units), so later test classes get a fresh database. */
@VaksamTest
@DirtiesContext
class OrgManagementTests {

    @Autowired
    OrgManagement management;

    @Autowired
    HistoryQuery history;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signIn() {
        OrgTestSupport.signInAs("admin");
    }

    @AfterEach
    void signOut() {
        OrgTestSupport.signOut();
    }

    @Test
    void movingAUnitBelowItselfIsRefusedAsACycle() {
        long department = unitId(jdbc, "IFO-VUX");
        long ownSection = unitId(jdbc, "IFO-VUX-MB-1");
        assertThatThrownBy(() -> management.moveUnit(department, ownSection, "test"))
                .isInstanceOf(DomainException.class).hasMessage("org.error.cycle");
        assertThat(parentCode("IFO-VUX")).isEqualTo("IFO");
    }

    @Test
    void movingAUnitUnderAParentTypeThatIsNotAllowedIsRefused() {
        assertThatThrownBy(() -> management.moveUnit(unitId(jdbc, "AMA-ARB-JOB-1"), unitId(jdbc, "ASN"), "test"))
                .isInstanceOf(DomainException.class).hasMessage("org.error.parentType");
        assertThat(parentCode("AMA-ARB-JOB-1")).isEqualTo("AMA-ARB-JOB");
    }

    @Test
    void movingASectionToAnotherUnitIsRecordedWithParentBeforeAndAfter() {
        long section = unitId(jdbc, "BTS-BO-BOS-1");
        management.moveUnit(section, unitId(jdbc, "BTS-BO"), "Enheten avvecklas");
        assertThat(parentCode("BTS-BO-BOS-1")).isEqualTo("BTS-BO");
        HistoryQuery.Entry entry = history.historyOf("org.unit", Long.toString(section)).get(0);
        assertThat(entry.reason()).isEqualTo("Enheten avvecklas");
        assertThat(entry.changes()).containsExactly(new HistoryQuery.Change("parent", "BTS-BO-BOS", "BTS-BO"));
    }

    @Test
    void aSectionHeadMayNotCreateAUnitOutsideTheirSection() {
        OrgTestSupport.signInAs("ifo.sek.mot1");
        assertThatThrownBy(() -> management.createUnit(
                new OrgManagement.UnitDraft("NY-S", "Ny", OrgUnitType.SECTION, unitId(jdbc, "IFO-BU-MOT")), null))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void placingAndEndingAPlacementIsRecorded() {
        long person = management.createPerson(new OrgManagement.PersonDetails("ny.person", "Ny", "Person",
                "ny@vaksam.example", "Socialsekreterare", false), "Nyanställd");
        long placement = management.addPlacement(person, unitId(jdbc, "BTS-TIL-TIL-1"), PlacementRole.EMPLOYEE,
                LocalDate.of(2025, 1, 1), null, "Nyanställd");
        management.endPlacement(placement, LocalDate.of(2025, 6, 30), "Slutade");
        assertThat(history.historyOf("org.placement", Long.toString(placement)))
                .extracting(HistoryQuery.Entry::action).containsExactly("UPDATED", "CREATED");
        assertThat(history.historyOf("org.placement", Long.toString(placement)).get(0).changes())
                .containsExactly(new HistoryQuery.Change("validTo", null, "2025-06-30"));
        assertThatThrownBy(() -> management.endPlacement(placement, LocalDate.of(2024, 1, 1), null))
                .hasMessage("org.error.placementDates");
        assertThat(personId(jdbc, "ny.person")).isEqualTo(person);
    }

    private String parentCode(String code) {
        return jdbc.sql("select p.code from org_unit u join org_unit p on p.id = u.parent_id where u.code = ?")
                .param(code).query(String.class).single();
    }
}
