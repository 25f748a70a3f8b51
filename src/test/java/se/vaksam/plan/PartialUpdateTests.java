package se.vaksam.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vaksam.RobustnessTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;

/**
 * Updates through the API change what was sent and nothing else, refuse a request without its
 * main part with a 400 naming it, and answer a stale version with a 409 in an API's words.
 */
@RobustnessTest
class PartialUpdateTests {

    private static final String REVIEW_ITEM = """
            {"kind":"REVIEW","title":"Attest","responsibleUnitId":%d,"period":"T2","reviewKind":"NAMNDENS",
             "purpose":"Kontrollera attest"}""";

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    private long id(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).list().get(0);
    }

    @Test
    void aReviewReportWithoutTablesKeepsTheTablesAlreadyAttached() {
        ApiClient api = new ApiClient(port, tokens, "ik.samordnare");
        long unit = id("select id from org_unit where code = 'AMA-EB'");
        long plan = draftPlan(api, 2047);
        assertThat(api.send("POST", "/api/v1/plans/" + plan + "/items",
                "{\"item\":" + REVIEW_ITEM.formatted(unit) + "}").statusCode()).isEqualTo(201);
        long item = id("select id from plan_item where plan_id = ?", plan);
        assertThat(api.send("POST", "/api/v1/plans/" + plan + "/adoption",
                "{\"decidedOn\":\"2046-12-12\",\"paragraph\":\"§ 1\",\"diaryNumber\":\"ASN-2046-1\",\"adoptedBy\":\"ASN\",\"version\":0}")
                .statusCode()).isEqualTo(200);
        assertThat(api.send("PUT", "/api/v1/plan-items/" + item + "/review-report", """
                {"report":{"result":"Brister","tables":[{"caption":"Utfall","columns":[{"header":"År","numeric":true}],
                 "rows":[[{"number":2046}]]}]},"version":0}""").statusCode()).isEqualTo(200);

        HttpResponse<String> textOnly = api.send("PUT", "/api/v1/plan-items/" + item + "/review-report",
                "{\"report\":{\"result\":\"Brister i attesten\"},\"version\":1}");

        assertThat(textOnly.statusCode()).as(textOnly.body()).isEqualTo(200);
        assertThat(api.get("/api/v1/plan-items/" + item).body()).contains("Brister i attesten")
                .contains("\"caption\":\"Utfall\"");
        HttpResponse<String> emptied = api.send("PUT", "/api/v1/plan-items/" + item + "/review-report",
                "{\"report\":{\"result\":\"Brister i attesten\",\"tables\":[]},\"version\":2}");
        assertThat(emptied.statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/plan-items/" + item).body()).doesNotContain("\"caption\":\"Utfall\"");
    }

    @Test
    void aRiskEditWithoutTheReviewIntervalKeepsTheSavedInterval() {
        ApiClient api = new ApiClient(port, tokens, "ifo.sek.mot1");
        long category = id("select id from risk_category where code = 'JURIDIK'");
        long unit = id("select id from org_unit where code = 'IFO-BU-MOT-1'");
        String risk = """
                {"title":"Intervallrisk","event":"handlingar inte diarieförs","cause":"hög arbetsbelastning",
                 "consequence":"att handlingar inte hittas","categoryId":%d,"unitId":%d,"origin":"DEPARTMENT"%s}""";
        HttpResponse<String> created = api.send("POST", "/api/v1/risks",
                risk.formatted(category, unit, ",\"reviewIntervalMonths\":6"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = JsonPath.<Number>read(created.body(), "$.id").longValue();

        HttpResponse<String> edited = api.send("PUT", "/api/v1/risks/" + id,
                risk.formatted(category, unit, ",\"version\":0,\"reason\":\"Ny formulering\"")
                        .replace("Intervallrisk", "Intervallrisken"));

        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(JsonPath.<Integer>read(edited.body(), "$.reviewIntervalMonths")).isEqualTo(6);
        assertThat(JsonPath.<String>read(edited.body(), "$.title")).isEqualTo("Intervallrisken");
    }

    @Test
    void anEditWithoutItsItemIsA400NamingTheFieldAndAStaleVersionIsA409InApiWords() {
        ApiClient api = new ApiClient(port, tokens, "ik.samordnare");
        long unit = id("select id from org_unit where code = 'AMA-EB'");
        long plan = draftPlan(api, 2048);
        HttpResponse<String> noItem = api.send("POST", "/api/v1/plans/" + plan + "/items", "{}");
        assertThat(api.send("POST", "/api/v1/plans/" + plan + "/items",
                "{\"item\":" + REVIEW_ITEM.formatted(unit) + "}").statusCode()).isEqualTo(201);
        long item = id("select id from plan_item where plan_id = ?", plan);

        HttpResponse<String> versionOnly = api.send("PUT", "/api/v1/plan-items/" + item, "{\"version\":999}");
        HttpResponse<String> stale = api.send("PUT", "/api/v1/plan-items/" + item,
                "{\"item\":" + REVIEW_ITEM.formatted(unit) + ",\"version\":999}");

        assertMissing(noItem, "/item");
        assertMissing(versionOnly, "/item");
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(JsonPath.<String>read(stale.body(), "$.detail"))
                .isEqualTo("Posten har ändrats av någon annan: du skickade version 999 men den är nu version 0; "
                        + "hämta den igen.");
        assertThat(JsonPath.<Integer>read(stale.body(), "$.sentVersion")).isEqualTo(999);
        assertThat(JsonPath.<Integer>read(stale.body(), "$.currentVersion")).isZero();
        assertThat(JsonPath.<String>read(stale.body(), "$.type")).isEqualTo("urn:vaksam:problem:stale-version");
        assertThat(stale.body()).doesNotContain("Ladda om sidan");
    }

    @Test
    void anAuditEditWithOnlyAVersionIsA400NamingTheMissingReview() {
        long audit = id("select id from audit_review order by id");

        HttpResponse<String> response = new ApiClient(port, tokens, "admin").send("PUT", "/api/v1/audits/" + audit,
                "{\"version\":999}");

        assertMissing(response, "/review");
    }

    private long draftPlan(ApiClient api, int year) {
        long asn = id("select id from org_unit where code = 'ASN'");
        HttpResponse<String> created = api.send("POST", "/api/v1/plans", "{\"committeeId\":%d,\"year\":%d}".formatted(asn, year));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return id("select id from plan where year = ? and committee_id = ?", year, asn);
    }

    private static void assertMissing(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(JsonPath.<String>read(response.body(), "$.type")).isEqualTo("urn:vaksam:problem:missing-value");
        assertThat(JsonPath.<String>read(response.body(), "$.field")).isEqualTo(field);
        assertThat(JsonPath.<String>read(response.body(), "$.detail")).isEqualTo("Fältet " + field + " saknas eller är tomt.");
    }
}
