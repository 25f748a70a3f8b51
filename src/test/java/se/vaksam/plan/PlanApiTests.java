package se.vaksam.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;

@VaksamTest
class PlanApiTests {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    long id(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).list().get(0);
    }

    @Test
    void theCoordinatorDraftsAdoptsAndFollowsAPlanThroughTheApi() {
        ApiClient api = new ApiClient(port, tokens, "ik.samordnare");
        long asn = id("select id from org_unit where code = 'ASN'");
        long unit = id("select id from org_unit where code = 'AMA-EB'");
        HttpResponse<String> created = api.send("POST", "/api/v1/plans", "{\"committeeId\":%d,\"year\":2045}".formatted(asn));
        assertThat(created.statusCode()).isEqualTo(201);
        long plan = id("select id from plan where year = 2045");
        HttpResponse<String> item = api.send("POST", "/api/v1/plans/" + plan + "/items", """
                {"item":{"kind":"REVIEW","title":"Attest","responsibleUnitId":%d,"period":"T2","reviewKind":"NAMNDENS",
                 "purpose":"Kontrollera attest"}}""".formatted(unit));
        assertThat(item.statusCode()).isEqualTo(201);
        long itemId = id("select id from plan_item where plan_id = ?", plan);
        assertThat(api.send("POST", "/api/v1/plans/" + plan + "/adoption",
                "{\"decidedOn\":\"2044-12-12\",\"paragraph\":\"§ 1\",\"diaryNumber\":\"ASN-2044-1\",\"adoptedBy\":\"ASN\",\"version\":0}")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> again = api.send("POST", "/api/v1/plans/" + plan + "/adoption",
                "{\"decidedOn\":\"2044-12-12\",\"paragraph\":\"§ 1\",\"diaryNumber\":\"ASN-2044-1\",\"adoptedBy\":\"ASN\",\"version\":1}");
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("inte ett utkast");
        HttpResponse<String> frozen = api.send("POST", "/api/v1/plans/" + plan + "/items", """
                {"item":{"kind":"DIRECT_ACTION","title":"Ny","responsibleUnitId":%d,"period":"T2"}}""".formatted(unit));
        assertThat(frozen.statusCode()).isEqualTo(422);
        assertThat(frozen.body()).contains("Ange beslutsdatum och skäl");

        HttpResponse<String> report = api.send("PUT", "/api/v1/plan-items/" + itemId + "/review-report", """
                {"report":{"result":"Brister","tables":[{"caption":"Utfall","columns":[{"header":"År","numeric":true},
                 {"header":"Antal","numeric":true}],"rows":[[{"number":2044},{"number":12}]]}]},"version":0}""");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("\"caption\":\"Utfall\"").contains("\"number\":12");
        HttpResponse<String> action = api.send("POST", "/api/v1/plan-items/" + itemId + "/improvement-actions",
                "{\"title\":\"Ny rutin\",\"ownerUnitId\":%d,\"status\":\"IN_PROGRESS\"}".formatted(unit));
        assertThat(action.statusCode()).isEqualTo(201);
        long actionId = id("select id from improvement_action where item_id = ?", itemId);
        assertThat(api.send("POST", "/api/v1/plans/" + plan + "/closing", "{\"version\":1}").statusCode())
                .isEqualTo(422);
        assertThat(api.send("POST", "/api/v1/improvement-actions/" + actionId + "/disposition",
                "{\"disposition\":\"OTHER_PROCESS\",\"otherProcess\":\"BUDGET\",\"note\":\"Budget 2046\",\"version\":0}")
                .statusCode()).isEqualTo(200);
        assertThat(api.send("POST", "/api/v1/plans/" + plan + "/closing", "{\"version\":1}").statusCode())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/improvement-actions?planId=" + plan).body()).contains("\"disposition\":\"OTHER_PROCESS\"");
        assertThat(api.get("/api/v1/plans/" + plan + "/history").body()).contains("CLOSED");
        assertThat(api.get("/api/v1/plan-items/" + itemId + "/history").body()).contains("Brister");

        ApiClient auditor = new ApiClient(port, tokens, "revisor");
        assertThat(auditor.get("/api/v1/plans/" + plan).statusCode()).isEqualTo(200);
        assertThat(auditor.send("POST", "/api/v1/plans", "{\"committeeId\":%d,\"year\":2046}".formatted(asn))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void aCarriedActionOfAClosedPlanIsWritableThroughTheApiAsItSays() {
        ApiClient api = new ApiClient(port, tokens, "ik.samordnare");
        long asn = id("select id from org_unit where code = 'ASN'");
        long unit = id("select id from org_unit where code = 'AMA-EB'");
        api.send("POST", "/api/v1/plans", "{\"committeeId\":%d,\"year\":2061}".formatted(asn));
        long plan = id("select id from plan where year = 2061");
        api.send("POST", "/api/v1/plans/" + plan + "/items", """
                {"item":{"kind":"REVIEW","title":"Attest","responsibleUnitId":%d,"period":"T2","reviewKind":"NAMNDENS",
                 "purpose":"Kontrollera attest"}}""".formatted(unit));
        long itemId = id("select id from plan_item where plan_id = ?", plan);
        api.send("POST", "/api/v1/plans/" + plan + "/adoption",
                "{\"decidedOn\":\"2025-12-12\",\"paragraph\":\"§ 1\",\"diaryNumber\":\"ASN-2025-1\",\"adoptedBy\":\"ASN\",\"version\":0}");
        api.send("POST", "/api/v1/plan-items/" + itemId + "/improvement-actions",
                "{\"title\":\"Ny rutin\",\"ownerUnitId\":%d,\"status\":\"IN_PROGRESS\"}".formatted(unit));
        long actionId = id("select id from improvement_action where item_id = ?", itemId);
        assertThat(api.send("POST", "/api/v1/improvement-actions/" + actionId + "/disposition",
                "{\"disposition\":\"CARRIED_TO_FOLLOW_UP\",\"version\":0}").statusCode()).isEqualTo(200);
        HttpResponse<String> future = api.send("POST", "/api/v1/plans/" + plan + "/closing",
                "{\"decidedOn\":\"2026-12-24\",\"version\":1}");
        assertThat(future.statusCode()).isEqualTo(422);
        assertThat(future.body()).contains("2026-12-24 ligger i framtiden");
        HttpResponse<String> closed = api.send("POST", "/api/v1/plans/" + plan + "/closing",
                "{\"decidedOn\":\"2026-11-19\",\"version\":1}");
        assertThat(closed.statusCode()).isEqualTo(200);
        assertThat(closed.body()).contains("\"status\":\"CLOSED\"", "\"closedOn\":\"2026-11-19\"");

        ApiClient owner = new ApiClient(port, tokens, "ama.avd.eb");
        assertThat(owner.get("/api/v1/improvement-actions/" + actionId).body()).contains("\"writable\":true");
        HttpResponse<String> finished = owner.send("PUT", "/api/v1/improvement-actions/" + actionId, """
                {"action":{"title":"Ny rutin","ownerUnitId":%d,"status":"DONE"},"version":1}""".formatted(unit));
        assertThat(finished.statusCode()).isEqualTo(200);
        assertThat(finished.body()).contains("\"status\":\"DONE\"", "\"writable\":false");
        HttpResponse<String> after = owner.send("PUT", "/api/v1/improvement-actions/" + actionId, """
                {"action":{"title":"Ny rutin","ownerUnitId":%d,"status":"IN_PROGRESS"},"version":2}""".formatted(unit));
        assertThat(after.statusCode()).isEqualTo(422);
        assertThat(after.body()).contains("är avslutad");
    }
}
