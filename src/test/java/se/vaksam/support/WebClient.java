package se.vaksam.support;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A real HTTP client with a cookie jar for tests against the running application: logs in
 * through the login form (with its CSRF token) and posts forms the way a browser does.
 */
public final class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;

    public WebClient(int port) {
        this(port, new CookieManager());
    }

    /** A client with its own cookie handling, e.g. one that also talks to an identity provider. */
    public WebClient(int port, CookieHandler cookies) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Logs in through the form; returns the redirect after login (the start page on success). */
    public HttpResponse<String> login(String username, String password) {
        String token = csrfFrom(get("/login").body());
        return postForm("/login", Map.of("username", username, "password", password, "_csrf", token));
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /** Posts a form after fetching the CSRF token from {@code pageWithForm}. */
    public HttpResponse<String> submit(String pageWithForm, String action, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrfFrom(get(pageWithForm).body()));
        return postForm(action, all);
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        return postFormTo(URI.create(base + path), fields);
    }

    /** Posts a form to any address, also outside the application. */
    public HttpResponse<String> postFormTo(URI uri, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Sends with this client's cookies, reading the body as the handler says (e.g. bytes for a download). */
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String base() {
        return base;
    }

    public static String csrfFrom(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("No CSRF token in page");
        }
        return m.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
