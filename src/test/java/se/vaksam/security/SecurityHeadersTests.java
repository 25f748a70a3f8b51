package se.vaksam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.vaksam.VaksamTest;
import se.vaksam.support.ApiClient;
import se.vaksam.support.WebClient;

/**
 * Every response carries the security headers: a Content-Security-Policy that allows script only from
 * Vaksam itself (no inline script, no eval), no plugins, no framing; a Referrer-Policy; a Permissions-Policy
 * that turns off camera, microphone and location. Pages, the API and error responses alike. And no page
 * needs inline script: the templates have no script blocks, event-handler attributes or javascript: links.
 */
@VaksamTest
class SecurityHeadersTests {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Test
    void pagesTheApiAndErrorsCarryTheSecurityHeaders() {
        WebClient anonymous = new WebClient(port);
        WebClient signedIn = new WebClient(port);
        signedIn.login("ifo.soc1", "vaksam");
        ApiClient api = new ApiClient(port, tokens, "ifo.soc1");

        List<HttpResponse<String>> responses = List.of(
                anonymous.get("/login"),
                anonymous.get("/deviations"),
                signedIn.get("/"),
                signedIn.get("/deviations"),
                signedIn.get("/no-such-page"),
                api.get("/api/v1/me"),
                api.get("/api/v1/deviations/999999999"),
                anonymous.get("/api/v1/me"));
        assertThat(responses).extracting(HttpResponse::statusCode).containsExactly(200, 302, 200, 200, 404, 200, 404, 401);
        for (HttpResponse<String> response : responses) {
            String where = response.request().uri().getPath() + " " + response.statusCode();
            String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(policy).as(where)
                    .contains("default-src 'self'", "script-src 'self';", "object-src 'none'", "base-uri 'self'",
                            "frame-ancestors 'none'", "form-action 'self'")
                    .doesNotContain("unsafe-eval");
            assertThat(directive(policy, "script-src")).as(where).isEqualTo("script-src 'self'");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(where).hasValue("same-origin");
            assertThat(response.headers().firstValue("Permissions-Policy").orElse("")).as(where)
                    .contains("camera=()", "microphone=()", "geolocation=()");
        }
    }

    @Test
    void theLayoutTellsHtmxNotToEvaluateScriptOrInjectStyles() {
        WebClient signedIn = new WebClient(port);
        signedIn.login("ifo.soc1", "vaksam");
        assertThat(signedIn.get("/").body()).contains("<meta name=\"htmx-config\"")
                .contains("\"allowEval\": false").contains("\"includeIndicatorStyles\": false");
    }

    @Test
    void noTemplateOrScriptNeedsInlineScript() throws IOException {
        Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
        Pattern handler = Pattern.compile("\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
        Pattern javascriptUrl = Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE);
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/resources/templates")),
                Files.walk(Path.of("src/main/resources/static")))) {
            List<String> offending = files.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".js"))
                    .filter(f -> {
                        String text = read(f);
                        boolean html = f.toString().endsWith(".html");
                        return html && (inlineScript.matcher(text).find() || handler.matcher(text).find())
                                || javascriptUrl.matcher(text).find();
                    })
                    .map(Path::toString).toList();
            assertThat(offending).isEmpty();
        }
    }

    private static String directive(String policy, String name) {
        return Stream.of(policy.split(";")).map(String::strip).filter(d -> d.startsWith(name + " ")).findFirst()
                .orElse("");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
