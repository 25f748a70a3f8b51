package se.vaksam.deviation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.vaksam.VaksamTest;
import se.vaksam.deviation.Drafts.StaffReport;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;

/**
 * A deviation refers only to things that exist (a unit, a category), or it is refused with a Swedish 422
 * that names the field; and a case number is taken only when the deviation is stored: a refused report, or
 * one whose transaction rolls back, leaves no gap in the year's numbers.
 */
@VaksamTest
class ReferencesAndCaseNumbersTests {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeviationManagement management;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aReportForAUnitThatDoesNotExistIsRefusedNamingTheField() {
        long before = deviations();
        for (long unitId : new long[] {-5, 999_999}) {
            HttpResponse<String> refused = report("admin", unitId, null);
            assertThat(refused.statusCode()).as("unit %d", unitId).isEqualTo(422);
            assertThat(refused.body()).contains("Det finns ingen enhet med id " + unitId + " (fältet unitId).");
        }
        assertThat(deviations()).isEqualTo(before);
    }

    @Test
    void aReportWithAnAreaThatIsNotAnAreaCategoryIsRefused() {
        long cause = jdbc.sql("select min(id) from deviation_category where list = 'CAUSE'").query(Long.class).single();
        HttpResponse<String> refused = report("ifo.soc1", unit("IFO-BU-MOT-1"), cause);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("(fältet areaCategoryId)");
        assertThat(report("ifo.soc1", unit("IFO-BU-MOT-1"), 999_999L).statusCode()).isEqualTo(422);
    }

    @Test
    void aRefusedReportTakesNoCaseNumber() {
        int first = number(created(report("ifo.soc1", unit("IFO-BU-MOT-1"), null)));
        assertThat(report("ifo.soc1", 999_999, null).statusCode()).isEqualTo(422);
        assertThat(report("ifo.soc1", unit("IFO-BU-MOT-1"), 999_999L).statusCode()).isEqualTo(422);
        int next = number(created(report("ifo.soc1", unit("IFO-BU-MOT-1"), null)));
        assertThat(next).isEqualTo(first + 1);
    }

    @Test
    void aReportWhoseTransactionRollsBackGivesItsCaseNumberBack() {
        int first = number(created(report("ifo.soc1", unit("IFO-BU-MOT-1"), null)));
        DeviationTestSupport.signInAs("ifo.soc1");
        try {
            assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                management.report(new StaffReport(DeviationKind.QUALITY, unit("IFO-BU-MOT-1"), "Återkallad",
                        "Något gick fel efter att ärendet fått sitt nummer.", null, null, null));
                throw new IllegalStateException("failed after numbering");
            })).hasMessage("failed after numbering");
        } finally {
            DeviationTestSupport.signOut();
        }
        int next = number(created(report("ifo.soc1", unit("IFO-BU-MOT-1"), null)));
        assertThat(next).isEqualTo(first + 1);
    }

    private HttpResponse<String> report(String username, long unitId, Long areaCategoryId) {
        return new ApiClient(port, tokens, username).send("POST", "/api/v1/deviations", """
                {"kind":"QUALITY","unitId":%d,"title":"Nummerprov","description":"Journalanteckning saknades.",\
                "areaCategoryId":%s}""".formatted(unitId, areaCategoryId));
    }

    private long created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Long.parseLong(response.body().replaceAll("(?s).*?\"id\"\\s*:\\s*(\\d+).*", "$1"));
    }

    /** The running number of the deviation's case number AVV-year-number. */
    private int number(long id) {
        String caseNumber = jdbc.sql("select case_number from deviation where id = ?").param(id).query(String.class)
                .single();
        assertThat(caseNumber).matches("AVV-\\d{4}-\\d{6}");
        return Integer.parseInt(caseNumber.substring(caseNumber.lastIndexOf('-') + 1));
    }

    private long unit(String code) {
        return jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
    }

    private long deviations() {
        return jdbc.sql("select count(*) from deviation").query(Long.class).single();
    }
}
