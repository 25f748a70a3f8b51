package se.vaksam;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;
import se.vaksam.support.WebClient;

/**
 * No single read asks for everything: a period, a number of rows and a year each have a limit, and a
 * request beyond it is refused with a Swedish 422 that names the parameter and the allowed maximum,
 * rather than answered with megabytes. Within the limits the same reads answer as before.
 */
@VaksamTest
class BoundedReadsTests {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theRecurringDutiesOccurrencesCoverAtMostAYear() {
        ApiClient api = new ApiClient(port, tokens, "ifo.soc1");
        HttpResponse<String> everything = api.get("/api/v1/recurring-duties/occurrences?from=0001-01-01&to=9999-12-31");
        assertThat(everything.statusCode()).isEqualTo(422);
        assertThat(everything.body()).contains("Perioden från from till to får omfatta högst 366 dagar.");
        HttpResponse<String> backwards = api.get("/api/v1/recurring-duties/occurrences?from=2026-12-31&to=2026-01-01");
        assertThat(backwards.statusCode()).isEqualTo(422);
        assertThat(backwards.body()).contains("Parametern to får inte vara före from.");
        assertThat(api.get("/api/v1/recurring-duties/occurrences?from=2026-01-01&to=2026-12-31").statusCode())
                .isEqualTo(200);
    }

    @Test
    void theAccessLogReturnsAtMostAThousandEntries() {
        ApiClient api = new ApiClient(port, tokens, "admin");
        HttpResponse<String> tooMany = api.get("/api/v1/access-log?limit=100000");
        assertThat(tooMany.statusCode()).isEqualTo(422);
        assertThat(tooMany.body()).contains("Parametern limit får vara högst 1000 (och minst 1).");
        assertThat(api.get("/api/v1/access-log?limit=0").statusCode()).isEqualTo(422);
        assertThat(api.get("/api/v1/access-log?limit=1000").statusCode()).isEqualTo(200);
    }

    @Test
    void aPopulationsRecordsComeAtMostFiveThousandAtATime() {
        ApiClient api = new ApiClient(port, tokens, "admin");
        long population = jdbc.sql("select min(population_id) from check_population_row").query(Long.class).single();
        String records = "/api/v1/populations/" + population + "/records";
        HttpResponse<String> tooMany = api.get(records + "?limit=100000");
        assertThat(tooMany.statusCode()).isEqualTo(422);
        assertThat(tooMany.body()).contains("Parametern limit får vara högst 5000 (och minst 1).");
        HttpResponse<String> two = api.get(records + "?limit=2&after=1");
        assertThat(two.statusCode()).isEqualTo(200);
        assertThat(two.body().split("\"rowNumber\"", -1)).hasSize(3);
        assertThat(two.body()).contains("\"rowNumber\":2").contains("\"rowNumber\":3");
    }

    @Test
    void yearsLieBetween2000And2100() {
        ApiClient api = new ApiClient(port, tokens, "admin");
        for (String path : new String[] {"/api/v1/deviations/statistics?year=9999", "/api/v1/deviations?year=-1",
                "/api/v1/quality-reports/9999", "/api/v1/self-inspections?year=1", "/api/v1/plans?year=99999",
                "/api/v1/follow-up-deadlines?year=3000", "/api/v1/risk-analyses/candidates?year=1999",
                "/api/v1/self-assessments/criteria/9999"}) {
            HttpResponse<String> refused = api.get(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(422);
            assertThat(refused.body()).as(path).contains("Parametern year ska vara ett år mellan 2000 och 2100.");
        }
        assertThat(api.get("/api/v1/deviations/statistics?year=2026").statusCode()).isEqualTo(200);
        WebClient web = new WebClient(port);
        web.login("admin", "vaksam");
        HttpResponse<String> page = web.get("/quality?year=9999");
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("Parametern year ska vara ett år mellan 2000 och 2100.");
    }

    @Test
    void theOpenApiDocumentStatesTheLimits() {
        WebClient web = new WebClient(port);
        web.login("admin", "vaksam");
        String docs = web.get("/v3/api-docs").body();
        assertThat(docs).contains("\"maximum\":1000").contains("\"maximum\":2100")
                .contains("perioden omfattar högst 366 dagar");
    }
}
