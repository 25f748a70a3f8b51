package se.vaksam.org;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vaksam.org.OrgTestSupport.count;
import static se.vaksam.org.OrgTestSupport.unitId;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;
import se.vaksam.support.WebClient;

/**
 * Adding units under a unit and moving units, from the unit page and through the API. The tests
 * build their own units under AMA-ARB (avdelningschef ama.avd.arb), so the demo tree others
 * assert on stays as it is.
 */
@VaksamTest
class UnitStructureTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theUnitPageOffersOnlyTheChildTypesAndNewParentsAllowedForTheUnit() {
        WebClient web = signedIn("ama.avd.arb");
        String page = web.get("/org/units/" + unitId(jdbc, "AMA-ARB")).body();
        assertThat(page).contains("Lägg till underliggande enhet")
                .contains("<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">Typ av enhet</legend>")
                .contains("name=\"type\" value=\"UNIT\"").contains("name=\"type\" value=\"SECTION\"")
                .doesNotContain("name=\"type\" value=\"DEPARTMENT\"").doesNotContain("name=\"type\" value=\"COMMITTEE\"");
        String section = web.get("/org/units/" + unitId(jdbc, "AMA-ARB-JOB-1")).body();
        assertThat(section).contains("Flytta enheten").contains("En enhet av typen Sektion kan ligga under: Avdelning, Enhet.")
                .contains("<label class=\"govuk-label\" for=\"move-parent\">Ny överordnad enhet</label>")
                .contains("AMA-ARB – Avdelningen för arbetsmarknad</option>")
                .doesNotContain("AMA-ARB-JOB-1 – Sektion jobbtorg</option>");
        assertThat(signedIn("ifo.soc1").get("/org/units/" + unitId(jdbc, "IFO-BU-MOT-1")).body())
                .doesNotContain("Lägg till underliggande enhet").doesNotContain("Flytta enheten");
    }

