package se.vaksam.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;
import se.vaksam.support.WebClient;

/** People get a friendly page in their language; API clients get RFC 9457 problem details. */
@VaksamTest
class ErrorResponsesTests {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Test
    void anUnknownPageShowsTheFriendlySwedishNotFoundPageInTheFrame() {
        WebClient web = new WebClient(port);
        web.login("ifo.soc1", "vaksam");

        HttpResponse<String> page = web.get("/finns-inte");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body())
                .contains("<title>Sidan finns inte – Vaksam</title>")
                .contains("<h1 class=\"govuk-heading-xl\">Sidan finns inte</h1>")
                .contains("Det finns ingen sida eller uppgift på den här adressen.")
                .contains("Logga ut")
                .doesNotContain("No static resource");
    }

    @Test
    void theNotFoundPageFollowsTheChosenLanguage() {
        WebClient web = new WebClient(port);
        web.login("ifo.soc1", "vaksam");
        web.get("/?lang=en");

        assertThat(web.get("/no-such-page").body()).contains(">Page not found</h1>").contains("lang=\"en\"");
    }

    @Test
    void theApiAnswers401AsProblemDetailsWithoutAToken() {
        HttpResponse<String> response = new WebClient(port).get("/api/v1/me");

        assertProblem(response, 401, "Inloggning krävs");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(JsonPath.<String>read(response.body(), "$.detail")).contains("API-nyckel");
    }

    @Test
    void theApiAnswers403AsProblemDetailsWhenTheRoleIsMissing() {
        HttpResponse<String> response = new ApiClient(port, tokens, "ifo.soc1").get("/api/v1/access-log");

        assertProblem(response, 403, "Åtkomst nekad");
        assertThat(JsonPath.<String>read(response.body(), "$.detail")).contains("Behörigheten följer din roll");
    }

    @Test
    void theApiAnswers404AsProblemDetailsForAnUnknownPath() {
        HttpResponse<String> response = new ApiClient(port, tokens, "ifo.soc1").get("/api/v1/finns-inte");

        assertProblem(response, 404, "Finns inte");
        assertThat(JsonPath.<String>read(response.body(), "$.messageKey")).isEqualTo("error.api.detail.404");
        assertThat(JsonPath.<String>read(response.body(), "$.type")).isEqualTo("urn:vaksam:problem:not-found");
        assertThat(JsonPath.<String>read(response.body(), "$.instance")).isEqualTo("/api/v1/finns-inte");
    }

    @Test
    void theApiAnswers405AsProblemDetailsForAMethodItDoesNotTake() {
        HttpResponse<String> response = new ApiClient(port, tokens, "ifo.soc1").send("DELETE", "/api/v1/me", "{}");

        assertProblem(response, 405, "Åtgärden går inte att göra här");
    }

    @Test
    void theApiAnswersARequestItRefusesToReadAsProblemDetails() {
        // a path with an empty segment or an encoded dot segment is refused by the firewall before any handler
        // (sent past the contract check: the OpenAPI document has no such path)
        ApiClient api = new ApiClient(port, tokens, "ifo.soc1");
        for (String path : java.util.List.of("/api/v1/deviations//1", "/api/v1/deviations/%2e%2e/me")) {
            HttpResponse<String> response = new WebClient(port).send(api.request(path).GET().build(),
                    HttpResponse.BodyHandlers.ofString());

            assertProblem(response, 400, "Felaktig begäran");
            assertThat(JsonPath.<String>read(response.body(), "$.detail")).as(path).isNotBlank();
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status, String title) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JsonPath.<Integer>read(response.body(), "$.status")).isEqualTo(status);
        assertThat(JsonPath.<String>read(response.body(), "$.title")).isEqualTo(title);
    }
}
