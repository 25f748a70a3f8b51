package se.vaksam.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
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
 * A duty on the annual wheel is renamed and moved to another unit and role (history kept, 422 on bad input, 409
 * with the saved values shown on a stale version, 403 for someone who may not change the unit), then deactivated:
 * it keeps its completion and still opens, but leaves the wheel and can no longer be completed.
 */
@VaksamTest
class DutyEditingTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Clock clock;

    long id(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).list().get(0);
    }

    String text(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(String.class).single();
    }

    @Test
    void aDutyIsEditedWithHistoryConflictsAndScope() {
        long mot = id("select id from org_unit where code = 'IFO-BU-MOT'");
        long bu = id("select id from org_unit where code = 'IFO-BU'");
        ApiClient api = new ApiClient(port, tokens, "ik.samordnare");
        HttpResponse<String> created = api.send("POST", "/api/v1/recurring-duties", """
                {"title":"Informera om tystnadsplikt","rule":"YEARLY","dayOfMonth":15,"monthOfYear":3,
                 "targetRole":"EMPLOYEE","unitId":%d}""".formatted(mot));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long duty = id("select id from check_duty where title = 'Informera om tystnadsplikt'");
        String page = "/recurring-duties/" + duty;
        String edit = page + "/edit";

        WebClient web = new WebClient(port);
        web.login("ik.samordnare", "vaksam");
        assertThat(web.get(page).body()).contains(edit).contains("Inaktivera uppgiften");
        assertThat(web.get(edit).body()).contains("value=\"Informera om tystnadsplikt\"");

        Map<String, String> bad = Map.of("title", "Informera om tystnadsplikt och lex Sarah", "rule", "YEARLY",
                "dayOfMonth", "40", "monthOfYear", "3", "daysBefore", "0", "targetRole", "EMPLOYEE",
                "unitId", Long.toString(bu), "version", "0");
        HttpResponse<String> refused = web.submit(edit, page, bad);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Dagen ska vara 1–31.").contains("value=\"Informera om tystnadsplikt och lex Sarah\"");
        HttpResponse<String> notANumber = web.submit(edit, page, Map.of("title", "x", "rule", "YEARLY",
                "dayOfMonth", "femton", "unitId", Long.toString(bu), "targetRole", "EMPLOYEE", "version", "0"));
        assertThat(notANumber.statusCode()).isEqualTo(422);
        assertThat(notANumber.body()).contains("Skriv ett heltal i stället för ”femton”.");
        assertThat(text("select title from check_duty where id = ?", duty)).isEqualTo("Informera om tystnadsplikt");

        Map<String, String> good = new java.util.HashMap<>(bad);
        good.put("dayOfMonth", "20");
        good.put("targetRole", "SECTION_HEAD");
        HttpResponse<String> saved = web.submit(edit, page, good);
        assertThat(saved.statusCode()).isEqualTo(302);
        String shown = web.get(page).body();
        assertThat(shown).contains("Informera om tystnadsplikt och lex Sarah").contains("Uppgiften är sparad.")
                .contains("Rubrik").contains("Informera om tystnadsplikt</span>");
        assertThat(id("select unit_id from check_duty where id = ?", duty)).isEqualTo(bu);
        assertThat(text("select target_role from check_duty where id = ?", duty)).isEqualTo("SECTION_HEAD");

        // the same form again with the version seen before: 409, what is saved shown, the typed title kept
        good.put("title", "Min rubrik");
        HttpResponse<String> stale = web.submit(edit, page, good);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Någon annan har ändrat uppgiften").contains("id=\"conflict\"")
                .contains("Informera om tystnadsplikt och lex Sarah").contains("value=\"Min rubrik\"")
                .contains("name=\"version\" value=\"1\"");
        assertThat(text("select title from check_duty where id = ?", duty))
                .isEqualTo("Informera om tystnadsplikt och lex Sarah");

        // a social worker may not change the unit's duties: page, form and API refuse
        WebClient worker = new WebClient(port);
        worker.login("ifo.soc1", "vaksam");
        assertThat(worker.get(edit).statusCode()).isEqualTo(403);
        assertThat(worker.submit("/recurring-duties", page, good).statusCode()).isEqualTo(403);
        assertThat(worker.submit("/recurring-duties", page + "/active", Map.of("active", "false", "version", "1"))
                .statusCode()).isEqualTo(403);
        ApiClient workerApi = new ApiClient(port, tokens, "ifo.soc1");
        assertThat(workerApi.send("PUT", "/api/v1/recurring-duties/" + duty + "/active",
                "{\"active\":false,\"version\":1}").statusCode()).isEqualTo(403);

        HttpResponse<String> apiStale = api.send("PUT", "/api/v1/recurring-duties/" + duty, """
                {"duty":{"title":"API","rule":"MONTHLY","dayOfMonth":1,"targetRole":"EMPLOYEE","unitId":%d},"version":0}"""
                .formatted(bu));
        assertThat(apiStale.statusCode()).isEqualTo(409);
        HttpResponse<String> apiSaved = api.send("PUT", "/api/v1/recurring-duties/" + duty, """
                {"duty":{"title":"Informera om tystnadsplikt","rule":"MONTHLY","dayOfMonth":1,"targetRole":"EMPLOYEE",
                 "unitId":%d},"version":1}""".formatted(bu));
        assertThat(apiSaved.statusCode()).as(apiSaved.body()).isEqualTo(200);
        assertThat(apiSaved.body()).contains("\"rule\":\"MONTHLY\"").contains("\"version\":2");
        assertThat(id("""
                select count(*) from history_entry h join history_change c on c.entry_id = h.id
                where h.record_type = 'check.duty' and h.record_id = ? and c.field = 'title'""", Long.toString(duty)))
                .isEqualTo(3);
    }

    @Test
    void aDeactivatedDutyKeepsItsCompletionsButLeavesTheWheel() {
        long mot = id("select id from org_unit where code = 'IFO-BU-MOT'");
        ApiClient api = new ApiClient(port, tokens, "ik.samordnare");
        HttpResponse<String> created = api.send("POST", "/api/v1/recurring-duties", """
                {"title":"Månatlig kontroll av akter","rule":"MONTHLY","dayOfMonth":1,"targetRole":"SECTION_HEAD",
                 "unitId":%d}""".formatted(mot));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long duty = id("select id from check_duty where title = 'Månatlig kontroll av akter'");
        LocalDate due = LocalDate.now(clock).withDayOfMonth(1);
        assertThat(api.send("POST", "/api/v1/recurring-duties/" + duty + "/completions",
                "{\"dueOn\":\"%s\",\"result\":\"Tio akter granskade\"}".formatted(due)).statusCode()).isEqualTo(201);
        String page = "/recurring-duties/" + duty;

        WebClient web = new WebClient(port);
        web.login("ik.samordnare", "vaksam");
        assertThat(web.get("/recurring-duties").body()).contains("Månatlig kontroll av akter");
        HttpResponse<String> off = web.submit(page, page + "/active", Map.of("active", "false", "version", "0"));
        assertThat(off.statusCode()).isEqualTo(302);
        String shown = web.get(page).body();
        assertThat(shown).contains("Uppgiften är inaktiverad.").contains("Tio akter granskade")
                .contains("Ta upp uppgiften igen").doesNotContain("Markera som klar");
        String wheel = web.get("/recurring-duties").body();
        assertThat(wheel.substring(wheel.indexOf("id=\"inactive-duties\""))).contains("Månatlig kontroll av akter");
        assertThat(wheel.substring(0, wheel.indexOf("id=\"inactive-duties\""))).doesNotContain("Månatlig kontroll av akter");
        assertThat(api.get("/api/v1/recurring-duties").body()).doesNotContain("Månatlig kontroll av akter");
        assertThat(api.get("/api/v1/recurring-duties/inactive").body()).contains("Månatlig kontroll av akter");
        assertThat(api.get("/api/v1/recurring-duties/occurrences?from=%s&to=%s".formatted(due, due.plusMonths(3)))
                .body()).doesNotContain("Månatlig kontroll av akter");

        HttpResponse<String> complete = api.send("POST", "/api/v1/recurring-duties/" + duty + "/completions",
                "{\"dueOn\":\"%s\"}".formatted(due.plusMonths(1)));
        assertThat(complete.statusCode()).isEqualTo(422);
        assertThat(complete.body()).contains("Uppgiften är inaktiverad");
        assertThat(api.send("PUT", "/api/v1/recurring-duties/" + duty + "/active", "{\"active\":true,\"version\":0}")
                .statusCode()).isEqualTo(409);
        HttpResponse<String> on = api.send("PUT", "/api/v1/recurring-duties/" + duty + "/active",
                "{\"active\":true,\"version\":1}");
        assertThat(on.statusCode()).as(on.body()).isEqualTo(200);
        assertThat(on.body()).contains("\"active\":true").contains("Tio akter granskade");
        assertThat(web.get(page).body()).contains("Historik").contains("Aktiv");
    }
}
