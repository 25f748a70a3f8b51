package se.vaksam.support;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import se.vaksam.security.ApiTokens;

/**
 * Calls the REST API with a personal API token issued for a demo user. Every call through
 * {@link #get} and {@link #send} is checked against the OpenAPI document ({@link ApiContract}):
 * an answer the document does not describe fails the test.
 */
public final class ApiClient {

    private final WebClient web;
    private final String token;
    private final int port;

    public ApiClient(int port, ApiTokens tokens, String username) {
        this.web = new WebClient(port);
        this.port = port;
        // No expiry: the token must work whatever day the application's (fixed) clock shows.
        this.token = tokens.issue(username, "test", null);
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = web.send(request(path).GET().build());
        ApiContract.of(port).check("GET", path, null, null, response);
        return response;
    }

    public HttpResponse<String> send(String method, String path, String json) {
        HttpResponse<String> response = web.send(request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build());
        ApiContract.of(port).check(method, path, "application/json", json, response);
        return response;
    }

    /** Posts a file as {@code multipart/form-data} (part {@code file}), as a browser or curl -F would. */
    public HttpResponse<String> upload(String path, String fileName, byte[] content) {
        return upload(path, fileName, content, java.util.Map.of());
    }

    /** Posts a file (part {@code file}) with form fields as {@code multipart/form-data}. */
    public HttpResponse<String> upload(String path, String fileName, byte[] content, java.util.Map<String, String> fields) {
        String boundary = "vaksam-test-boundary";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return web.send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** A download's bytes. */
    public byte[] bytes(String path) {
        return web.send(request(path).setHeader("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray())
                .body();
    }

    /** A request to build further (e.g. a download or a multipart upload); not checked against the document. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(web.base() + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }
}
