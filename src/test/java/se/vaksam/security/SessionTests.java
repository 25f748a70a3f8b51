package se.vaksam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import se.vaksam.VaksamTest;
import se.vaksam.support.WebClient;

@VaksamTest
class SessionTests {

    @LocalServerPort
    int port;

    @Autowired
    Environment env;

    @Test
    void sessionsTimeOutAfterThirtyMinutesByDefault() {
        assertThat(env.getProperty("server.servlet.session.timeout", Duration.class)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void loggingOutEndsTheSession() {
        WebClient web = new WebClient(port);
        web.login("ifo.sek.mot2", "vaksam");
        assertThat(web.get("/").statusCode()).isEqualTo(200);
        HttpResponse<String> logout = web.submit("/", "/logout", Map.of());
        assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
        HttpResponse<String> after = web.get("/");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(web.get("/login?logout").body()).contains("Du är utloggad.");
    }

    @Test
    void anExpiredSessionLeadsToTheLoginPageWithAMessage() {
        WebClient web = new WebClient(port);
        HttpResponse<String> response = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/account"))
                .header("Cookie", "JSESSIONID=1F2E3D4C5B6A79881F2E3D4C5B6A7988").build());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?expired"));
        assertThat(web.get("/login?expired").body()).contains("Din session har gått ut. Logga in igen.");
    }

    @Test
    void withoutOidcConfiguredTheLoginPageOffersOnlyLocalLogin() {
        String page = new WebClient(port).get("/login").body();
        assertThat(page).contains("name=\"username\"").doesNotContain("/oauth2/authorization/");
    }

    @Test
    void anOidcLoginThatMatchesNoPersonIsExplainedInSwedish() {
        assertThat(new WebClient(port).get("/login?unknownPerson").body())
                .contains("Det finns ingen person i Vaksam för ditt organisationskonto.");
    }
}
