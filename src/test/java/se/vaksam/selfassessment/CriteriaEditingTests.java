package se.vaksam.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vaksam.selfassessment.SelfAssessmentTestSupport.assessmentId;
import static se.vaksam.selfassessment.SelfAssessmentTestSupport.formVersion;
import static se.vaksam.selfassessment.SelfAssessmentTestSupport.signedIn;
import static se.vaksam.selfassessment.SelfAssessmentTestSupport.unitId;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vaksam.VaksamTest;
import se.vaksam.support.WebClient;

/** The kommun's criteria are data per year; editing them never rewrites what committees answered. */
@VaksamTest
class CriteriaEditingTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aYearWithoutCriteriaStartsFromTheDefaultSetOfTheReference() {
        String page = signedIn(port, "nl.ordf").get("/self-assessments/criteria?year=2025").body();
        assertThat(page).contains("Kommungemensamma kriterier 2025").contains("Kontrollmiljö").contains("Riskanalys")
                .contains("Kontrollaktiviteter").contains("Kommunikation/information").contains("Uppföljning/utvärdering")
                .contains("Oberoende i förhållande till processen som granskas")
                .contains("Tillfredsställande").contains("Delvis tillfredsställande").contains("Ej tillfredsställande")
                .doesNotContain("Ändra kriterierna");
    }

    @Test
    void editingTheCriteriaAfterACommitteeAnsweredLeavesItsAnswersAsTheyWere() {
        long kommun = unitId(jdbc, "MALMO");
        WebClient coordinator = signedIn(port, "ik.samordnare");
        assertThat(coordinator.submit("/self-assessments", "/self-assessments", Map.of("committeeId",
                Long.toString(unitId(jdbc, "ASN")), "year", "2040")).statusCode()).isEqualTo(302);
        long id = assessmentId(jdbc, "ASN", 2040);

        WebClient admin = signedIn(port, "admin");
        String page = admin.get("/self-assessments/criteria?year=2040").body();
        assertThat(page).contains("Ändra kriterierna");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("year", "2040");
        form.put("version", formVersion(page));
        form.put("area-0-name", "Kontrollmiljö och styrning");
        form.put("area-0-criteria", "Ansvar och befogenheter är tydliggjorda i delegationsordningen\n"
                + "Anvisningar antagna för intern kontroll");
        form.put("area-1-name", "Riskanalys");
        form.put("area-1-criteria", "Risker bedöms utifrån sannolikhet och konsekvens och dokumenteras");
        HttpResponse<String> saved = admin.submit("/self-assessments/criteria?year=2040", "/self-assessments/criteria", form);
        assertThat(saved.statusCode()).isEqualTo(302);

        assertThat(admin.get("/self-assessments/criteria?year=2040").body())
                .contains("Ansvar och befogenheter är tydliggjorda i delegationsordningen")
                .doesNotContain("Uppföljning/utvärdering");
        assertThat(jdbc.sql("select count(*) from sa_criterion c join sa_area a on a.id = c.area_id "
                + "join sa_criteria_set s on s.id = a.set_id where s.municipality_id = ? and s.year = 2040")
                .param(kommun).query(Integer.class).single()).isEqualTo(3);

        String answered = coordinator.get("/self-assessments/" + id).body();
        assertThat(answered).contains("Ansvar och befogenheter tydliggjorda")
                .doesNotContain("delegationsordningen").contains("Uppföljning/utvärdering")
                .contains("Återkoppling till berörda medarbetare");
        assertThat(jdbc.sql("select count(*) from sa_answer where assessment_id = ?").param(id).query(Integer.class)
                .single()).isEqualTo(19);
    }

    @Test
    void onlyWhoeverMayChangeTheKommunEditsItsCriteria() {
        WebClient coordinator = signedIn(port, "ik.samordnare");
        String page = coordinator.get("/self-assessments/criteria?year=2041").body();
        assertThat(page).doesNotContain("Ändra kriterierna");
        HttpResponse<String> refused = coordinator.submit("/self-assessments/criteria?year=2041",
                "/self-assessments/criteria", Map.of("year", "2041", "version", "0", "area-0-name", "Eget område",
                        "area-0-criteria", "Eget kriterium"));
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void anAreaWithoutCriteriaIsRefusedInSwedish() {
        WebClient admin = signedIn(port, "admin");
        String page = admin.get("/self-assessments/criteria?year=2042").body();
        HttpResponse<String> refused = admin.submit("/self-assessments/criteria?year=2042", "/self-assessments/criteria",
                Map.of("year", "2042", "version", formVersion(page), "area-0-name", "Kontrollmiljö", "area-0-criteria", ""));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Ange minst ett kriterium för området Kontrollmiljö.");
    }

    @Test
    void theKommunCopiesTheCriteriaFromThePreviousYearKeepingTheirCodes() {
        WebClient admin = signedIn(port, "admin");
        String next = admin.get("/self-assessments/criteria?year=2051").body();
        String page = admin.get("/self-assessments/criteria?year=2050").body();
        assertThat(admin.submit("/self-assessments/criteria?year=2050", "/self-assessments/criteria", Map.of("year", "2050",
                "version", formVersion(page), "area-0-name", "Styrning", "area-0-criteria", "Ett kriterium för 2050"))
                .statusCode()).isEqualTo(302);
        assertThat(next).doesNotContain("Ett kriterium för 2050");

        HttpResponse<String> copied = admin.submit("/self-assessments/criteria?year=2051", "/self-assessments/criteria/copy",
                Map.of("year", "2051", "version", formVersion(next)));
        assertThat(copied.statusCode()).isEqualTo(302);

        assertThat(admin.get("/self-assessments/criteria?year=2051").body()).contains("Kriterierna är kopierade")
                .contains("Ett kriterium för 2050").doesNotContain("Kommunikation/information");
        assertThat(jdbc.sql("select count(distinct c.code) from sa_criterion c join sa_area a on a.id = c.area_id "
                + "join sa_criteria_set s on s.id = a.set_id where s.year in (2050, 2051)").query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void renamingAStepOfTheRatingScaleLeavesGivenRatingsAsTheyWere() {
        WebClient admin = signedIn(port, "admin");
        try {
            HttpResponse<String> saved = admin.submit("/self-assessments/criteria?year=2025", "/self-assessments/ratings",
                    Map.of("year", "2025", "rating-SATISFACTORY", "Tillfredsställande",
                            "rating-PARTLY_SATISFACTORY", "Delvis uppfyllt", "rating-UNSATISFACTORY", "Ej tillfredsställande"));
            assertThat(saved.statusCode()).isEqualTo(302);
            assertThat(admin.get("/self-assessments/criteria?year=2025").body()).contains("Delvis uppfyllt");

            String answered = admin.get("/self-assessments/" + assessmentId(jdbc, "ASN", 2025)).body();
            assertThat(answered).contains("<td class=\"govuk-table__cell\">Delvis tillfredsställande</td>")
                    .doesNotContain("<td class=\"govuk-table__cell\">Delvis uppfyllt</td>");
            assertThat(signedIn(port, "ik.samordnare").submit("/self-assessments/criteria?year=2025",
                    "/self-assessments/ratings", Map.of("year", "2025", "rating-SATISFACTORY", "Bra")).statusCode())
                    .isEqualTo(403);
        } finally {
            jdbc.sql("update sa_rating set label = 'Delvis tillfredsställande' where code = 'PARTLY_SATISFACTORY'").update();
        }
    }
}
