package se.vaksam.org;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vaksam.org.OrgTestSupport.count;
import static se.vaksam.org.OrgTestSupport.personId;
import static se.vaksam.org.OrgTestSupport.unitId;
import static se.vaksam.org.PersonEditingTests.today;

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
 * Someone with no current placement (not placed yet, or every placement ended) belongs to no
 * chef: only the system administrator and the internal-control coordinator may change or place them.
 */
@VaksamTest
class UnplacedPeopleTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aChefMayNotEditOrPlaceSomeoneNotPlacedYetByUiOrApi() {
        long person = createByAdmin(null);
        assertChefIsRefusedAndNothingChanges(person);
    }

    @Test
    void aChefMayNotEditOrPlaceSomeoneWhosePlacementInTheirSectionHasEnded() {
        long section = unitId(jdbc, "IFO-BU-MOT-1");
        long person = createByAdmin("{\"unitId\":" + section + ",\"role\":\"EMPLOYEE\",\"validFrom\":\""
                + today().minusDays(60) + "\",\"validTo\":\"" + today().minusDays(1) + "\"}");
        assertChefIsRefusedAndNothingChanges(person);
    }

    @Test
    void theCoordinatorFindsEditsAndPlacesSomeoneNotPlacedYet() {
        WebClient coordinator = OrgTestSupport.signedIn(port, "ik.samordnare");
        String username = username();
        HttpResponse<String> created = coordinator.submit("/people/new", "/people", Map.of("username", username,
                "givenName", "Vera", "familyName", "Oplacerad", "unitId", "", "role", "", "validFrom", "",
                "validTo", "", "reason", "Rekrytering pågår"));
        assertThat(created.statusCode()).isEqualTo(302);
        long person = personId(jdbc, username);
        assertThat(coordinator.get("/people?q=" + username).body()).contains("Vera Oplacerad");
        String page = coordinator.get("/people/" + person).body();
        assertThat(page).contains("Ändra personuppgifter").contains("Lägg till placering");

        HttpResponse<String> edited = coordinator.submit("/people/" + person, "/people/" + person, Map.of(
                "givenName", "Vera", "familyName", "Oplacerad", "email", "", "title", "Utredare",
                "reason", "Titel enligt anställningsbeslut", "version", OrgUnitScopeTests.version(page)));
        assertThat(edited.statusCode()).isEqualTo(302);
        HttpResponse<String> placed = coordinator.submit("/people/" + person, "/people/" + person + "/placements",
                Map.of("unitId", Long.toString(unitId(jdbc, "IFO-BU-MOT-1")), "role", "EMPLOYEE",
                        "validFrom", today().toString(), "validTo", "", "reason", "Börjar på mottagningen"));
        assertThat(placed.statusCode()).isEqualTo(302);
        assertThat(title(person)).isEqualTo("Utredare");
        assertThat(placements(person)).isEqualTo(1);
    }

    @Test
    void theAdministratorEditsSomeoneNotPlacedYetThroughTheApi() {
        long person = createByAdmin(null);
        ApiClient admin = new ApiClient(port, tokens, "admin");
        String version = OrgUnitScopeTests.jsonVersion(admin.get("/api/v1/persons/" + person).body());
        assertThat(admin.send("PATCH", "/api/v1/persons/" + person, "{\"title\":\"Handläggare\",\"version\":"
                + version + "}").statusCode()).isEqualTo(200);
        assertThat(title(person)).isEqualTo("Handläggare");
    }

    @Test
    void aChefWhoseNewPersonStartsLaterLandsOnTheUnitWithAConfirmation() {
        WebClient chef = OrgTestSupport.signedIn(port, "ifo.sek.mot1");
        long section = unitId(jdbc, "IFO-BU-MOT-1");
        String username = username();
        HttpResponse<String> created = chef.submit("/people/new", "/people", Map.of("username", username,
                "givenName", "Fia", "familyName", "Framtid", "email", "", "title", "",
                "unitId", Long.toString(section), "role", "EMPLOYEE", "validFrom", today().plusDays(14).toString(),
                "validTo", "", "reason", "Börjar om två veckor"));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/org/units/" + section));
        assertThat(chef.get("/org/units/" + section).body())
                .contains("Personen är skapad. Placeringen har inte börjat än");
        assertThat(placements(personId(jdbc, username))).isEqualTo(1);
    }

    private void assertChefIsRefusedAndNothingChanges(long person) {
        int history = count(jdbc, "history_entry");
        int allPlacements = count(jdbc, "placement");
        String section = Long.toString(unitId(jdbc, "IFO-BU-MOT-1"));
        WebClient chef = OrgTestSupport.signedIn(port, "ifo.sek.mot1");
        assertThat(chef.get("/people/" + person).statusCode()).isEqualTo(403);
        String csrf = WebClient.csrfFrom(chef.get("/people").body());
        assertThat(chef.postForm("/people/" + person, Map.of("givenName", "Kapad", "familyName", "Kapad",
                "title", "Kapad", "version", "0", "reason", "x", "_csrf", csrf)).statusCode()).isEqualTo(403);
        assertThat(chef.postForm("/people/" + person + "/placements", Map.of("unitId", section, "role", "EMPLOYEE",
                "validFrom", today().toString(), "validTo", "", "reason", "x", "_csrf", csrf)).statusCode())
                .isEqualTo(403);

        ApiClient api = new ApiClient(port, tokens, "ifo.sek.mot1");
        assertThat(api.send("PATCH", "/api/v1/persons/" + person, "{\"title\":\"Kapad\",\"version\":0}")
                .statusCode()).isEqualTo(403);
        assertThat(api.send("POST", "/api/v1/persons/" + person + "/placements", "{\"unitId\":" + section
                + ",\"role\":\"EMPLOYEE\",\"validFrom\":\"" + today() + "\"}").statusCode()).isEqualTo(403);

        assertThat(title(person)).isEqualTo("Socialsekreterare");
        assertThat(count(jdbc, "placement")).isEqualTo(allPlacements);
        assertThat(count(jdbc, "history_entry")).isEqualTo(history);
    }

    private long createByAdmin(String placementJson) {
        String username = username();
        HttpResponse<String> created = new ApiClient(port, tokens, "admin").send("POST", "/api/v1/persons",
                "{\"username\":\"" + username + "\",\"givenName\":\"Ulla\",\"familyName\":\"Utan\","
                        + "\"title\":\"Socialsekreterare\",\"reason\":\"Test\""
                        + (placementJson == null ? "" : ",\"placement\":" + placementJson) + "}");
        assertThat(created.statusCode()).isEqualTo(201);
        return personId(jdbc, username);
    }

    private static String username() {
        return "oplacerad" + SEQUENCE.incrementAndGet();
    }

    private String title(long person) {
        return jdbc.sql("select title from person where id = ?").param(person).query(String.class).single();
    }

    private int placements(long person) {
        return jdbc.sql("select count(*) from placement where person_id = ?").param(person).query(Integer.class).single();
    }
}