    @Test
    void creatingAChildUnitShowsItInTheTreeAndInItsHistory() {
        String code = code("ENH");
        WebClient web = signedIn("ama.avd.arb");
        long parent = unitId(jdbc, "AMA-ARB");
        HttpResponse<String> post = web.submit("/org/units/" + parent, "/org/units/" + parent + "/children",
                Map.of("code", code, "name", "Enheten för arbetsträning", "type", "UNIT", "reason", "Ny enhet enligt beslut"));
        assertThat(post.statusCode()).isEqualTo(302);
        long child = unitId(jdbc, code);
        assertThat(post.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/org/units/" + child));

        String page = web.get("/org/units/" + child).body();
        assertThat(page).contains("Enheten är skapad.").contains("Enheten för arbetsträning")
                .contains("Historik").contains("Skapad").contains("Nora Johansson").contains("Ny enhet enligt beslut")
                .contains("<span class=\"vk-after\">Avdelningen för arbetsmarknad</span>");
        assertThat(web.get("/org").body()).contains("Enheten för arbetsträning").contains(code + ", Enhet");
        assertThat(web.get("/org/units/" + parent).body()).contains("Enheten för arbetsträning");
    }

    @Test
    void aChildOfATypeNotAllowedThereIsRefusedInSwedishAndNothingIsCreated() {
        WebClient web = signedIn("ama.avd.arb");
        long job = unitId(jdbc, "AMA-ARB-JOB");
        int units = count(jdbc, "org_unit");
        HttpResponse<String> post = web.submit("/org/units/" + job, "/org/units/" + job + "/children",
                Map.of("code", code("AVD"), "name", "Avdelning under enhet", "type", "DEPARTMENT", "reason", ""));
        assertThat(post.statusCode()).isEqualTo(422);
        assertThat(post.body()).contains("govuk-error-summary").contains("href=\"#child-type\"")
                .contains("En enhet av typen Avdelning får inte ligga under en enhet av typen Enhet.");
        assertThat(count(jdbc, "org_unit")).isEqualTo(units);
    }

    @Test
    void blankNameMissingTypeAndDuplicateCodeAreShownInSwedishAndNothingIsCreated() {
        WebClient web = signedIn("ama.avd.arb");
        long parent = unitId(jdbc, "AMA-ARB");
        int units = count(jdbc, "org_unit");
        HttpResponse<String> blank = web.submit("/org/units/" + parent, "/org/units/" + parent + "/children",
                Map.of("code", code("X"), "name", " ", "reason", ""));
        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(blank.body()).contains("Ange enhetens namn.").contains("href=\"#child-name\"")
                .contains("Välj vilken typ av enhet det är.").contains("href=\"#child-type\"")
                .contains("govuk-form-group--error");

        HttpResponse<String> taken = web.submit("/org/units/" + parent, "/org/units/" + parent + "/children",
                Map.of("code", "AMA-ARB-JOB", "name", "Dubblett", "type", "UNIT", "reason", ""));
        assertThat(taken.statusCode()).isEqualTo(422);
        assertThat(taken.body()).contains("Koden AMA-ARB-JOB används redan av en annan enhet.")
                .contains("href=\"#child-code\"");
        assertThat(count(jdbc, "org_unit")).isEqualTo(units);
    }

    @Test
    void movingAUnitRecordsParentBeforeAndAfterInItsHistory() {
        WebClient web = signedIn("ama.avd.arb");
        long section = create(web, "AMA-ARB", code("SEK"), "Sektion som flyttas", "SECTION");
        long job = unitId(jdbc, "AMA-ARB-JOB");
        HttpResponse<String> post = web.submit("/org/units/" + section, "/org/units/" + section + "/move",
                Map.of("parentId", Long.toString(job), "reason", "Sektionen hör till jobbtorget"));
        assertThat(post.statusCode()).isEqualTo(302);

        assertThat(parentCode(section)).isEqualTo("AMA-ARB-JOB");
        assertThat(web.get("/org/units/" + section).body()).contains("Enheten är flyttad.")
                .contains("<strong>Överordnad enhet</strong>")
                .contains("<span class=\"vk-before\">Avdelningen för arbetsmarknad</span>")
                .contains("<span class=\"vk-after\">Jobbtorg</span>")
                .contains("Sektionen hör till jobbtorget");
    }

    @Test
    void movingAUnitBelowItselfOrUnderAParentTypeNotAllowedIsRefusedAndNothingMoves() {
        WebClient web = signedIn("ama.avd.arb");
        long unit = create(web, "AMA-ARB", code("ENH"), "Enhet med sektion", "UNIT");
        String unitCode = code(unit);
        long ownSection = create(web, unitCode, code("SEK"), "Egen sektion", "SECTION");
        int history = count(jdbc, "history_entry");

        HttpResponse<String> cycle = web.submit("/org/units/" + unit, "/org/units/" + unit + "/move",
                Map.of("parentId", Long.toString(ownSection), "reason", ""));
        assertThat(cycle.statusCode()).isEqualTo(422);
        assertThat(cycle.body()).contains("govuk-error-summary").contains("href=\"#move-parent\"")
                .contains("Enheten " + unitCode + " kan inte flyttas under " + code(ownSection)
                        + ", eftersom den då skulle hamna under sig själv.");

        HttpResponse<String> type = web.submit("/org/units/" + unit, "/org/units/" + unit + "/move",
                Map.of("parentId", Long.toString(unitId(jdbc, "AMA-ARB-JOB-1")), "reason", ""));
        assertThat(type.statusCode()).isEqualTo(422);
        assertThat(type.body()).contains("En enhet av typen Enhet får inte ligga under en enhet av typen Sektion.");

        assertThat(parentCode(unit)).isEqualTo("AMA-ARB");
        assertThat(count(jdbc, "history_entry")).isEqualTo(history);
    }

    @Test
    void theApiCreatesAndMovesUnitsAndRefusesBadOnesWithSwedishProblems() {
        ApiClient api = new ApiClient(port, tokens, "ama.avd.arb");
        String code = code("API");
        HttpResponse<String> created = api.send("POST", "/api/v1/units", "{\"code\":\"" + code
                + "\",\"name\":\"Enhet via API\",\"type\":\"UNIT\",\"parentId\":" + unitId(jdbc, "AMA-ARB")
                + ",\"reason\":\"Integration\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = unitId(jdbc, code);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/units/" + id);
        assertThat(created.body()).contains("\"code\":\"" + code + "\"")
                .contains("\"parentId\":" + unitId(jdbc, "AMA-ARB"));
        assertThat(api.get("/api/v1/units/" + id).body()).contains("\"code\":\"AMA-ARB\"");

        int units = count(jdbc, "org_unit");
        HttpResponse<String> refused = api.send("POST", "/api/v1/units", "{\"code\":\"" + code("API")
                + "\",\"name\":\"Fel typ\",\"type\":\"COMMITTEE\",\"parentId\":" + id + "}");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(refused.body()).contains("En enhet av typen Nämnd får inte ligga under en enhet av typen Enhet.");
        assertThat(count(jdbc, "org_unit")).isEqualTo(units);

        long section = create(signedIn("ama.avd.arb"), "AMA-ARB", code("SEK"), "Sektion via API", "SECTION");
        HttpResponse<String> moved = api.send("POST", "/api/v1/units/" + section + "/move",
                "{\"parentId\":" + id + ",\"reason\":\"Omorganisation\"}");
        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(parentCode(section)).isEqualTo(code);
        assertThat(api.get("/api/v1/units/" + section + "/history").body())
                .contains("{\"field\":\"parent\",\"before\":\"AMA-ARB\",\"after\":\"" + code + "\"}")
                .contains("\"reason\":\"Omorganisation\"");

        HttpResponse<String> cycle = api.send("POST", "/api/v1/units/" + id + "/move", "{\"parentId\":" + section + "}");
        assertThat(cycle.statusCode()).isEqualTo(422);
        assertThat(cycle.body()).contains("skulle hamna under sig själv");
        assertThat(parentCode(id)).isEqualTo("AMA-ARB");
    }

    @Test
    void aSectionHeadMayNotAddToOrMoveAnotherSectionByUiOrApi() {
        long other = unitId(jdbc, "IFO-BU-MOT-2");
        long own = unitId(jdbc, "IFO-BU-MOT-1");
        int units = count(jdbc, "org_unit");
        WebClient web = signedIn("ifo.sek.mot1");
        String csrf = WebClient.csrfFrom(web.get("/org/units/" + own).body());
        assertThat(web.postForm("/org/units/" + other + "/children", Map.of("code", code("KAP"), "name", "Kapad",
                "type", "SECTION", "reason", "", "_csrf", csrf)).statusCode()).isEqualTo(403);
        assertThat(web.postForm("/org/units/" + other + "/move", Map.of("parentId", Long.toString(own),
                "reason", "", "_csrf", csrf)).statusCode()).isEqualTo(403);

        ApiClient api = new ApiClient(port, tokens, "ifo.sek.mot1");
        assertThat(api.send("POST", "/api/v1/units", "{\"code\":\"" + code("KAP") + "\",\"name\":\"Kapad\","
                + "\"type\":\"SECTION\",\"parentId\":" + unitId(jdbc, "IFO-BU-MOT") + "}").statusCode()).isEqualTo(403);
        assertThat(api.send("POST", "/api/v1/units/" + other + "/move", "{\"parentId\":" + own + "}").statusCode())
                .isEqualTo(403);
        assertThat(count(jdbc, "org_unit")).isEqualTo(units);
        assertThat(parentCode(other)).isEqualTo("IFO-BU-MOT");
    }

    private long create(WebClient web, String parentCode, String code, String name, String type) {
        long parent = unitId(jdbc, parentCode);
        assertThat(web.submit("/org/units/" + parent, "/org/units/" + parent + "/children",
                Map.of("code", code, "name", name, "type", type, "reason", "")).statusCode()).isEqualTo(302);
        return unitId(jdbc, code);
    }

    private static String code(String kind) {
        return "T-" + kind + "-" + SEQUENCE.incrementAndGet();
    }

    private String code(long id) {
        return jdbc.sql("select code from org_unit where id = ?").param(id).query(String.class).single();
    }

    private String parentCode(long id) {
        return jdbc.sql("select p.code from org_unit u join org_unit p on p.id = u.parent_id where u.id = ?")
                .param(id).query(String.class).single();
    }

    private WebClient signedIn(String username) {
        return OrgTestSupport.signedIn(port, username);
    }
}
