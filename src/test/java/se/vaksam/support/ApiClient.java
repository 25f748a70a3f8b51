package se.vaksam.support;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import se.vaksam.security.ApiTokens;

/** Calls the REST API with a personal API token issued for a demo user. */
public final class ApiClient {

    private final WebClient web;
    private final String token;

    public ApiClient(int port, ApiTokens tokens, String username) {
        this.web = new WebClient(port);
        // No expiry: the token must work whatever day the application's (fixed) clock shows.
        this.token = tokens.issue(username, "test", null);
    }

    public HttpResponse<String> get(String path) {
        return web.send(request(path).GET().build());
    }

    public HttpResponse<String> send(String method, String path, String json) {
        return web.send(request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(web.base() + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }
}
