package se.vaksam.check;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiContract;

/**
 * Calls the check API with a personal token, including multipart uploads of population files. JSON
 * calls and reads are checked against the OpenAPI document ({@link ApiContract}).
 */
final class CheckApiSupport {

    private static final String BOUNDARY = "vaksam-check-boundary";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String token;
    private final int port;

    CheckApiSupport(int port, ApiTokens tokens, String username) {
        this.port = port;
        this.base = "http://localhost:" + port;
        // No expiry: the token must work whatever day the application's (fixed) clock shows.
        this.token = tokens.issue(username, "test", null);
    }

    HttpResponse<String> upload(String method, String path, String fileName, byte[] content, Map<String, String> fields) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> json(String method, String path, String json) {
        HttpResponse<String> response = send(request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        ApiContract.of(port).check(method, path, "application/json", json, response);
        return response;
    }

    HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        ApiContract.of(port).check("GET", path, null, null, response);
        return response;
    }

    HttpResponse<byte[]> bytes(String path) {
        return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, */*");
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A CSV of {@code n} child-welfare investigations (barnavårdsutredningar) started in January–March 2026. */
    static String cases(int n) {
        StringBuilder csv = new StringBuilder("ärende;sektion;inledd;avslutad;förlängd\n");
        for (int i = 1; i <= n; i++) {
            csv.append(String.format("BU-2026-%04d;%s;2026-0%d-%02d;%s;\n", i, i % 2 == 0 ? "Mottagning 1" : "Mottagning 2",
                    1 + i % 3, 1 + i % 28, i % 4 == 0 ? "" : String.format("2026-0%d-%02d", 4 + i % 3, 1 + i % 28)));
        }
        return csv.toString();
    }
}
