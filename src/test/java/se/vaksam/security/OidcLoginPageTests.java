package se.vaksam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import se.vaksam.support.WebClient;

/**
 * With an OIDC client registration configured, the login page offers it next to the local
 * login, and a local user's logout still ends on the login page. The provider is a fake one
 * with explicit endpoints, so no network is needed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.security.oauth2.client.registration.kommun.client-id=vaksam",
        "spring.security.oauth2.client.registration.kommun.client-secret=hemligt",
        "spring.security.oauth2.client.registration.kommun.client-name=Testkommunens inloggning",
        "spring.security.oauth2.client.registration.kommun.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.kommun.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.registration.kommun.scope=openid,profile",
        "spring.security.oauth2.client.provider.kommun.authorization-uri=http://idp.invalid/auth",
        "spring.security.oauth2.client.provider.kommun.token-uri=http://idp.invalid/token",
        "spring.security.oauth2.client.provider.kommun.jwk-set-uri=http://idp.invalid/certs",
        "spring.security.oauth2.client.provider.kommun.user-name-attribute=preferred_username"})
@ActiveProfiles("test")
class OidcLoginPageTests {

    @LocalServerPort
    int port;

    @Test
    void theLoginPageListsTheConfiguredProvider() {
        String page = new WebClient(port).get("/login").body();
        assertThat(page).contains("Logga in med organisationskonto")
                .contains("href=\"/oauth2/authorization/kommun\"").contains("Testkommunens inloggning")
                .contains("name=\"username\"");
    }

    @Test
    void theProviderLinkLeadsToItsAuthorizationEndpoint() {
        HttpResponse<String> start = new WebClient(port).get("/oauth2/authorization/kommun");
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location").orElseThrow())
                .startsWith("http://idp.invalid/auth?").contains("client_id=vaksam");
    }

    @Test
    void aLocalUserSignsOutToTheLoginPage() {
        WebClient web = new WebClient(port);
        web.login("ifo.soc1", "vaksam");
        HttpResponse<String> logout = web.submit("/", "/logout", Map.of());
        assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
        assertThat(web.get("/").statusCode()).isEqualTo(302);
    }
}
