package se.vaksam.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;

@VaksamTest
class RiskApiTests {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    /** The demo's risk analysis is last year's (2025 on the test clock). */
    private int lastYear() {
        return LocalDate.now(clock).getYear() - 1;
    }

    long id(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).list().get(0);
    }

    @Test
    void aSectionHeadSeesAndChangesOnlyRisksOfTheirSubtree() {
        ApiClient api = new ApiClient(port, tokens, "ifo.sek.mot1");
        HttpResponse<String> list = api.get("/api/v1/risks");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Utredningstider i barnavårdsutredningar")
                .doesNotContain("Bristande samordning i gemensamma ärenden").doesNotContain("Inköpsrutinen följs inte");

        long other = id("select id from risk where title = ?", "Bristande samordning i gemensamma ärenden");
        HttpResponse<String> get = api.get("/api/v1/risks/" + other);
        assertThat(get.statusCode()).isEqualTo(403);
        assertThat(get.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(api.get("/api/v1/risks/" + other + "/assessments").statusCode()).isEqualTo(403);

        long category = id("select id from risk_category where code = 'JURIDIK'");
        long ownUnit = id("select id from org_unit where code = 'IFO-BU-MOT-1'");
        long otherUnit = id("select id from org_unit where code = 'IFO-BU-MOT-2'");
        String body = """
                {"title":"API-risk","event":"handlingar inte diarieförs","cause":"hög arbetsbelastning",
                 "consequence":"att handlingar inte hittas","categoryId":%d,"unitId":%d,"origin":"DEPARTMENT"}""";
        HttpResponse<String> refused = api.send("POST", "/api/v1/risks", body.formatted(category, otherUnit));
        assertThat(refused.statusCode()).isEqualTo(403);
        HttpResponse<String> created = api.send("POST", "/api/v1/risks", body.formatted(category, ownUnit));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("Risk för att handlingar inte diarieförs på grund av hög arbetsbelastning, "
                + "vilket kan leda till att handlingar inte hittas.");

        long risk = id("select id from risk where title = 'API-risk'");
        HttpResponse<String> assessed = api.send("POST", "/api/v1/risks/" + risk + "/assessments",
                "{\"likelihood\":3,\"consequence\":3}");
        assertThat(assessed.statusCode()).isEqualTo(201);
        assertThat(assessed.body()).contains("\"bandName\":\"Mycket hög\"");
        HttpResponse<String> noReason = api.send("POST", "/api/v1/risks/" + risk + "/assessments",
                "{\"likelihood\":1,\"consequence\":1}");
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("Ange skäl när riskvärdet ändras.");
        assertThat(api.get("/api/v1/risks/" + risk + "/history").body()).contains("CREATED");
        HttpResponse<String> linked = api.send("POST", "/api/v1/risks/" + risk + "/links",
                "{\"recordType\":\"deviation.deviation\",\"recordId\":\"42\"}");
        assertThat(linked.statusCode()).isEqualTo(201);
        assertThat(api.get("/api/v1/risks/" + risk + "/links").body()).contains("\"recordId\":\"42\"");
        assertThat(api.send("POST", "/api/v1/risks/" + other + "/links",
                "{\"recordType\":\"deviation.deviation\",\"recordId\":\"43\"}").statusCode()).isEqualTo(403);

        HttpResponse<String> stale = api.send("PUT", "/api/v1/risks/" + risk, """
                {"title":"API-risk 2","event":"e","cause":"c","consequence":"k","categoryId":%d,"unitId":%d,
                 "origin":"DEPARTMENT","version":7}""".formatted(category, ownUnit));
        assertThat(stale.statusCode()).isEqualTo(409);
    }

    @Test
    void matricesAnalysesAndPlanCandidatesAreReadable() {
        ApiClient api = new ApiClient(port, tokens, "ik.samordnare");
        assertThat(api.get("/api/v1/risk-matrices").body()).contains("Standardmatris 4×4").contains("Osannolik");
        assertThat(api.get("/api/v1/risk-analyses").body()).contains("\"year\":" + lastYear());
        long analysis = id("select id from risk_analysis where year = ?", lastYear());
        assertThat(api.get("/api/v1/risk-analyses/" + analysis + "/heat-map").body()).contains("\"count\":1");
        assertThat(api.get("/api/v1/risk-analyses/candidates?year=" + lastYear()).body())
                .contains("DIRECT_ACTION").contains("REVIEW").doesNotContain("ACCEPTED");
        ApiClient section = new ApiClient(port, tokens, "ifo.sek.mot2");
        assertThat(section.get("/api/v1/risk-analyses/" + analysis).statusCode()).isEqualTo(403);
    }
}
