package se.vaksam.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vaksam.selfassessment.SelfAssessmentTestSupport.assessmentId;
import static se.vaksam.selfassessment.SelfAssessmentTestSupport.signedIn;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;
import se.vaksam.support.WebClient;

/** The demo committee's 2026 draft shows its 2025 answers beside, on the page, the form and in the API. */
@VaksamTest
class LastYearBesideTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    @Test
    void theViewPageShowsLastYearsRatingAndMotivationBesideThisYearsAndComparesTheAreas() {
        long id = assessmentId(jdbc, "ASN", 2026);
        HttpResponse<String> page = signedIn(port, "ik.samordnare").get("/self-assessments/" + id);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Självskattning 2026").contains("Bedömning 2026").contains("Bedömning 2025")
                .contains("Motivering 2025")
                .contains("Ansvar och befogenheter framgår av nämndens riktlinje och förvaltningens rutin.")
                .contains("Arbetet har påbörjats men är ännu inte genomfört i alla delar av förvaltningen.")
                .contains("Jämförelse med föregående år").contains("Tillfredsställande 2025");
        assertThat(page.body()).contains("<td class=\"govuk-table__cell vk-last-year\">Delvis tillfredsställande</td>");
    }

    @Test
    void theFormShowsLastYearsAnswerAtEachCriterion() {
        long id = assessmentId(jdbc, "ASN", 2026);
        String form = signedIn(port, "ik.samordnare").get("/self-assessments/" + id + "/edit").body();

        assertThat(form).contains("id=\"last-KA-4\"").contains("Bedömning 2025:")
                .contains("Delvis tillfredsställande</span><span> – Arbetet har påbörjats men är ännu inte genomfört");
    }

    @Test
    void theApiGivesLastYearsAnswerWithEachCriterion() {
        long id = assessmentId(jdbc, "ASN", 2026);
        String json = new ApiClient(port, tokens, "nl.ordf").get("/api/v1/self-assessments/" + id).body();

        assertThat(json).contains("\"criterionCode\":\"KI-3\"").contains("\"lastYearRating\":\"PARTLY_SATISFACTORY\"")
                .contains("\"year\":2026");
    }
}
