package se.vaksam.org;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vaksam.org.OrgTestSupport.count;
import static se.vaksam.org.OrgTestSupport.personId;
import static se.vaksam.org.OrgTestSupport.unitId;
import static se.vaksam.org.PersonEditingTests.today;

import java.net.http.HttpResponse;
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

/** "Lägg till placering" and "Avsluta placering": a placement decides what the person may see. */
@VaksamTest
class PlacementEditingTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void placingANewPersonAsSectionHeadLetsThemReadTheSectionAndEndingThePlacementTakesItAway() {
        WebClient admin = signedIn("admin");
        String username = "ny.chef" + SEQUENCE.incrementAndGet();
        assertThat(admin.submit("/people/new", "/people", Map.of("username", username, "givenName", "Nora",
                "familyName", "Chef", "unitId", "", "role", "", "validFrom", "", "reason", "Rekrytering"))
                .statusCode()).isEqualTo(302);
        long person = personId(jdbc, username);
        long section = unitId(jdbc, "IFO-BU-MOT-2");
        WebClient chef = loginFor(username);
        assertThat(chef.get("/org/units/" + section).statusCode()).isEqualTo(403);

        HttpResponse<String> placed = admin.submit("/people/" + person, "/people/" + person + "/placements",
                Map.of("unitId", Long.toString(section), "role", "SECTION_HEAD",
                        "validFrom", today().minusDays(30).toString(), "validTo", "", "reason", "Tillträder"));
        assertThat(placed.statusCode()).isEqualTo(302);
        assertThat(admin.get("/people/" + person).body()).contains("Placeringen är tillagd.").contains("Sektionschef")
                .contains("Sektion mottagning 2").contains("Gäller i dag");
        assertThat(chef.get("/org/units/" + section).statusCode()).isEqualTo(200);

