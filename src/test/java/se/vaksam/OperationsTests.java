package se.vaksam;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.vaksam.support.WebClient;

@VaksamTest
class OperationsTests {

    @LocalServerPort
    int port;

    @Test
    void readinessIncludesTheDatabaseAndNeedsNoLogin() {
        var web = new WebClient(port);
        var readiness = web.get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
        assertThat(web.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void openApiDescribesTheRestApiToSignedInPeople() {
        var web = new WebClient(port);
        assertThat(web.get("/v3/api-docs").statusCode()).isEqualTo(302);
        web.login("ifo.soc1", "vaksam");
        var docs = web.get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"openapi\"").contains("/api/v1/me");
        assertThat(web.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }

    @Test
    void actuatorExposesNothingBeyondHealthAndInfo() {
        var web = new WebClient(port);
        assertThat(web.get("/actuator/env").statusCode()).isNotEqualTo(200);
        assertThat(web.get("/actuator/beans").statusCode()).isNotEqualTo(200);
    }
}
