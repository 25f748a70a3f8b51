package se.vaksam.org;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vaksam.org.OrgTestSupport.count;
import static se.vaksam.org.OrgTestSupport.personId;
import static se.vaksam.org.OrgTestSupport.unitId;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
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

/** "Ny person" and "Ändra personuppgifter", by page and API, within the editor's scope. */
@VaksamTest
class PersonEditingTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSectionHeadCreatesAPersonPlacedInTheirSectionAndTheHistoryShowsIt() {
        WebClient web = signedIn("ifo.sek.mot1");
        assertThat(web.get("/people").body()).contains("href=\"/people/new\"");
        String form = web.get("/people/new").body();
        assertThat(form).contains("<label class=\"govuk-label\" for=\"username\">Användarnamn</label>")
                .contains("IFO-BU-MOT-1 – ").doesNotContain("IFO-BU-MOT-2 – ")
                .contains("<option value=\"SECTION_HEAD\">Sektionschef</option>")
                .doesNotContain("SYSTEM_ADMINISTRATOR");

        String username = username();
        HttpResponse<String> post = web.submit("/people/new", "/people", newPerson(username, "IFO-BU-MOT-1"));
        assertThat(post.statusCode()).isEqualTo(302);
        long id = personId(jdbc, username);
        String page = web.get("/people/" + id).body();
        assertThat(page).contains("Personen är skapad.").contains("Sara Nyberg").contains("Medarbetare")
                .contains("Historik").contains("Skapad").contains("Nyanställd enligt beslut");
        assertThat(placements(id)).isEqualTo(1);
    }

    @Test
    void peopleWithoutWriteAccessAreNotOfferedNewPerson() {
        WebClient web = signedIn("ifo.soc1");
        assertThat(web.get("/people").body()).doesNotContain("href=\"/people/new\"");
        assertThat(web.get("/people/new").statusCode()).isEqualTo(403);
        assertThat(signedIn("revisor").get("/people/new").statusCode()).isEqualTo(403);
    }

    @Test
    void aSectionHeadMayNotCreateAPersonOutsideTheirSectionOrUnplaced() {
        int people = count(jdbc, "person");
        WebClient web = signedIn("ifo.sek.mot1");
        assertThat(web.submit("/people/new", "/people", newPerson(username(), "IFO-BU-MOT-2")).statusCode())
                .isEqualTo(403);
        Map<String, String> unplaced = newPerson(username(), "IFO-BU-MOT-1");
        unplaced.put("unitId", "");
        HttpResponse<String> missing = web.submit("/people/new", "/people", unplaced);
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.body()).contains("Välj enhet.").contains("href=\"#unit\"");

        ApiClient api = new ApiClient(port, tokens, "ifo.sek.mot1");
        assertThat(api.send("POST", "/api/v1/persons", "{\"username\":\"" + username()
                + "\",\"givenName\":\"A\",\"familyName\":\"B\"}").statusCode()).isEqualTo(403);
        assertThat(api.send("POST", "/api/v1/persons", "{\"username\":\"" + username()
                + "\",\"givenName\":\"A\",\"familyName\":\"B\",\"placement\":{\"unitId\":" + unitId(jdbc, "IFO-BU-MOT-2")
                + ",\"role\":\"EMPLOYEE\",\"validFrom\":\"2025-01-01\"}}").statusCode()).isEqualTo(403);
        assertThat(count(jdbc, "person")).isEqualTo(people);
    }

    @Test
    void invalidDetailsAreShownInSwedishAndNothingIsCreated() {
        int people = count(jdbc, "person");
        WebClient web = signedIn("ifo.sek.mot1");
        Map<String, String> bad = newPerson(username(), "IFO-BU-MOT-1");
        bad.put("givenName", " ");
        bad.put("email", "inte-en-adress");
        bad.put("validFrom", "2025-02-30");
        HttpResponse<String> post = web.submit("/people/new", "/people", bad);
        assertThat(post.statusCode()).isEqualTo(422);
        assertThat(post.body()).contains("govuk-error-summary").contains("Ange förnamn.").contains("href=\"#givenName\"")
                .contains("Ange en e-postadress i rätt format").contains("href=\"#email\"")
                .contains("Datumet 2025-02-30 finns inte eller är felskrivet.").contains("href=\"#validFrom\"");

        HttpResponse<String> taken = web.submit("/people/new", "/people", newPerson("ifo.soc1", "IFO-BU-MOT-1"));
        assertThat(taken.statusCode()).isEqualTo(422);
        assertThat(taken.body()).contains("Användarnamnet ifo.soc1 används redan.").contains("href=\"#username\"");

        HttpResponse<String> api = new ApiClient(port, tokens, "admin").send("POST", "/api/v1/persons",
                "{\"username\":\"ifo.soc1\",\"givenName\":\"A\",\"familyName\":\"B\"}");
        assertThat(api.statusCode()).isEqualTo(422);
        assertThat(api.body()).contains("Användarnamnet ifo.soc1 används redan.");
        assertThat(count(jdbc, "person")).isEqualTo(people);
    }

    @Test
    void theCoordinatorsEditingIsRecordedAndAStaleVersionGivesTheConflictMessageAndChangesNothing() {
        WebClient chef = signedIn("ifo.sek.mot1");
        String username = username();
        chef.submit("/people/new", "/people", newPerson(username, "IFO-BU-MOT-1"));
        long id = personId(jdbc, username);
        // the section head placed the person but does not change their data: the organisation's administrators do
        assertThat(chef.postForm("/people/" + id, Map.of("givenName", "Sara", "familyName", "Lind", "version", "0",
                "_csrf", WebClient.csrfFrom(chef.get("/people").body()))).statusCode()).isEqualTo(403);
        WebClient web = signedIn("ik.samordnare");
        String stale = OrgUnitScopeTests.version(web.get("/people/" + id).body());

        HttpResponse<String> saved = web.submit("/people/" + id, "/people/" + id, Map.of("givenName", "Sara",
                "familyName", "Lind", "email", "sara.lind@malmo.se", "title", "Socialsekreterare",
                "confidential", "true", "reason", "Namnbyte", "version", stale));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(web.get("/people/" + id).body()).contains("Personuppgifterna är sparade.")
                .contains("<span class=\"vk-before\">Nyberg</span>").contains("<span class=\"vk-after\">Lind</span>")
                .contains("Namnbyte").contains("Din läsning av uppgifterna har registrerats i åtkomstloggen.");
        assertThat(jdbc.sql("select confidential from person where id = ?").param(id).query(Boolean.class).single())
                .isTrue();
        int history = count(jdbc, "history_entry");

        HttpResponse<String> conflict = web.submit("/people/" + id, "/people/" + id, Map.of("givenName", "Sara",
                "familyName", "Skriver över", "email", "", "title", "", "reason", "", "version", stale));
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("govuk-error-summary")
                .contains("Någon annan har ändrat personens uppgifter medan du arbetade.");
        assertThat(familyName(id)).isEqualTo("Lind");
        assertThat(count(jdbc, "history_entry")).isEqualTo(history);
    }

    @Test
    void theApiEditsDetailsAndAStaleVersionGives409AndChangesNothing() {
        ApiClient chef = new ApiClient(port, tokens, "ifo.sek.mot1");
        ApiClient api = new ApiClient(port, tokens, "ik.samordnare");
        String username = username();
        assertThat(chef.send("POST", "/api/v1/persons", "{\"username\":\"" + username + "\",\"givenName\":\"Ali\","
                + "\"familyName\":\"Berg\",\"reason\":\"Ny\",\"placement\":{\"unitId\":" + unitId(jdbc, "IFO-BU-MOT-1")
                + ",\"role\":\"EMPLOYEE\",\"validFrom\":\"" + today() + "\"}}").statusCode()).isEqualTo(201);
        long id = personId(jdbc, username);
        String stale = OrgUnitScopeTests.jsonVersion(api.get("/api/v1/persons/" + id).body());
        assertThat(chef.send("PATCH", "/api/v1/persons/" + id, "{\"title\":\"Chef\",\"version\":" + stale + "}")
                .statusCode()).isEqualTo(403);

        HttpResponse<String> edited = api.send("PATCH", "/api/v1/persons/" + id,
                "{\"title\":\"Förste socialsekreterare\",\"version\":" + stale + "}");
        assertThat(edited.statusCode()).isEqualTo(200);
        assertThat(edited.body()).contains("\"title\":\"Förste socialsekreterare\"").contains("\"familyName\":\"Berg\"");

        HttpResponse<String> conflict = api.send("PATCH", "/api/v1/persons/" + id,
                "{\"familyName\":\"Sist\",\"version\":" + stale + "}");
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(conflict.body()).contains("Posten har ändrats av någon annan");
        assertThat(familyName(id)).isEqualTo("Berg");
    }

    @Test
    void aSectionHeadMayNotEditAPersonInAnotherSectionByUiOrApi() {
        long other = personId(jdbc, "ifo.soc2");
        String before = familyName(other);
        WebClient web = signedIn("ifo.sek.mot1");
        String csrf = WebClient.csrfFrom(web.get("/people").body());
        assertThat(web.postForm("/people/" + other, Map.of("givenName", "Kapad", "familyName", "Kapad",
                "version", "0", "_csrf", csrf)).statusCode()).isEqualTo(403);
        assertThat(new ApiClient(port, tokens, "ifo.sek.mot1").send("PATCH", "/api/v1/persons/" + other,
                "{\"familyName\":\"Kapad\",\"version\":0}").statusCode()).isEqualTo(403);
        assertThat(familyName(other)).isEqualTo(before);
    }

    private Map<String, String> newPerson(String username, String unitCode) {
        Map<String, String> fields = new HashMap<>(Map.of("username", username, "givenName", "Sara",
                "familyName", "Nyberg", "email", "sara.nyberg@malmo.se", "title", "Socialsekreterare",
                "unitId", Long.toString(unitId(jdbc, unitCode)), "role", "EMPLOYEE", "validFrom", today().toString(),
                "validTo", "", "reason", "Nyanställd enligt beslut"));
        return fields;
    }

    private static String username() {
        return "test.person" + SEQUENCE.incrementAndGet();
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Stockholm"));
    }

    private String familyName(long id) {
        return jdbc.sql("select family_name from person where id = ?").param(id).query(String.class).single();
    }

    private int placements(long personId) {
        return jdbc.sql("select count(*) from placement where person_id = ?").param(personId).query(Integer.class).single();
    }

    private WebClient signedIn(String username) {
        return OrgTestSupport.signedIn(port, username);
    }
}
