package se.vaksam.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vaksam.RobustnessTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.WebClient;

/** Parameters that cannot give a meaningful answer are refused with a 422 saying why, never answered with nonsense. */
@RobustnessTest
class ImpossibleRequestTests {

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

    private long importCases(String name, int n) {
        HttpResponse<String> response = api.upload("POST", "/api/v1/populations", "utredningar.csv",
                CheckApiSupport.cases(n).getBytes(StandardCharsets.UTF_8), Map.of("name", name, "unitId",
                        Long.toString(unit), "key", "ärende", "stratum", "sektion", "startedOn", "inledd",
                        "completedOn", "avslutad", "extendedOn", "förlängd"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        Matcher m = Pattern.compile("^\\{\"id\":(\\d+)").matcher(response.body());
        assertThat(m.find()).as(response.body()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void aSampleLargerThanThePopulationIsRefused() {
        long population = importCases("Fyrtio utredningar", 40);

        HttpResponse<String> drawn = api.json("POST", "/api/v1/samples",
                "{\"populationId\":" + population + ",\"method\":\"COUNT\",\"amount\":100}");

        assertThat(drawn.statusCode()).as(drawn.body()).isEqualTo(422);
        assertThat(JsonPath.<String>read(drawn.body(), "$.detail")).isEqualTo(
                "Urvalet kan inte vara större än populationen: 100 poster begärdes men populationen har 40.");
    }

    @Test
    void theHoursRuleOnAPopulationWithoutReceivedTimeIsRefused() {
        long population = importCases("Utredningar utan mottagningstid", 12);

        HttpResponse<String> evaluated = api.json("POST", "/api/v1/deadline-evaluations", """
                {"request":{"populationId":%d,"kind":"HOURS","amount":24,"year":2026,"fromMonth":1,"toMonth":3}}"""
                .formatted(population));

        assertThat(evaluated.statusCode()).as(evaluated.body()).isEqualTo(422);
        assertThat(JsonPath.<String>read(evaluated.body(), "$.detail")).startsWith("Timregeln behöver en mottagningstid");
    }

    @Test
    void aDeadlineEvaluationWithItsFieldsAtTheTopLevelIsA400NamingTheMissingRequest() {
        long population = importCases("Utredningar på fel nivå", 5);

        HttpResponse<String> evaluated = api.json("POST", "/api/v1/deadline-evaluations", """
                {"populationId":%d,"kind":"MONTHS","amount":4,"year":2026,"fromMonth":1,"toMonth":3}"""
                .formatted(population));

        assertThat(evaluated.statusCode()).as(evaluated.body()).isEqualTo(400);
        assertThat(JsonPath.<String>read(evaluated.body(), "$.type")).isEqualTo("urn:vaksam:problem:missing-value");
        assertThat(JsonPath.<String>read(evaluated.body(), "$.field")).isEqualTo("/request");
        assertThat(JsonPath.<String>read(evaluated.body(), "$.detail")).isEqualTo("Fältet /request saknas eller är tomt.");
    }

    @Test
    void theDefaultOfEvaluatedOnIsDocumented() {
        WebClient web = new WebClient(port);
        web.login("ik.samordnare", "vaksam");

        assertThat(web.get("/v3/api-docs").body()).contains("evaluatedOn är dagen då ärenden som ännu inte är avslutade "
                + "bedöms; utelämnad används dagens datum");
    }

    @Test
    void aPopulationFileWithBrokenQuotingIsExplainedInSwedishWithoutTheParsersWords() {
        HttpResponse<String> response = api.upload("POST", "/api/v1/populations", "utredningar.csv",
                "ärende;inledd\nBU-1;2026-01-02\n\"BU-2;2026-01-03\nBU-3;\"2026\"x\n".getBytes(StandardCharsets.UTF_8),
                Map.of("name", "Trasig", "unitId", Long.toString(unit), "key", "ärende", "startedOn", "inledd"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(JsonPath.<String>read(response.body(), "$.detail")).startsWith("Filen kunde inte läsas som CSV: något är fel på rad");
        assertThat(response.body()).doesNotContain("CSVException").doesNotContain("org.apache");
    }
}
