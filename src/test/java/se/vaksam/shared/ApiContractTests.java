package se.vaksam.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;
import se.vaksam.support.ApiContract;

/**
 * The HTTP tests hold the server to its OpenAPI document ({@link ApiContract}): an answer the
 * document does not describe fails the test that got it. Here the server's real answers pass,
 * and answers it could wrongly give (an undocumented status, a body of the wrong shape, a refusal
 * that is no problem detail, an accepted request the document forbids) are caught.
 */
@VaksamTest
class ApiContractTests {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Test
    void theServersOwnAnswersKeepTheContract() {
        ApiClient api = new ApiClient(port, tokens, "admin");
        assertThat(api.get("/api/v1/checklists").statusCode()).isEqualTo(200);
        assertThat(api.get("/api/v1/checklists/999999").statusCode()).isEqualTo(404);
    }

    @Test
    void anUndocumentedStatusIsCaught() {
        assertThatThrownBy(() -> contract().check("GET", "/api/v1/checklists", null, null,
                answer(418, "application/problem+json", problem(418))))
                .isInstanceOf(AssertionError.class).hasMessageContaining("418");
    }

    @Test
    void aBodyThatDoesNotMatchItsSchemaIsCaught() {
        assertThatThrownBy(() -> contract().check("GET", "/api/v1/checklists", null, null,
                answer(200, "application/json", "{\"id\":\"not a list\"}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("breaks the OpenAPI document");
        assertThatThrownBy(() -> contract().check("GET", "/api/v1/checklists", null, null,
                answer(200, "application/json", "[{\"id\":\"one\",\"title\":5}]")))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void aRefusalThatIsNoProblemDetailIsCaught() {
        assertThatThrownBy(() -> contract().check("GET", "/api/v1/checklists/1", null, null,
                answer(404, "application/problem+json", "{\"status\":\"saknas\"}")))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void anAcceptedRequestTheDocumentForbidsIsCaughtAndARefusedOneIsNot() {
        String unknownField = "{\"title\":\"Lista\",\"sampleId\":1,\"questions\":[\"Fråga\"],\"färg\":\"röd\"}";
        assertThatThrownBy(() -> contract().check("POST", "/api/v1/checklists", "application/json", unknownField,
                answer(201, "application/json", "{}")))
                .isInstanceOf(AssertionError.class);
        contract().check("POST", "/api/v1/checklists", "application/json", unknownField,
                answer(400, "application/problem+json", problem(400)));
    }

    private ApiContract contract() {
        return ApiContract.of(port);
    }

    private static String problem(int status) {
        return "{\"type\":\"urn:vaksam:problem:x\",\"title\":\"Fel\",\"status\":" + status + ",\"detail\":\"Fel.\"}";
    }

    private static HttpResponse<String> answer(int status, String contentType, String body) {
        return new Answer(status, HttpHeaders.of(Map.of("Content-Type", List.of(contentType)), (a, b) -> true), body);
    }

    /** An answer as a server could give it, for the contract to judge. */
    private record Answer(int statusCode, HttpHeaders headers, String body) implements HttpResponse<String> {

        @Override
        public HttpRequest request() {
            return HttpRequest.newBuilder(URI.create("http://localhost/")).build();
        }

        @Override
        public Optional<HttpResponse<String>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public URI uri() {
            return request().uri();
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }
}
