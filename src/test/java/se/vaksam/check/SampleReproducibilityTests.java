package se.vaksam.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;

/**
 * A sample drawn, exported and re-drawn from its stored seed and population yields the same cases; a population
 * whose records changed afterwards (a new extract, or tampering in the database) is detected by its checksum and
 * refused for re-drawing.
 */
@VaksamTest
class SampleReproducibilityTests {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    CheckApiSupport api;
    long unit;

    @BeforeEach
    void setUp() {
        api = new CheckApiSupport(port, tokens, "ik.samordnare");
        unit = jdbc.sql("select id from org_unit where code = 'IFO-BU-MOT-1'").query(Long.class).single();
    }

    private Map<String, String> mapping(String name) {
        return Map.of("name", name, "unitId", Long.toString(unit), "key", "ärende", "stratum", "sektion",
                "startedOn", "inledd", "completedOn", "avslutad", "extendedOn", "förlängd");
    }

    private long importCases(String name, int n) {
        HttpResponse<String> response = api.upload("POST", "/api/v1/populations", "utredningar.csv",
                CheckApiSupport.cases(n).getBytes(StandardCharsets.UTF_8), mapping(name));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return id(response.body());
    }

    private static long id(String json) {
        Matcher m = Pattern.compile("^\\{\"id\":(\\d+)").matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return Long.parseLong(m.group(1));
    }

    private long draw(long population, String extra) {
        HttpResponse<String> drawn = api.json("POST", "/api/v1/samples",
                "{\"populationId\":" + population + ",\"method\":\"PERCENT\",\"amount\":10" + extra + "}");
        assertThat(drawn.statusCode()).as(drawn.body()).isEqualTo(201);
        return id(drawn.body());
    }

    private List<String> exportedKeys(long sample) {
        HttpResponse<byte[]> csv = api.bytes("/api/v1/samples/" + sample + "/export.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).contains("# frö ").contains("# kontrollsumma ");
        return Arrays.stream(text.split("\n")).filter(l -> l.startsWith("BU-")).map(l -> l.split(",")[0]).toList();
    }

    @Test
    void aSampleDrawnExportedAndRedrawnYieldsTheSameCases() {
        long population = importCases("Utredningar för omdragning", 95);
        long sample = draw(population, "");
        List<String> exported = exportedKeys(sample);
        // 10 % of 95 = 9.5 → rounded up: 10 cases
        assertThat(exported).hasSize(10).doesNotHaveDuplicates();

        HttpResponse<String> verified = api.json("POST", "/api/v1/samples/" + sample + "/verification", "");
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        assertThat(verified.body()).contains("\"same\":true");
        assertThat(verified.body()).contains("\"redrawnKeys\":[\"" + String.join("\",\"", exported) + "\"]");

        // a second sample with the first one's seed from the same population picks the same cases
        String seed = jdbc.sql("select seed from check_sample where id = ?").param(sample).query(String.class).single();
        assertThat(exportedKeys(draw(population, ",\"seed\":" + seed))).isEqualTo(exported);
    }

    @Test
    void aPopulationReplacedByANewExtractIsRefusedForRedrawing() {
        long population = importCases("Utredningar som ersätts", 40);
        long sample = draw(population, "");
        String changed = CheckApiSupport.cases(40).replace("BU-2026-0007;Mottagning 2;2026-02-08",
                "BU-2026-0007;Mottagning 2;2026-02-09");
        HttpResponse<String> replaced = api.upload("PUT", "/api/v1/populations/" + population, "utredningar-ny.csv",
                changed.getBytes(StandardCharsets.UTF_8), Map.of("version", "0", "key", "ärende", "stratum", "sektion",
                        "startedOn", "inledd", "completedOn", "avslutad", "extendedOn", "förlängd"));
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);

        HttpResponse<String> verified = api.json("POST", "/api/v1/samples/" + sample + "/verification", "");
        assertThat(verified.statusCode()).isEqualTo(422);
        assertThat(verified.body()).contains("Populationen har ändrats sedan urvalet drogs");
    }

    @Test
    void recordsChangedBehindVaksamsBackAreDetectedByTheChecksum() {
        long population = importCases("Utredningar som manipuleras", 40);
        long sample = draw(population, "");
        jdbc.sql("update check_population_row set completed_on = null where population_id = ? and row_number = 2")
                .param(population).update();

        HttpResponse<String> verified = api.json("POST", "/api/v1/samples/" + sample + "/verification", "");
        assertThat(verified.statusCode()).isEqualTo(422);
        assertThat(verified.body()).contains("Populationen har ändrats sedan urvalet drogs");
        HttpResponse<String> again = api.json("POST", "/api/v1/samples",
                "{\"populationId\":" + population + ",\"method\":\"COUNT\",\"amount\":5}");
        assertThat(again.statusCode()).as("no new sample from changed records either").isEqualTo(422);
    }
}
