package se.vaksam.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OpenAPI document of the running application as the contract of its HTTP tests: every
 * answer must be documented for its operation (status, content type, body schema), and a request
 * the server accepted (2xx) must be one the document allows. A request the document forbids
 * and the server refuses (4xx) agrees with the document, so deliberate bad requests pass; a request
 * to an address or with a method the document does not have must get a 404 or 405 problem detail.
 * The document is read once per running application from {@code /v3/api-docs}.
 */
public final class ApiContract {

    private static final Map<Integer, ApiContract> BY_PORT = new ConcurrentHashMap<>();
    private static final Set<String> OUTSIDE = Set.of("validation.request.path.missing",
            "validation.request.operation.notAllowed");

    private final String document;
    private final OpenApiInteractionValidator validator;

    private ApiContract(String document) {
        this.document = document;
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
                .withLevelResolver(LevelResolver.create()
                        // The server refuses what the document does not list; the tests prove
                        // those refusals themselves. Security is the authorisation tests' subject.
                        .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }

    /** The contract of the application on this port (its document read with an administrator's session). */
    public static ApiContract of(int port) {
        return BY_PORT.computeIfAbsent(port, p -> {
            WebClient admin = new WebClient(p);
            admin.login("admin", "vaksam");
            HttpResponse<String> response = admin.get("/v3/api-docs");
            if (response.statusCode() != 200) {
                throw new IllegalStateException("No OpenAPI document: " + response.statusCode());
            }
            return new ApiContract(response.body());
        });
    }

    /** The document as the application publishes it (JSON). */
    public String document() {
        return document;
    }

    /**
     * Fails (with an {@link AssertionError} listing the mismatches) when the answer is not what
     * the document promises for this request, or when the server accepted a request the
     * document does not allow.
     */
    public void check(String method, String pathAndQuery, String contentType, String requestBody,
            HttpResponse<String> response) {
        ValidationReport report = mismatches(method, pathAndQuery, contentType, requestBody, response);
        if (report.hasErrors()) {
            throw new AssertionError("The answer to " + method + " " + pathAndQuery + " (" + response.statusCode()
                    + ") breaks the OpenAPI document:\n"
                    + SimpleValidationReportFormat.getInstance().apply(report)
                    + "\nBody: " + abbreviate(response.body()));
        }
    }

    /** What does not match the document, empty when all does. */
    public ValidationReport mismatches(String method, String pathAndQuery, String contentType, String requestBody,
            HttpResponse<String> response) {
        URI uri = URI.create(pathAndQuery);
        SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(method), uri.getRawPath());
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                request.withQueryParam(name, equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        if (contentType != null) {
            request.withContentType(contentType);
        }
        if (requestBody != null) {
            request.withBody(requestBody);
        }
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode());
        response.headers().firstValue("Content-Type").ifPresent(answer::withContentType);
        if (response.body() != null && !response.body().isEmpty()) {
            answer.withBody(response.body());
        }
        SimpleRequest sent = request.build();
        ValidationReport requestReport = validator.validateRequest(sent);
        if (requestReport.getMessages().stream().anyMatch(m -> OUTSIDE.contains(m.getKey()))) {
            // No operation of the document: the only right answer is a refusal as a problem detail.
            boolean refused = (response.statusCode() == 404 || response.statusCode() == 405) && response.headers()
                    .firstValue("Content-Type").orElse("").startsWith("application/problem+json");
            return refused ? ValidationReport.empty() : requestReport;
        }
        ValidationReport responseReport = validator.validateResponse(sent.getPath(), sent.getMethod(), answer.build());
        boolean accepted = response.statusCode() >= 200 && response.statusCode() < 300;
        return accepted ? requestReport.merge(responseReport) : responseReport;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 500 ? String.valueOf(text) : text.substring(0, 500) + "…";
    }
}
