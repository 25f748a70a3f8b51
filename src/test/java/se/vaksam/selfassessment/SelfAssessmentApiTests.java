package se.vaksam.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vaksam.selfassessment.SelfAssessmentTestSupport.jsonId;
import static se.vaksam.selfassessment.SelfAssessmentTestSupport.jsonVersion;
import static se.vaksam.selfassessment.SelfAssessmentTestSupport.unitId;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;

/** /api/v1/self-assessments: start, answer, submit; stale versions and refusals as RFC 9457 problems in Swedish. */
@VaksamTest
class SelfAssessmentApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    @Test
    void startAnswerAndSubmitThroughTheApi() {
        ApiClient api = new ApiClient(port, tokens, "ik.samordnare");
        HttpResponse<String> created = api.send("POST", "/api/v1/self-assessments",
                "{\"committeeId\":" + unitId(jdbc, "ASN") + ",\"year\":2035}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/api/v1/self-assessments/"));
        assertThat(created.body()).contains("\"status\":\"DRAFT\"").contains("\"name\":\"Kontrollmiljö\"")
                .contains("\"criterion\":\"Ansvar och befogenheter tydliggjorda\"");
        long id = jsonId(created.body());

        HttpResponse<String> unrated = api.send("POST", "/api/v1/self-assessments/" + id + "/submit",
                "{\"version\":" + jsonVersion(created.body()) + "}");
        assertThat(unrated.statusCode()).isEqualTo(422);
        assertThat(unrated.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(unrated.body()).contains("Alla kriterier måste vara bedömda innan självskattningen skickas in; 19 saknar bedömning.");

        StringBuilder answers = new StringBuilder();
        jdbc.sql("select criterion_code from sa_answer where assessment_id = ?").param(id).query(String.class).list()
                .forEach(code -> answers.append(answers.isEmpty() ? "" : ",").append("{\"criterionCode\":\"")
                        .append(code).append("\",\"rating\":\"SATISFACTORY\",\"motivation\":\"Fungerar\"}"));
        HttpResponse<String> saved = api.send("PATCH", "/api/v1/self-assessments/" + id, "{\"summary\":\"Sammanfattat\","
                + "\"answers\":[" + answers + "],\"version\":" + jsonVersion(created.body()) + "}");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("\"ratingLabel\":\"Tillfredsställande\"").contains("\"summary\":\"Sammanfattat\"");

        HttpResponse<String> stale = api.send("PATCH", "/api/v1/self-assessments/" + id,
                "{\"summary\":\"Skriver över\",\"version\":" + jsonVersion(created.body()) + "}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Posten har ändrats av någon annan").doesNotContain("Ladda om sidan");

        HttpResponse<String> submitted = api.send("POST", "/api/v1/self-assessments/" + id + "/submit",
                "{\"version\":" + jsonVersion(saved.body()) + "}");
        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(submitted.body()).contains("\"status\":\"SUBMITTED\"").contains("\"submittedBy\":\"ik.samordnare\"")
                .contains("\"summary\":\"Sammanfattat\"");
        assertThat(api.get("/api/v1/self-assessments/" + id + "/history").body()).contains("\"action\":\"UPDATED\"")
                .contains("\"field\":\"status\",\"before\":\"DRAFT\",\"after\":\"SUBMITTED\"");
        assertThat(api.get("/api/v1/self-assessments").body()).contains("\"year\":2035");
    }

    @Test
    void anUnknownRatingIsRefusedInSwedish() {
        ApiClient api = new ApiClient(port, tokens, "admin");
        HttpResponse<String> created = api.send("POST", "/api/v1/self-assessments",
                "{\"committeeId\":" + unitId(jdbc, "ASN") + ",\"year\":2036}");
        HttpResponse<String> refused = api.send("PATCH", "/api/v1/self-assessments/" + jsonId(created.body()),
                "{\"answers\":[{\"criterionCode\":\"KM-1\",\"rating\":\"GREAT\"}],\"version\":0}");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Bedömningen GREAT finns inte i bedömningsskalan.");
    }

    @Test
    void theCriteriaAndScaleOfAYearAreReadable() {
        String json = new ApiClient(port, tokens, "revisor").get("/api/v1/self-assessments/criteria/2025").body();
        assertThat(json).contains("\"name\":\"Uppföljning/utvärdering\"")
                .contains("{\"code\":\"KI-3\",\"text\":\"Nya chefer får introduktion om intern kontroll\"}")
                .contains("\"label\":\"Ej tillfredsställande\"");
    }

    @Test
    void theOpenApiDescriptionNamesTheOperationsInSwedish() {
        se.vaksam.support.WebClient web = new se.vaksam.support.WebClient(port);
        web.login("admin", "vaksam");
        String docs = web.get("/v3/api-docs").body();
        assertThat(docs).contains("/api/v1/self-assessments/{id}/submit")
                .contains("Skicka självskattningen till kommunstyrelsen");
    }
}
