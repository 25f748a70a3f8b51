package se.vaksam.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vaksam.selfassessment.SelfAssessmentTestSupport.assessmentId;
import static se.vaksam.selfassessment.SelfAssessmentTestSupport.formVersion;
import static se.vaksam.selfassessment.SelfAssessmentTestSupport.motivation;
import static se.vaksam.selfassessment.SelfAssessmentTestSupport.signedIn;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;
import se.vaksam.support.WebClient;

/**
 * The committee's self-assessment is the committee's: its coordinator and the administrator
 * write, its members and auditors read, a sektionschef of the förvaltning sees nothing.
 */
@VaksamTest
class SelfAssessmentScopeTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    @Test
    void aSectionHeadGets403OnThePagesAndTheApiAndDoesNotSeeTheCommittee() {
        long id = assessmentId(jdbc, "ASN", 2026);
        WebClient web = signedIn(port, "ifo.sek.mot1");

        assertThat(web.get("/self-assessments/" + id).statusCode()).isEqualTo(403);
        assertThat(web.get("/self-assessments/" + id + "/edit").statusCode()).isEqualTo(403);
        assertThat(web.get("/self-assessments").body()).doesNotContain("Arbetsmarknads- och socialnämnden");
        ApiClient api = new ApiClient(port, tokens, "ifo.sek.mot1");
        assertThat(api.get("/api/v1/self-assessments/" + id).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/self-assessments").body()).isEqualTo("[]");
        assertThat(api.send("PATCH", "/api/v1/self-assessments/" + id, "{\"summary\":\"Intrång\",\"version\":0}")
                .statusCode()).isEqualTo(403);
    }

    @Test
    void aCommitteeMemberReadsButCannotChangeByPageOrApi() {
        long id = assessmentId(jdbc, "ASN", 2026);
        WebClient web = signedIn(port, "nl.ordf");
        String page = web.get("/self-assessments/" + id).body();
        assertThat(page).contains("Självskattning 2026").doesNotContain("Fyll i självskattningen")
                .doesNotContain("Skicka till kommunstyrelsen");
        assertThat(web.get("/self-assessments/" + id + "/edit").statusCode()).isEqualTo(403);
        assertThat(web.submit("/self-assessments/" + id, "/self-assessments/" + id, Map.of("version", "0",
                "summary", "Ordföranden skriver", "motivation-KM-1", "Ändrat")).statusCode()).isEqualTo(403);

        ApiClient api = new ApiClient(port, tokens, "nl.ordf");
        assertThat(api.get("/api/v1/self-assessments/" + id).statusCode()).isEqualTo(200);
        assertThat(api.send("PATCH", "/api/v1/self-assessments/" + id, "{\"summary\":\"Ordföranden skriver\",\"version\":0}")
                .statusCode()).isEqualTo(403);
        assertThat(api.send("POST", "/api/v1/self-assessments/" + id + "/submit", "{\"version\":0}").statusCode())
                .isEqualTo(403);
        assertThat(motivation(jdbc, id, "KM-1"))
                .isEqualTo("Ansvar och befogenheter framgår av nämndens riktlinje och förvaltningens rutin.");
    }

    @Test
    void theCityAuditorReadsTheCommitteesSelfAssessments() {
        long id = assessmentId(jdbc, "ASN", 2025);
        WebClient web = signedIn(port, "revisor");
        assertThat(web.get("/self-assessments").body()).contains("Självskattning 2025").contains("Självskattning 2026");
        assertThat(web.get("/self-assessments/" + id).body()).contains("Inskickad till kommunstyrelsen")
                .contains("Ingrid Karlsson, 2026-02-10");
    }

    @Test
    void theCoordinatorOfTheCommitteesAdministrationMayFillItIn() {
        long id = assessmentId(jdbc, "ASN", 2026);
        WebClient web = signedIn(port, "ik.samordnare");
        String page = web.get("/self-assessments/" + id).body();
        assertThat(page).contains("Fyll i självskattningen").contains("Skicka till kommunstyrelsen");
        String form = web.get("/self-assessments/" + id + "/edit").body();
        assertThat(form).contains("name=\"rating-KM-1\"");
        assertThat(formVersion(form)).isNotBlank();
    }

    @Test
    void theDraftIsATaskOnTheStartPageOfWhoWritesItNotOfWhoReadsIt() {
        assertThat(signedIn(port, "ik.samordnare").get("/").body())
                .contains("Självskattning att fylla i och skicka till kommunstyrelsen")
                .contains("Arbetsmarknads- och socialnämnden 2026");
        assertThat(signedIn(port, "nl.ordf").get("/").body())
                .doesNotContain("Självskattning att fylla i och skicka till kommunstyrelsen");
    }
}
