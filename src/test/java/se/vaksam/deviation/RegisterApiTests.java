package se.vaksam.deviation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;
import se.vaksam.support.ApiContract;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two registers of the kvalitetsberättelse's appendices are resources of their own, each with
 * its documented paths: a list in a stable order (by operational area, then as registered), one
 * entry, add, change and remove. What Vaksam registered itself (a completed log follow-up) stays.
 */
@VaksamTest
class RegisterApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeviationManagement management;

    @Autowired
    QualityRegisters registers;

    @Test
    void eachRegisterHasItsOwnDocumentedPaths() {
        JsonNode paths = JSON.readTree(ApiContract.of(port).document()).path("paths");
        for (String register : List.of("/api/v1/self-inspections", "/api/v1/risk-analyses-sosfs")) {
            assertThat(paths.path(register).has("get")).as(register).isTrue();
            assertThat(paths.path(register).has("post")).as(register).isTrue();
            assertThat(paths.path(register + "/{id}").has("get")).as(register).isTrue();
            assertThat(paths.path(register + "/{id}").has("put")).as(register).isTrue();
            assertThat(paths.path(register + "/{id}").has("delete")).as(register).isTrue();
        }
        assertThat(paths.has("/api/v1/{path}")).isFalse();
    }

    @Test
    void aSelfInspectionIsListedInRegistrationOrderAndRemovedWithTheVersionRead() {
        ApiClient unit = new ApiClient(port, tokens, "ifo.enh.mot");
        long first = add(unit, "/api/v1/self-inspections", "Journalgranskning januari");
        long second = add(unit, "/api/v1/self-inspections", "Journalgranskning februari");

        assertThat(ids(unit.get("/api/v1/self-inspections?year=2027"))).containsSubsequence(first, second);

        HttpResponse<String> stale = unit.send("DELETE", "/api/v1/self-inspections/" + first + "?version=7", "");
        assertThat(stale.statusCode()).isEqualTo(409);
        HttpResponse<String> removed = unit.send("DELETE", "/api/v1/self-inspections/" + first + "?version=0", "");
        assertThat(removed.statusCode()).isEqualTo(204);
        assertThat(unit.get("/api/v1/self-inspections/" + first).statusCode()).isEqualTo(404);
        assertThat(ids(unit.get("/api/v1/self-inspections?year=2027"))).doesNotContain(first).contains(second);
    }

    @Test
    void aSosfsRiskAnalysisIsRemovedOnlyByThoseWhoMayChangeItsUnit() {
        ApiClient unit = new ApiClient(port, tokens, "ifo.enh.mot");
        long id = add(unit, "/api/v1/risk-analyses-sosfs", "Ny organisation för mottagningen");

        HttpResponse<String> auditor = new ApiClient(port, tokens, "revisor")
                .send("DELETE", "/api/v1/risk-analyses-sosfs/" + id + "?version=0", "");
        assertThat(auditor.statusCode()).isEqualTo(403);
        assertThat(unit.send("DELETE", "/api/v1/risk-analyses-sosfs/" + id + "?version=0", "").statusCode())
                .isEqualTo(204);
        assertThat(unit.get("/api/v1/risk-analyses-sosfs/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void aSelfInspectionVaksamRegisteredStays() {
        long unitId = new DeviationTestSupport(jdbc, management).unit("IFO-BU-MOT");
        long id = registers.recordSelfInspection(new QualityRegisters.EntryDraft(2027, unitId, "Logguppföljning",
                "Mottagningsenheten", "Inga avvikelser", null, null), "check.logReview");

        HttpResponse<String> refused = new ApiClient(port, tokens, "admin")
                .send("DELETE", "/api/v1/self-inspections/" + id + "?version=0", "");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("registrerades av Vaksam");
    }

    private long add(ApiClient api, String register, String title) {
        long unitId = new DeviationTestSupport(jdbc, management).unit("IFO-BU-MOT");
        HttpResponse<String> added = api.send("POST", register, """
                {"year":2027,"unitId":%d,"title":"%s","place":"Mottagningsenheten","result":"Inga anmärkningar"}"""
                .formatted(unitId, title));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        return JSON.readTree(added.body()).path("id").asLong();
    }

    private static List<Long> ids(HttpResponse<String> list) {
        assertThat(list.statusCode()).isEqualTo(200);
        return JSON.readTree(list.body()).valueStream().map(entry -> entry.path("id").asLong()).toList();
    }
}
