package se.vaksam.deviation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vaksam.VaksamTest;
import se.vaksam.shared.Access;
import se.vaksam.shared.AccessScope;

/**
 * The list a person sees is exactly the deviations of their readable units plus those assigned to them,
 * newest first, and keyset paging walks it without gaps or repeats — whatever way the query reads its
 * indexes (one range per unit, merged). The expected list is computed here by a plain query.
 */
@VaksamTest
class DeviationListTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Deviations deviations;

    @Autowired
    Access access;

    @Autowired
    DeviationManagement management;

    DeviationTestSupport support;

    @BeforeEach
    void deviationsInSeveralUnitsSomeAssignedElsewhere() {
        support = new DeviationTestSupport(jdbc, management);
        long own = support.unit("IFO-BU-MOT-1");
        long other = support.unit("IFO-BU-MOT-2");
        // 170 in the section head's own section, 60 in the neighbouring section (every tenth assigned to the
        // section head), many on the same days so the id breaks ties; kinds vary for the filter.
        jdbc.sql("""
                insert into deviation (case_number, kind, status, unit_id, title, description, received_on,
                    reporter_kind, confidential, assigned_username)
                select 'LIST-' || nextval('deviation_case_number_seq'),
                       case when g % 4 = 0 then 'LEX_SARAH' else 'QUALITY' end, 'ASSIGNED',
                       case when g < 170 then :own else :other end, 'Listtest ' || g, 'Listtest',
                       date '2026-01-01' + (g % 40), 'STAFF', false,
                       case when g >= 170 and g % 10 = 0 then 'ifo.sek.mot1' else 'ifo.sek.mot2' end
                from generate_series(0, 229) g""").param("own", own).param("other", other).update();
    }

    @AfterEach
    void removeTheListRows() {
        DeviationTestSupport.signOut();
        jdbc.sql("delete from deviation where case_number like 'LIST-%'").update();
    }

    @Test
    void aSectionHeadPagesThroughTheirUnitsAndTheirAssignmentsExactlyOnceInOrder() {
        DeviationTestSupport.signInAs("ifo.sek.mot1");
        AccessScope scope = access.current();
        assertThat(scope.administrator()).isFalse();
        List<Long> expected = jdbc.sql("""
                select id from deviation where unit_id = any(:units) or assigned_username = :me
                order by received_on desc, id desc""")
                .param("units", scope.readableUnitIds().toArray(Long[]::new)).param("me", "ifo.sek.mot1")
                .query(Long.class).list();
        assertThat(expected).hasSizeGreaterThan(3 * Deviations.PAGE_SIZE);

        assertThat(walk(ListFilter.none())).containsExactlyElementsOf(expected);
    }

    @Test
    void aKindFilterKeepsTheSameRuleAndOrder() {
        DeviationTestSupport.signInAs("ifo.sek.mot1");
        AccessScope scope = access.current();
        List<Long> expected = jdbc.sql("""
                select id from deviation where (unit_id = any(:units) or assigned_username = :me)
                and kind = 'LEX_SARAH' and received_on >= date '2026-01-01' and received_on < date '2027-01-01'
                order by received_on desc, id desc""")
                .param("units", scope.readableUnitIds().toArray(Long[]::new)).param("me", "ifo.sek.mot1")
                .query(Long.class).list();
        assertThat(expected).isNotEmpty();

        assertThat(walk(new ListFilter(DeviationKind.LEX_SARAH, null, null, 2026))).containsExactlyElementsOf(expected);
    }

    private List<Long> walk(ListFilter filter) {
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        do {
            Deviations.Page page = deviations.list(filter, cursor);
            assertThat(page.rows()).hasSizeLessThanOrEqualTo(Deviations.PAGE_SIZE);
            page.rows().forEach(row -> seen.add(row.id()));
            cursor = page.next();
        } while (cursor != null);
        return seen;
    }
}
