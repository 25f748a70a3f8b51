package se.vaksam.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vaksam.selfassessment.SelfAssessmentTestSupport.assessmentId;
import static se.vaksam.selfassessment.SelfAssessmentTestSupport.formVersion;
import static se.vaksam.selfassessment.SelfAssessmentTestSupport.motivation;
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

/** Filling in, saving and submitting through the pages: conflicts, validation and history. */
@VaksamTest
class SelfAssessmentEditingTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void twoPeopleSavingAtOnceTheSecondGetsAConflictAndNothingIsLost() {
        long id = started(2030);
        WebClient first = signedIn(port, "ik.samordnare");
        WebClient second = signedIn(port, "admin");
        String seen = formVersion(first.get("/self-assessments/" + id + "/edit").body());
        assertThat(formVersion(second.get("/self-assessments/" + id + "/edit").body())).isEqualTo(seen);

        HttpResponse<String> saved = first.submit("/self-assessments/" + id + "/edit", "/self-assessments/" + id,
                Map.of("version", seen, "rating-KM-1", "SATISFACTORY", "motivation-KM-1", "Samordnarens motivering"));
        assertThat(saved.statusCode()).isEqualTo(302);

        HttpResponse<String> conflict = second.submit("/self-assessments/" + id + "/edit", "/self-assessments/" + id,
                Map.of("version", seen, "rating-KM-1", "UNSATISFACTORY", "motivation-KM-1", "Administratörens motivering"));
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("Någon annan har sparat självskattningen medan du arbetade")
                .contains("Administratörens motivering");
        assertThat(motivation(jdbc, id, "KM-1")).isEqualTo("Samordnarens motivering");
    }

    @Test
    void submittingRequiresARatingForEveryCriterionAndASummaryAndSaysSoInSwedish() {
        long id = started(2031);
        WebClient web = signedIn(port, "ik.samordnare");
        String version = formVersion(web.get("/self-assessments/" + id).body());

        HttpResponse<String> refused = web.submit("/self-assessments/" + id, "/self-assessments/" + id + "/submit",
                Map.of("version", version));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("govuk-error-summary")
                .contains("Välj en bedömning för kriteriet: Ansvar och befogenheter tydliggjorda")
                .contains("href=\"#rating-UU-4\"")
                .contains("Skriv en sammanfattning innan självskattningen skickas in.");
        assertThat(status(id)).isEqualTo("DRAFT");
    }

    @Test
    void aCompleteSelfAssessmentIsSubmittedWithWhoAndWhenAndTheHistoryShowsTheChanges() {
        long id = started(2032);
        WebClient web = signedIn(port, "ik.samordnare");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", formVersion(web.get("/self-assessments/" + id + "/edit").body()));
        jdbc.sql("select criterion_code from sa_answer where assessment_id = ?").param(id).query(String.class).list()
                .forEach(code -> form.put("rating-" + code, "SATISFACTORY"));
        form.put("rating-KA-4", "PARTLY_SATISFACTORY");
        form.put("motivation-KA-4", "Granskaren kommer ibland från den granskade enheten.");
        form.put("summary", "Nämnden har ett systematiskt arbete med intern kontroll.");
        form.put("reason", "Beredning inför nämndens sammanträde");
        assertThat(web.submit("/self-assessments/" + id + "/edit", "/self-assessments/" + id, form).statusCode())
                .isEqualTo(302);

        String version = formVersion(web.get("/self-assessments/" + id).body());
        HttpResponse<String> submitted = web.submit("/self-assessments/" + id, "/self-assessments/" + id + "/submit",
                Map.of("version", version));
        assertThat(submitted.statusCode()).isEqualTo(302);

        String page = web.get("/self-assessments/" + id).body();
        assertThat(page).contains("Inskickad till kommunstyrelsen").contains("Ingrid Karlsson, ")
                .doesNotContain("Fyll i självskattningen")
                .contains("Historik").contains("Beredning inför nämndens sammanträde")
                .contains("<strong>Oberoende i förhållande till processen som granskas</strong>")
                .contains("Delvis tillfredsställande: Granskaren kommer ibland från den granskade enheten.");
        assertThat(status(id)).isEqualTo("SUBMITTED");
        assertThat(web.get("/self-assessments/" + id + "/edit").statusCode()).isEqualTo(422);
    }

    @Test
    void startingTwiceForTheSameYearIsRefusedInSwedish() {
        WebClient web = signedIn(port, "ik.samordnare");
        HttpResponse<String> refused = web.submit("/self-assessments", "/self-assessments",
                Map.of("committeeId", Long.toString(unitId(jdbc, "ASN")), "year", "2026"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Arbetsmarknads- och socialnämnden har redan en självskattning för 2026.");
    }

    private long started(int year) {
        WebClient web = signedIn(port, "ik.samordnare");
        HttpResponse<String> start = web.submit("/self-assessments", "/self-assessments",
                Map.of("committeeId", Long.toString(unitId(jdbc, "ASN")), "year", Integer.toString(year)));
        assertThat(start.statusCode()).isEqualTo(302);
        return assessmentId(jdbc, "ASN", year);
    }

    private String status(long id) {
        return jdbc.sql("select status from sa_assessment where id = ?").param(id).query(String.class).single();
    }
}
