package se.vaksam.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;

/**
 * The check module's collections have lists: {@code GET /api/v1/checklists} gives the checklists over
 * samples of units the person may read, newest first, of one sample if asked, and never more than the
 * bound; {@code GET /api/v1/samples} does the same for the samples.
 */
@VaksamTest
class CheckCollectionListTests {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theChecklistsAreListedNewestFirstWithinTheReadersUnits() {
        CheckApiSupport coordinator = new CheckApiSupport(port, tokens, "ik.samordnare");
        long sample = sample(coordinator);
        long first = checklist(coordinator, sample, "Dokumentation av barnets bästa");
        long second = checklist(coordinator, sample, "Kommunicering före beslut");

        HttpResponse<String> ofSample = coordinator.get("/api/v1/checklists?sampleId=" + sample);
        assertThat(ofSample.statusCode()).as(ofSample.body()).isEqualTo(200);
        assertThat(JsonPath.<List<Integer>>read(ofSample.body(), "$[*].id")).containsExactly((int) second, (int) first);
        assertThat(JsonPath.<List<Integer>>read(ofSample.body(), "$[*].questions")).containsExactly(2, 2);

        HttpResponse<String> all = coordinator.get("/api/v1/checklists");
        assertThat(JsonPath.<List<Integer>>read(all.body(), "$[*].id")).contains((int) first, (int) second);
        HttpResponse<String> one = coordinator.get("/api/v1/checklists?limit=1");
        assertThat(JsonPath.<List<Integer>>read(one.body(), "$[*].id")).hasSize(1);

        // the head of ekonomiskt bistånd reads no child-welfare unit
        HttpResponse<String> elsewhere = new CheckApiSupport(port, tokens, "ama.avd.eb").get("/api/v1/checklists");
        assertThat(elsewhere.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<List<Integer>>read(elsewhere.body(), "$[*].id")).doesNotContain((int) first, (int) second);
    }

    @Test
    void theSamplesAreListedNewestFirstWithinTheReadersUnits() {
        CheckApiSupport coordinator = new CheckApiSupport(port, tokens, "ik.samordnare");
        long sample = sample(coordinator);

        HttpResponse<String> all = coordinator.get("/api/v1/samples");
        assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
        assertThat(JsonPath.<Integer>read(all.body(), "$[0].id")).isEqualTo((int) sample);
        assertThat(JsonPath.<Integer>read(all.body(), "$[0].cases")).isEqualTo(4);
        assertThat(JsonPath.<String>read(all.body(), "$[0].populationName")).isEqualTo("Utredningar för checklistor");

        HttpResponse<String> elsewhere = new CheckApiSupport(port, tokens, "ama.avd.eb").get("/api/v1/samples");
        assertThat(JsonPath.<List<Integer>>read(elsewhere.body(), "$[*].id")).doesNotContain((int) sample);
        assertThat(coordinator.get("/api/v1/samples?limit=0").statusCode()).isEqualTo(422);
    }

    @Test
    void aListLongerThanTheBoundIsRefused() {
        HttpResponse<String> tooMany = new CheckApiSupport(port, tokens, "ik.samordnare")
                .get("/api/v1/checklists?limit=501");
        assertThat(tooMany.statusCode()).isEqualTo(422);
        assertThat(JsonPath.<String>read(tooMany.body(), "$.detail")).contains("500");
    }

    private long sample(CheckApiSupport api) {
        long unit = jdbc.sql("select id from org_unit where code = 'IFO-BU-MOT-1'").query(Long.class).single();
        HttpResponse<String> imported = api.upload("POST", "/api/v1/populations", "utredningar.csv",
                CheckApiSupport.cases(12).getBytes(StandardCharsets.UTF_8), Map.of("name", "Utredningar för checklistor",
                        "unitId", Long.toString(unit), "key", "ärende", "stratum", "sektion", "startedOn", "inledd",
                        "completedOn", "avslutad", "extendedOn", "förlängd"));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        long population = JsonPath.<Number>read(imported.body(), "$.id").longValue();
        HttpResponse<String> drawn = api.json("POST", "/api/v1/samples",
                "{\"populationId\":" + population + ",\"method\":\"COUNT\",\"amount\":4}");
        assertThat(drawn.statusCode()).as(drawn.body()).isEqualTo(201);
        return JsonPath.<Number>read(drawn.body(), "$.id").longValue();
    }

    private static long checklist(CheckApiSupport api, long sample, String title) {
        HttpResponse<String> created = api.json("POST", "/api/v1/checklists", """
                {"sampleId":%d,"title":"%s","questions":["Finns beslutet?","Är det kommunicerat?"]}"""
                .formatted(sample, title));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JsonPath.<Number>read(created.body(), "$.id").longValue();
    }
}
