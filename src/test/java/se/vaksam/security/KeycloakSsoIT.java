package se.vaksam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.vaksam.VaksamApplication;
import se.vaksam.support.KeycloakServer;
import se.vaksam.support.WebClient;

/**
 * Single sign-on against a real Keycloak: an authorization-code login through Keycloak's own
 * login form, and Keycloak-issued bearer JWTs on the API next to personal {@code vks_} tokens.
 * Runs in {@code ./mvnw verify}; {@code -Dvaksam.skipKeycloak=true} skips it.
 */
class KeycloakSsoIT {

    private static final String SECRET = "vaksam-it-client-secret";
    private static final String PASSWORD = "sso-it-password";
    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*action=\"([^\"]*login-actions/authenticate[^\"]*)\"");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private static KeycloakServer keycloak;
    private static ConfigurableApplicationContext vaksam;
    private static String base;

    @BeforeAll
    static void startKeycloakAndVaksam() throws Exception {
        Assumptions.assumeFalse(Boolean.getBoolean("vaksam.skipKeycloak"), "Keycloak skipped");
        Path home = Path.of(System.getProperty("vaksam.keycloak.home", "target/keycloak/keycloak-26.7.3"));
        String javaHome = System.getProperty("vaksam.keycloak.java-home", "/usr/lib/jvm/temurin-25-jdk-amd64");
        keycloak = new KeycloakServer(home, javaHome, Path.of("target/keycloak-it")).start(Duration.ofSeconds(120));

        int port = KeycloakServer.freePort();
        base = "http://localhost:" + port;
        keycloak.createRealm(realm(base + "/login/oauth2/code/keycloak", base + "/login?logout"));

        String issuer = keycloak.issuer("vaksam");
        String registration = "--spring.security.oauth2.client.registration.keycloak.";
        vaksam = new SpringApplicationBuilder(VaksamApplication.class).profiles("test").run(
                "--server.port=" + port,
                registration + "client-id=vaksam",
                registration + "client-secret=" + SECRET,
                registration + "client-name=Malmö stads inloggning",
                registration + "authorization-grant-type=authorization_code",
                registration + "scope=openid,profile,email",
                "--spring.security.oauth2.client.provider.keycloak.issuer-uri=" + issuer,
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (vaksam != null) {
            vaksam.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void theLoginPageOffersTheConfiguredProvider() {
        String page = new Browser().get(base + "/login").body();
        assertThat(page).contains("href=\"/oauth2/authorization/keycloak\"").contains("Malmö stads inloggning")
                .contains("name=\"username\"");
    }

    @Test
    void aPersonSignsInThroughKeycloakAndGetsTheirVaksamRolesAndUnits() {
        Browser browser = new Browser();
        HttpResponse<String> back = browser.signInThroughKeycloak("ifo.sek.mot1");
        assertThat(back.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));

        HttpResponse<String> home = browser.get(base + "/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Mina uppgifter").contains("Fredrik Jönsson");

        String account = browser.get(base + "/account").body();
        assertThat(account).contains("Sektionschef").contains("Sektion mottagning 1");
        assertThat(browser.get(base + "/admin/access-log").statusCode()).isEqualTo(403);
    }

    @Test
    void signingOutOfVaksamAlsoEndsTheKeycloakSession() {
        Browser browser = new Browser();
        browser.signInThroughKeycloak("ifo.sek.mot1");
        HttpResponse<String> whileSignedIn = browser.follow(browser.get(base + "/oauth2/authorization/keycloak"));
        assertThat(whileSignedIn.statusCode()).as("Keycloak's session signs in at once").isEqualTo(302);
        assertThat(whileSignedIn.headers().firstValue("Location").orElseThrow())
                .startsWith(base + "/login/oauth2/code/keycloak");
        browser.follow(whileSignedIn);

        String csrf = WebClient.csrfFrom(browser.get(base + "/").body());
        HttpResponse<String> logout = browser.post(base + "/logout", Map.of("_csrf", csrf));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location").orElseThrow())
                .startsWith(keycloak.issuer("vaksam") + "/protocol/openid-connect/logout")
                .contains("id_token_hint=");
        HttpResponse<String> back = browser.follow(logout);
        assertThat(back.statusCode()).as(back.body()).isEqualTo(302);
        assertThat(back.headers().firstValue("Location").orElseThrow()).startsWith(base + "/login?logout");
        assertThat(browser.get(base + "/").statusCode()).isEqualTo(302);

        HttpResponse<String> again = browser.follow(browser.get(base + "/oauth2/authorization/keycloak"));
        assertThat(again.statusCode()).as("Keycloak asks for the password again").isEqualTo(200);
        assertThat(LOGIN_FORM.matcher(again.body()).find()).isTrue();
    }

    @Test
    void aKeycloakUserWithoutAPersonInVaksamIsRefusedInSwedish() {
        Browser browser = new Browser();
        HttpResponse<String> back = browser.signInThroughKeycloak("okand.person");
        assertThat(back.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?unknownPerson"));
        assertThat(browser.get(base + "/login?unknownPerson").body())
                .contains("Det finns ingen person i Vaksam för ditt organisationskonto.");
        assertThat(browser.get(base + "/").statusCode()).isEqualTo(302);
    }

    @Test
    void theApiAcceptsKeycloakJwtsForKnownPeople() {
        HttpResponse<String> me = new Browser().bearer(base + "/api/v1/me", tokenFor("ifo.sek.mot1"));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"ifo.sek.mot1\"").contains("\"roles\":[\"SECTION_HEAD\"]");
    }

    @Test
    void theApiRefusesJwtsOfUnknownPeopleAndForgedTokens() {
        Browser browser = new Browser();
        assertThat(browser.bearer(base + "/api/v1/me", tokenFor("okand.person")).statusCode()).isEqualTo(401);
        assertThat(browser.bearer(base + "/api/v1/me", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.").statusCode()).isEqualTo(401);
    }

    @Test
    void personalTokensStillWorkNextToJwts() {
        String token = vaksam.getBean(ApiTokens.class).issue("ifo.soc1", "it", OffsetDateTime.now().plusHours(1));
        HttpResponse<String> me = new Browser().bearer(base + "/api/v1/me", token);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"ifo.soc1\"").contains("EMPLOYEE");
        assertThat(new Browser().bearer(base + "/api/v1/me", "vks_not-a-token").statusCode()).isEqualTo(401);
    }

    /** An access token from Keycloak by the direct grant of the test client. */
    private static String tokenFor(String username) {
        HttpResponse<String> response = new Browser().post(keycloak.issuer("vaksam") + "/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", "vaksam", "client_secret", SECRET,
                        "username", username, "password", PASSWORD, "scope", "openid"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private static String realm(String redirectUri, String postLogoutRedirectUri) {
        return """
                {"realm": "vaksam", "enabled": true,
                 "clients": [{"clientId": "vaksam", "enabled": true, "protocol": "openid-connect",
                   "publicClient": false, "secret": "%s", "standardFlowEnabled": true,
                   "directAccessGrantsEnabled": true, "redirectUris": ["%s"],
                   "attributes": {"post.logout.redirect.uris": "%s"}}],
                 "users": [%s, %s]}""".formatted(SECRET, redirectUri, postLogoutRedirectUri,
                user("ifo.sek.mot1", "Sara", "Sektion"), user("okand.person", "Okänd", "Person"));
    }

    private static String user(String username, String given, String family) {
        return """
                {"username": "%s", "enabled": true, "email": "%s@vaksam.example", "emailVerified": true,
                 "firstName": "%s", "lastName": "%s",
                 "credentials": [{"type": "password", "value": "%s", "temporary": false}]}"""
                .formatted(username, username, given, family, PASSWORD);
    }

    /** A cookie-keeping client that follows redirects one by one, across Vaksam and Keycloak. */
    private static final class Browser {

        private final WebClient web = new WebClient(0, new LocalhostIsSecure());

        /** Vaksam → Keycloak's login form → posted credentials → back to Vaksam; returns Vaksam's answer. */
        HttpResponse<String> signInThroughKeycloak(String username) {
            HttpResponse<String> toKeycloak = get(base + "/oauth2/authorization/keycloak");
            assertThat(toKeycloak.statusCode()).isEqualTo(302);
            HttpResponse<String> form = follow(toKeycloak);
            assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
            Matcher action = LOGIN_FORM.matcher(form.body());
            assertThat(action.find()).as("Keycloak login form").isTrue();
            HttpResponse<String> posted = post(action.group(1).replace("&amp;", "&"),
                    Map.of("username", username, "password", PASSWORD, "credentialId", ""));
            assertThat(posted.statusCode()).as(posted.body()).isEqualTo(302);
            assertThat(posted.headers().firstValue("Location").orElseThrow()).startsWith(base + "/login/oauth2/code/keycloak");
            HttpResponse<String> back = follow(posted);
            assertThat(back.statusCode()).isEqualTo(302);
            return back;
        }

        HttpResponse<String> get(String url) {
            return web.send(HttpRequest.newBuilder(URI.create(url)).GET().build());
        }

        HttpResponse<String> bearer(String url, String token) {
            return web.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET().build());
        }

        HttpResponse<String> post(String url, Map<String, String> fields) {
            return web.postFormTo(URI.create(url), fields);
        }

        private HttpResponse<String> follow(HttpResponse<String> redirect) {
            String location = redirect.headers().firstValue("Location").orElseThrow();
            return get(redirect.uri().resolve(location).toString());
        }
    }

    /**
     * Browsers treat http://localhost as a secure context and send Keycloak's {@code Secure}
     * cookies back to it; Java's cookie manager does not, so this one drops the flag.
     */
    private static final class LocalhostIsSecure extends CookieHandler {

        private final CookieManager cookies = new CookieManager();

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            return cookies.get(uri, headers);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            Map<String, List<String>> insecure = new HashMap<>();
            headers.forEach((name, values) -> insecure.put(name, name != null && name.equalsIgnoreCase("Set-Cookie")
                    ? values.stream().map(v -> v.replaceAll("(?i);\\s*Secure(?=;|$)", "")).toList()
                    : values));
            cookies.put(uri, insecure);
        }
    }
}
