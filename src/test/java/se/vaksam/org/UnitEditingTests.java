package se.vaksam.org;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vaksam.org.OrgTestSupport.count;
import static se.vaksam.org.OrgTestSupport.unitId;
import static se.vaksam.org.OrgTestSupport.unitName;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;
import se.vaksam.support.WebClient;

@VaksamTest
class UnitEditingTests {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void renamingAUnitShowsUpInItsHistoryWithBeforeAfterAndReason() {
        long id = unitId(jdbc, "BTS-TIL-TIL-1");
        String before = unitName(jdbc, "BTS-TIL-TIL-1");
        WebClient web = signedIn("bts.sek.til1");
        String page = web.get("/org/units/" + id).body();
        HttpResponse<String> post = web.submit("/org/units/" + id, "/org/units/" + id, Map.of("code", "BTS-TIL-TIL-1",
                "name", "Sektion tillstånd", "reason", "Enklare namn enligt beslut", "version", OrgUnitScopeTests.version(page)));
        assertThat(post.statusCode()).isEqualTo(302);

        String history = web.get("/org/units/" + id).body();
        assertThat(history).contains("Historik").contains("Åsa Holmberg").contains("Ändrad")
                .contains("<strong>Namn</strong>")
                .contains("<span class=\"vk-before\">" + before + "</span>")
                .contains("<span class=\"vk-after\">Sektion tillstånd</span>")
                .contains("Enklare namn enligt beslut");

        String api = new ApiClient(port, tokens, "bts.sek.til1").get("/api/v1/units/" + id + "/history").body();
        assertThat(api).contains("\"action\":\"UPDATED\"").contains("\"reason\":\"Enklare namn enligt beslut\"")
                .contains("{\"field\":\"name\",\"before\":\"" + before + "\",\"after\":\"Sektion tillstånd\"}")
                .contains("\"username\":\"bts.sek.til1\"");
    }

    @Test
    void aStaleVersionInTheFormGivesAConflictAndChangesNothing() {
        long id = unitId(jdbc, "AMA-EB-NORR-1");
        WebClient web = signedIn("ama.sek.norr1");
        String stale = OrgUnitScopeTests.version(web.get("/org/units/" + id).body());
        assertThat(web.submit("/org/units/" + id, "/org/units/" + id, Map.of("code", "AMA-EB-NORR-1",
                "name", "Först sparad", "reason", "", "version", stale)).statusCode()).isEqualTo(302);
        int historyRows = count(jdbc, "history_entry");

        HttpResponse<String> conflict = web.submit("/org/units/" + id, "/org/units/" + id, Map.of("code", "AMA-EB-NORR-1",
                "name", "Skriver över", "reason", "", "version", stale));
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("Någon annan har ändrat uppgifterna medan du arbetade");
        assertThat(unitName(jdbc, "AMA-EB-NORR-1")).isEqualTo("Först sparad");
        assertThat(count(jdbc, "history_entry")).isEqualTo(historyRows);
    }

    @Test
    void aStaleVersionThroughTheApiGives409ProblemAndChangesNothing() {
        long id = unitId(jdbc, "AMA-EB-NORR-2");
        ApiClient api = new ApiClient(port, tokens, "ama.sek.norr2");
        String stale = OrgUnitScopeTests.jsonVersion(api.get("/api/v1/units/" + id).body());
        assertThat(api.send("PATCH", "/api/v1/units/" + id, "{\"name\":\"Först\",\"version\":" + stale + "}").statusCode())
                .isEqualTo(200);

        HttpResponse<String> conflict = api.send("PATCH", "/api/v1/units/" + id,
                "{\"name\":\"Sist\",\"version\":" + stale + "}");
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(conflict.body()).contains("\"status\":409").contains("Posten har ändrats av någon annan");
        assertThat(unitName(jdbc, "AMA-EB-NORR-2")).isEqualTo("Först");
    }

    @Test
    void invalidInputIsShownInAnErrorSummaryAndChangesNothing() {
        long id = unitId(jdbc, "AMA-EB-SYD-1");
        String before = unitName(jdbc, "AMA-EB-SYD-1");
        WebClient web = signedIn("ama.sek.syd1");
        String version = OrgUnitScopeTests.version(web.get("/org/units/" + id).body());

        HttpResponse<String> blank = web.submit("/org/units/" + id, "/org/units/" + id,
                Map.of("code", "", "name", " ", "reason", "", "version", version));
        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(blank.body()).contains("govuk-error-summary").contains("Ange enhetens kod.")
                .contains("Ange enhetens namn.").contains("govuk-form-group--error");

        HttpResponse<String> taken = web.submit("/org/units/" + id, "/org/units/" + id,
                Map.of("code", "AMA-EB-NORR-1", "name", before, "reason", "", "version", version));
        assertThat(taken.statusCode()).isEqualTo(422);
        assertThat(taken.body()).contains("Koden AMA-EB-NORR-1 används redan av en annan enhet.");
        assertThat(unitName(jdbc, "AMA-EB-SYD-1")).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from org_unit where code = 'AMA-EB-SYD-1'").query(Integer.class).single())
                .isEqualTo(1);
    }

    private WebClient signedIn(String username) {
        return OrgTestSupport.signedIn(port, username);
    }
}
