package se.vaksam.deviation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vaksam.VaksamTest;
import se.vaksam.support.WebClient;

/**
 * "Propose as risk" reaches next year's risk analysis end to end: a recurring category in 2033's
 * deviations (5 in Individ och familj, 3 in Arbetsmarknad) is proposed by the quality function; the
 * risk analysis 2034 of the committee lists it under "Förslag att pröva" with the pattern (year,
 * category, counts) as its basis; the coordinator adds it with one click and it becomes an unassessed
 * item of the analysis. The analysis of another year does not offer it.
 */
@VaksamTest
class PatternToRiskAnalysisTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aProposedPatternBecomesAProposalInNextYearsRiskAnalysis() {
        long category = jdbc.sql("select id from deviation_category where code = 'SEKRETESS'").query(Long.class).single();
        deviations("IFO", "IFO-BU-MOT-1", category, 5);
        deviations("AMA", null, category, 3);

        WebClient quality = new WebClient(port);
        quality.login("kval.controller", "vaksam");
        assertThat(quality.get("/quality?year=2033").body()).contains("Mönster: Sekretess");
        var proposed = quality.submit("/quality?year=2033", "/quality/patterns/propose", Map.of("year", "2033",
                "categoryId", Long.toString(category), "categoryName", "Sekretess", "areaUnitId", Long.toString(unit("IFO"))));
        assertThat(proposed.statusCode()).isEqualTo(302);
        long riskId = jdbc.sql("select proposed_risk_id from deviation_pattern where year = 2033 and category_id = ?")
                .param(category).query(Long.class).single();
        assertThat(quality.get("/quality?year=2033").body()).contains("Föreslaget som risk " + riskId + " till riskanalysen 2034");

        WebClient coordinator = new WebClient(port);
        coordinator.login("ik.samordnare", "vaksam");
        long analysis2034 = analysis(coordinator, 2034);
        long analysis2035 = analysis(coordinator, 2035);
        String page = coordinator.get("/risk-analyses/" + analysis2034).body();
        assertThat(page).contains("Förslag att pröva").contains("Återkommande avvikelser: Sekretess (2033)")
                .contains("Mönster i avvikelserna 2033, kategori Sekretess: 8 avvikelser i 2 av 2 verksamhetsområden")
                .contains("Individ och familj 5").contains("Avvikelser");
        assertThat(coordinator.get("/risk-analyses/" + analysis2035).body()).doesNotContain("Förslag att pröva");

        var added = coordinator.submit("/risk-analyses/" + analysis2034, "/risk-analyses/" + analysis2034 + "/risks",
                Map.of("riskId", Long.toString(riskId)));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from risk_analysis_item where analysis_id = ? and risk_id = ? and assessment_id is null")
                .params(analysis2034, riskId).query(Long.class).single()).isEqualTo(1);
        String after = coordinator.get("/risk-analyses/" + analysis2034).body();
        assertThat(after).doesNotContain("Förslag att pröva").contains("Återkommande avvikelser: Sekretess (2033)");

        // the API of the risk module lists the proposal too, for those who may read the risk
        assertThat(coordinator.get("/risks/" + riskId).body()).contains("Föreslagen för riskanalys år");
    }

    private long analysis(WebClient client, int year) {
        var created = client.submit("/risk-analyses", "/risk-analyses", Map.of("unitId", Long.toString(unit("ASF")),
                "year", Integer.toString(year), "heldOn", year + "-02-10", "participants", "Ledningsgruppen"));
        assertThat(created.statusCode()).isEqualTo(302);
        return Long.parseLong(created.headers().firstValue("Location").orElseThrow().replaceAll(".*/risk-analyses/(\\d+)$", "$1"));
    }

    private long unit(String code) {
        return jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
    }

    private void deviations(String area, String unitCode, long category, int n) {
        long areaId = unit(area);
        long unitId = unitCode == null ? jdbc.sql("select min(id) from org_unit where parent_id = ?").param(areaId)
                .query(Long.class).single() : unit(unitCode);
        jdbc.sql("""
                insert into deviation (case_number, kind, status, unit_id, area_unit_id, title, description, received_on,
                    reporter_kind, confidential, area_category_id)
                select 'PAT-' || nextval('deviation_case_number_seq'), 'QUALITY', 'CLOSED', ?, ?, 'Fixtur', 'Fixtur',
                       make_date(2033, 1 + g, 10), 'STAFF', false, ?
                from generate_series(0, ? - 1) g""").params(unitId, areaId, category, n).update();
    }
}
