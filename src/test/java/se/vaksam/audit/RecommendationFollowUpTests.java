package se.vaksam.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;
import se.vaksam.support.WebClient;

/**
 * A recommendation linked to improvement actions of the plan shows their status; when the last linked action
 * is closed the coordinator is asked whether to close the recommendation.
 */
@VaksamTest
class RecommendationFollowUpTests {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    long id(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).list().get(0);
    }

    /** A plan of the year with one reported review and two improvement actions in progress; their ids. */
    long[] twoImprovementActions(ApiClient api, int year) {
        long asn = id("select id from org_unit where code = 'ASN'");
        long unit = id("select id from org_unit where code = 'AMA-EB'");
        assertThat(api.send("POST", "/api/v1/plans", "{\"committeeId\":%d,\"year\":%d}".formatted(asn, year))
                .statusCode()).isEqualTo(201);
        long plan = id("select id from plan where committee_id = ? and year = ?", asn, year);
        assertThat(api.send("POST", "/api/v1/plans/" + plan + "/items", """
                {"item":{"kind":"REVIEW","title":"Dokumentägare för rutiner","responsibleUnitId":%d,"period":"T2",
                 "reviewKind":"NAMNDENS","purpose":"Har rutinerna en dokumentägare?"}}""".formatted(unit)).statusCode())
                .isEqualTo(201);
        long item = id("select id from plan_item where plan_id = ?", plan);
        assertThat(api.send("POST", "/api/v1/plans/" + plan + "/adoption", """
                {"decidedOn":"%d-12-12","paragraph":"§ 9","diaryNumber":"ASN-%d-9","adoptedBy":"ASN","version":0}"""
                .formatted(year - 1, year - 1)).statusCode()).isEqualTo(200);
        assertThat(api.send("PUT", "/api/v1/plan-items/" + item + "/review-report",
                "{\"report\":{\"result\":\"Fyra rutiner saknar dokumentägare\"},\"version\":0}").statusCode()).isEqualTo(200);
        long[] ids = new long[2];
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> created = api.send("POST", "/api/v1/plan-items/" + item + "/improvement-actions",
                    "{\"title\":\"Utse dokumentägare %d\",\"ownerUnitId\":%d,\"status\":\"IN_PROGRESS\"}".formatted(i + 1, unit));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            ids[i] = id("select max(id) from improvement_action where item_id = ?", item);
        }
        return ids;
    }

    void finish(ApiClient api, long actionId, String status) {
        long unit = id("select id from org_unit where code = 'AMA-EB'");
        int version = (int) id("select version from improvement_action where id = ?", actionId);
        HttpResponse<String> done = api.send("PUT", "/api/v1/improvement-actions/" + actionId,
                "{\"action\":{\"title\":\"Utse dokumentägare\",\"ownerUnitId\":%d,\"status\":\"%s\"},\"version\":%d}"
                        .formatted(unit, status, version));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    }

    JsonNode recommendation(ApiClient api, long id) {
        return json.readTree(api.get("/api/v1/audit-recommendations/" + id).body());
    }

    @Test
    void closingTheLastLinkedImprovementActionAsksWhetherToCloseTheRecommendation() {
        ApiClient coordinator = new ApiClient(port, tokens, "ik.samordnare");
        long[] actions = twoImprovementActions(coordinator, 2048);
        long recommendation = id("""
                select r.id from audit_recommendation r join audit_area a on a.id = r.area_id
                join audit_review v on v.id = a.review_id
                where v.number = 'SR-2019-82' and r.text = 'Samtliga processer och rutiner har en tydlig dokumentägare.'""");
        long risk = id("select min(id) from risk");
        for (String link : new String[] {"{\"type\":\"IMPROVEMENT_ACTION\",\"recordId\":%d}".formatted(actions[0]),
                "{\"type\":\"IMPROVEMENT_ACTION\",\"recordId\":%d}".formatted(actions[1]),
                "{\"type\":\"RISK\",\"recordId\":%d}".formatted(risk)}) {
            HttpResponse<String> linked = coordinator.send("POST", "/api/v1/audit-recommendations/" + recommendation + "/links", link);
            assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
        }
        HttpResponse<String> unknown = coordinator.send("POST", "/api/v1/audit-recommendations/" + recommendation + "/links",
                "{\"type\":\"IMPROVEMENT_ACTION\",\"recordId\":999999}");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("Posten finns inte");

        JsonNode rec = recommendation(coordinator, recommendation);
        assertThat(rec.get("links").size()).isEqualTo(3);
        assertThat(rec.get("links").get(0).get("title").asString()).isEqualTo("Utse dokumentägare 1");
        assertThat(rec.get("links").get(0).get("statusKey").asString()).isEqualTo("plan.improvementStatus.IN_PROGRESS");
        assertThat(rec.get("closingSuggested").asBoolean()).isFalse();

        finish(coordinator, actions[0], "DONE");
        rec = recommendation(coordinator, recommendation);
        assertThat(rec.get("links").get(0).get("statusKey").asString()).isEqualTo("plan.improvementStatus.DONE");
        assertThat(rec.get("closingSuggested").asBoolean()).as("one linked action is still open").isFalse();

        WebClient web = new WebClient(port);
        web.login("ik.samordnare", "vaksam");
        assertThat(web.get("/").body()).doesNotContain("Stäng rekommendationen?");

        finish(coordinator, actions[1], "CANCELLED");
        rec = recommendation(coordinator, recommendation);
        assertThat(rec.get("closingSuggested").asBoolean()).isTrue();
        assertThat(rec.get("status").asString()).isEqualTo("IN_PROGRESS");
        String home = web.get("/").body();
        assertThat(home).contains("Stäng rekommendationen?")
                .contains("SR-2019-82: Samtliga processer och rutiner har en tydlig dokumentägare.");
        String page = web.get("/audit-recommendations/" + recommendation).body();
        assertThat(page).contains("Alla kopplade åtgärder är avslutade. Stäng rekommendationen?");
        assertThat(page).contains("/improvement-actions/" + actions[0]).contains("Genomförd").contains("Avbruten");

        ApiClient auditor = new ApiClient(port, tokens, "revisor");
        assertThat(auditor.send("PUT", "/api/v1/audit-recommendations/" + recommendation + "/status",
                "{\"status\":\"DONE\",\"version\":%d}".formatted(rec.get("version").asInt())).statusCode()).isEqualTo(403);

        HttpResponse<String> closed = coordinator.send("PUT", "/api/v1/audit-recommendations/" + recommendation + "/status",
                "{\"status\":\"DONE\",\"version\":%d}".formatted(rec.get("version").asInt()));
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        rec = json.readTree(closed.body());
        assertThat(rec.get("closingSuggested").asBoolean()).isFalse();
        assertThat(rec.get("closedOn").isNull()).isFalse();
        assertThat(web.get("/").body()).doesNotContain("Stäng rekommendationen?");
        assertThat(coordinator.get("/api/v1/audit-recommendations").body())
                .doesNotContain("\"id\":" + recommendation + ",");
        assertThat(coordinator.get("/api/v1/audit-recommendations/" + recommendation + "/history").body())
                .contains("DONE");
    }

    @Test
    void reopeningAnActionWithdrawsTheQuestionAndKeepingOpenDismissesIt() {
        ApiClient coordinator = new ApiClient(port, tokens, "ik.samordnare");
        long[] actions = twoImprovementActions(coordinator, 2049);
        long recommendation = id("""
                select r.id from audit_recommendation r join audit_area a on a.id = r.area_id
                join audit_review v on v.id = a.review_id where v.number = 'SR-2019-82' and a.position = 3""");
        coordinator.send("POST", "/api/v1/audit-recommendations/" + recommendation + "/links",
                "{\"type\":\"IMPROVEMENT_ACTION\",\"recordId\":%d}".formatted(actions[0]));
        finish(coordinator, actions[0], "DONE");
        assertThat(recommendation(coordinator, recommendation).get("closingSuggested").asBoolean()).isTrue();
        finish(coordinator, actions[0], "IN_PROGRESS");
        assertThat(recommendation(coordinator, recommendation).get("closingSuggested").asBoolean()).isFalse();
        finish(coordinator, actions[0], "DONE");
        assertThat(coordinator.send("POST", "/api/v1/audit-recommendations/" + recommendation + "/keep-open", "")
                .statusCode()).isEqualTo(200);
        JsonNode rec = recommendation(coordinator, recommendation);
        assertThat(rec.get("closingSuggested").asBoolean()).isFalse();
        assertThat(rec.get("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void reportingTheLinkedDirectActionAsDoneAsksWhetherToCloseTheRecommendation() {
        ApiClient coordinator = new ApiClient(port, tokens, "ik.samordnare");
        long asn = id("select id from org_unit where code = 'ASN'");
        long unit = id("select id from org_unit where code = 'AMA-EB'");
        assertThat(coordinator.send("POST", "/api/v1/plans", "{\"committeeId\":%d,\"year\":2050}".formatted(asn))
                .statusCode()).isEqualTo(201);
        long plan = id("select id from plan where committee_id = ? and year = 2050", asn);
        assertThat(coordinator.send("POST", "/api/v1/plans/" + plan + "/items", """
                {"item":{"kind":"DIRECT_ACTION","title":"Rutin för återkrav","responsibleUnitId":%d,"period":"T1",
                 "whatToDo":"Ta fram en rutin för återkrav"}}""".formatted(unit)).statusCode()).isEqualTo(201);
        long item = id("select id from plan_item where plan_id = ?", plan);
        assertThat(coordinator.send("POST", "/api/v1/plans/" + plan + "/adoption", """
                {"decidedOn":"2049-12-12","paragraph":"§ 3","diaryNumber":"ASN-2049-3","adoptedBy":"ASN","version":0}""")
                .statusCode()).isEqualTo(200);
        long recommendation = id("""
                select r.id from audit_recommendation r join audit_area a on a.id = r.area_id
                join audit_review v on v.id = a.review_id where v.number = 'SR-2019-82' and a.position = 4
                and r.position = 2""");
        HttpResponse<String> linked = coordinator.send("POST", "/api/v1/audit-recommendations/" + recommendation + "/links",
                "{\"type\":\"PLAN_ITEM\",\"recordId\":%d}".formatted(item));
        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
        assertThat(json.readTree(linked.body()).get("links").get(0).get("title").asString()).isEqualTo("Rutin för återkrav");

        HttpResponse<String> partly = coordinator.send("PUT", "/api/v1/plan-items/" + item + "/action-report",
                "{\"report\":{\"actionsTaken\":\"Utkast klart\",\"status\":\"IN_PROGRESS\"},\"version\":0}");
        assertThat(partly.statusCode()).as(partly.body()).isEqualTo(200);
        assertThat(recommendation(coordinator, recommendation).get("closingSuggested").asBoolean()).isFalse();
        int version = (int) id("select version from plan_item where id = ?", item);
        assertThat(coordinator.send("PUT", "/api/v1/plan-items/" + item + "/action-report",
                "{\"report\":{\"actionsTaken\":\"Rutinen är beslutad\",\"status\":\"DONE\"},\"version\":%d}"
                        .formatted(version)).statusCode()).isEqualTo(200);
        JsonNode rec = recommendation(coordinator, recommendation);
        assertThat(rec.get("links").get(0).get("statusKey").asString()).isEqualTo("plan.status.DONE");
        assertThat(rec.get("closingSuggested").asBoolean()).isTrue();
    }
}