        long placement = placementOf(person);
        HttpResponse<String> ended = admin.submit("/people/" + person, "/people/" + person + "/placements/end",
                Map.of("placementId", Long.toString(placement), "lastDay", today().minusDays(1).toString(),
                        "reason", "Slutar", "confirmed", "true"));
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(validTo(placement)).isEqualTo(today().minusDays(1).toString());
        assertThat(chef.get("/org/units/" + section).statusCode()).isEqualTo(403);
    }

    @Test
    void throughTheApiAPlacementGivesAccessAndEndingItTakesItAway() {
        ApiClient admin = new ApiClient(port, tokens, "admin");
        String username = "api.chef" + SEQUENCE.incrementAndGet();
        long section = unitId(jdbc, "IFO-BU-MOT-2");
        HttpResponse<String> created = admin.send("POST", "/api/v1/persons", "{\"username\":\"" + username
                + "\",\"givenName\":\"Ola\",\"familyName\":\"Chef\",\"placement\":{\"unitId\":" + section
                + ",\"role\":\"SECTION_HEAD\",\"validFrom\":\"" + today().minusDays(10) + "\"},\"reason\":\"Ny chef\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        long person = personId(jdbc, username);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/persons/" + person);
        createAccount(username);
        ApiClient chef = new ApiClient(port, tokens, username);
        assertThat(chef.get("/api/v1/units/" + section).statusCode()).isEqualTo(200);

        long placement = placementOf(person);
        HttpResponse<String> badEnd = admin.send("POST", "/api/v1/placements/" + placement + "/end",
                "{\"lastDay\":\"" + today().minusDays(20) + "\"}");
        assertThat(badEnd.statusCode()).isEqualTo(422);
        assertThat(badEnd.body()).contains("Slutdatum får inte vara före startdatum.");

        HttpResponse<String> ended = admin.send("POST", "/api/v1/placements/" + placement + "/end",
                "{\"lastDay\":\"" + today().minusDays(1) + "\",\"reason\":\"Slutar\"}");
        assertThat(ended.statusCode()).isEqualTo(200);
        assertThat(ended.body()).contains("\"validTo\":\"" + today().minusDays(1) + "\"").contains("\"current\":false");
        assertThat(chef.get("/api/v1/units/" + section).statusCode()).isEqualTo(403);

        HttpResponse<String> again = admin.send("POST", "/api/v1/persons/" + person + "/placements",
                "{\"unitId\":" + section + ",\"role\":\"EMPLOYEE\",\"validFrom\":\"" + today() + "\"}");
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).contains("\"role\":\"EMPLOYEE\"").contains("\"unitCode\":\"IFO-BU-MOT-2\"");
        assertThat(chef.get("/api/v1/units/" + section).statusCode()).isEqualTo(200);
    }

    @Test
    void aSectionHeadMayNotPlaceInOrEndPlacementsOfAnotherSectionByUiOrApi() {
        long ownPerson = personId(jdbc, "ifo.soc1");
        long otherSection = unitId(jdbc, "IFO-BU-MOT-2");
        long otherPlacement = placementOf(personId(jdbc, "ifo.soc2"));
        int placements = count(jdbc, "placement");
        WebClient web = signedIn("ifo.sek.mot1");
        assertThat(web.get("/people/" + ownPerson).body()).contains("Lägg till placering")
                .doesNotContain("IFO-BU-MOT-2 – ");

        HttpResponse<String> post = web.submit("/people/" + ownPerson, "/people/" + ownPerson + "/placements",
                Map.of("unitId", Long.toString(otherSection), "role", "EMPLOYEE", "validFrom", today().toString(),
                        "validTo", "", "reason", ""));
        assertThat(post.statusCode()).isEqualTo(403);
        HttpResponse<String> admin = web.submit("/people/" + ownPerson, "/people/" + ownPerson + "/placements",
                Map.of("unitId", Long.toString(unitId(jdbc, "IFO-BU-MOT-1")), "role", "SYSTEM_ADMINISTRATOR",
                        "validFrom", today().toString(), "validTo", "", "reason", ""));
        assertThat(admin.statusCode()).isEqualTo(403);
        String csrf = WebClient.csrfFrom(web.get("/people").body());
        assertThat(web.postForm("/people/" + personId(jdbc, "ifo.soc2") + "/placements/end", Map.of("placementId",
                Long.toString(otherPlacement), "lastDay", today().toString(), "confirmed", "true", "_csrf", csrf)).statusCode()).isEqualTo(403);

        ApiClient api = new ApiClient(port, tokens, "ifo.sek.mot1");
        assertThat(api.send("POST", "/api/v1/persons/" + ownPerson + "/placements", "{\"unitId\":" + otherSection
                + ",\"role\":\"EMPLOYEE\",\"validFrom\":\"" + today() + "\"}").statusCode()).isEqualTo(403);
        assertThat(api.send("POST", "/api/v1/placements/" + otherPlacement + "/end",
                "{\"lastDay\":\"" + today() + "\"}").statusCode()).isEqualTo(403);

        assertThat(count(jdbc, "placement")).isEqualTo(placements);
        assertThat(validTo(otherPlacement)).isNull();
    }

    @Test
    void badDatesAreShownInSwedishAndNothingChanges() {
        long person = personId(jdbc, "ifo.fss");
        long section = unitId(jdbc, "IFO-BU-MOT-1");
        int placements = count(jdbc, "placement");
        WebClient web = signedIn("ifo.sek.mot1");
        Map<String, String> fields = new HashMap<>(Map.of("unitId", Long.toString(section), "role", "",
                "validFrom", "2025-02-30", "validTo", "", "reason", ""));
        HttpResponse<String> bad = web.submit("/people/" + person, "/people/" + person + "/placements", fields);
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("govuk-error-summary").contains("Välj roll.").contains("href=\"#placement-role\"")
                .contains("Datumet 2025-02-30 finns inte eller är felskrivet.").contains("href=\"#placement-validFrom\"");

        fields.putAll(Map.of("role", "EMPLOYEE", "validFrom", "2025-03-01", "validTo", "2025-02-01"));
        HttpResponse<String> reversed = web.submit("/people/" + person, "/people/" + person + "/placements", fields);
        assertThat(reversed.statusCode()).isEqualTo(422);
        assertThat(reversed.body()).contains("Slutdatum får inte vara före startdatum.")
                .contains("href=\"#placement-validTo\"");

        long current = jdbc.sql("select id from placement where person_id = ? and valid_to is null")
                .param(person).query(Long.class).single();
        HttpResponse<String> end = web.submit("/people/" + person, "/people/" + person + "/placements/end",
                Map.of("placementId", Long.toString(current), "lastDay", "igår", "reason", ""));
        assertThat(end.statusCode()).isEqualTo(422);
        assertThat(end.body()).contains("Datumet igår finns inte eller är felskrivet.").contains("href=\"#end-lastDay\"")
                .as("ending asks first").contains("Kryssa i att du förstår att placeringen avslutas.")
                .contains("href=\"#end-confirmed\"");
        HttpResponse<String> early = web.submit("/people/" + person, "/people/" + person + "/placements/end",
                Map.of("placementId", Long.toString(current), "lastDay", "2019-12-31", "reason", "",
                        "confirmed", "true"));
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(early.body()).contains("Slutdatum får inte vara före startdatum.");

        assertThat(count(jdbc, "placement")).isEqualTo(placements);
        assertThat(validTo(current)).isNull();
    }

    private WebClient loginFor(String username) {
        createAccount(username);
        return signedIn(username);
    }

    /** A local login for a person made in the test, with the demo password (as the demo accounts have). */
    private void createAccount(String username) {
        jdbc.sql("insert into user_account (username, password_hash) select ?, password_hash from user_account "
                + "where username = 'admin' on conflict (username) do nothing").param(username).update();
    }

    private long placementOf(long person) {
        return jdbc.sql("select id from placement where person_id = ? order by id desc limit 1").param(person)
                .query(Long.class).single();
    }

    private String validTo(long placement) {
        return jdbc.sql("select valid_to::text from placement where id = ?").param(placement).query(String.class)
                .optional().orElse(null);
    }

    private WebClient signedIn(String username) {
        return OrgTestSupport.signedIn(port, username);
    }
}
