package se.vaksam.org;

import static org.assertj.core.api.Assertions.assertThat;
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

/** A person's Historik shows their placements too: added and ended, with unit and role, before and after. */
@VaksamTest
class PersonHistoryTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void addingAndEndingAPlacementShowsInThePersonsHistoryOnThePage() {
        WebClient chef = OrgTestSupport.signedIn(port, "ifo.sek.mot1");
        long section = unitId(jdbc, "IFO-BU-MOT-1");
        String username = "historik" + SEQUENCE.incrementAndGet();
        assertThat(chef.submit("/people/new", "/people", Map.of("username", username, "givenName", "Hanna",
                "familyName", "Historia", "email", "", "title", "", "unitId", Long.toString(section),
                "role", "EMPLOYEE", "validFrom", today().minusDays(5).toString(), "validTo", "",
                "reason", "Nyanställd")).statusCode()).isEqualTo(302);
        long person = personId(jdbc, username);
        assertThat(chef.submit("/people/" + person, "/people/" + person + "/placements", Map.of("unitId",
                Long.toString(section), "role", "SECTION_HEAD", "validFrom", today().toString(), "validTo", "",
                "reason", "Vikarierande chef")).statusCode()).isEqualTo(302);
        long acting = latestPlacement(person);
        assertThat(chef.submit("/people/" + person, "/people/" + person + "/placements/end", Map.of("placementId",
                Long.toString(acting), "lastDay", today().plusDays(7).toString(), "reason", "Vikariatet upphör", "confirmed", "true"))
                .statusCode()).isEqualTo(302);

        String page = chef.get("/people/" + person).body();
        String placementHistory = page.substring(page.indexOf("id=\"placement-history-heading\""));
        assertThat(placementHistory).contains("Placeringar").contains("Placeringshistorik")
                .contains("Tillagd").contains("Avslutad")
                .contains("Sektion mottagning 1 (IFO-BU-MOT-1)").contains("Sektionschef").contains("Medarbetare")
                .contains("<span class=\"vk-after\">" + today().plusDays(7) + "</span>")
                .contains("<span class=\"vk-after\">Sektionschef</span>")
                .contains("Nyanställd").contains("Vikarierande chef").contains("Vikariatet upphör")
                .doesNotContain(">Person</strong>");
        assertThat(placementHistory.indexOf("Vikariatet upphör")).isLessThan(placementHistory.indexOf("Nyanställd"));
    }

    @Test
    void theApiGivesThePersonsAndThePlacementsHistory() {
        ApiClient admin = new ApiClient(port, tokens, "admin");
        long section = unitId(jdbc, "IFO-BU-MOT-2");
        String username = "api.historik" + SEQUENCE.incrementAndGet();
        assertThat(admin.send("POST", "/api/v1/persons", "{\"username\":\"" + username + "\",\"givenName\":\"Per\","
                + "\"familyName\":\"Historia\",\"reason\":\"Ny\",\"placement\":{\"unitId\":" + section
                + ",\"role\":\"EMPLOYEE\",\"validFrom\":\"" + today().minusDays(3) + "\"}}").statusCode())
                .isEqualTo(201);
        long person = personId(jdbc, username);
        long placement = latestPlacement(person);
        assertThat(admin.send("POST", "/api/v1/placements/" + placement + "/end", "{\"lastDay\":\"" + today()
                + "\",\"reason\":\"Slutar\"}").statusCode()).isEqualTo(200);

        HttpResponse<String> history = admin.get("/api/v1/persons/" + person + "/history");
        assertThat(history.statusCode()).isEqualTo(200);
        assertThat(history.body()).contains("\"person\":[{\"action\":\"CREATED\"")
                .contains("\"placements\":[{\"placementId\":" + placement)
                .contains("\"unitCode\":\"IFO-BU-MOT-2\"").contains("\"role\":\"EMPLOYEE\"")
                .contains("\"kind\":\"ENDED\"").contains("\"kind\":\"ADDED\"")
                .contains("\"action\":\"UPDATED\"").contains("\"reason\":\"Slutar\"")
                .contains("{\"field\":\"validTo\",\"before\":null,\"after\":\"" + today() + "\"}")
                .contains("\"action\":\"CREATED\"").contains("{\"field\":\"unit\",\"before\":null,\"after\":\"IFO-BU-MOT-2\"}");
        assertThat(new ApiClient(port, tokens, "ifo.sek.mot1").get("/api/v1/persons/" + person + "/history")
                .statusCode()).isEqualTo(403);
    }

    private long latestPlacement(long person) {
        return jdbc.sql("select max(id) from placement where person_id = ?").param(person).query(Long.class).single();
    }
}
