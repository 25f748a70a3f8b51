package se.vaksam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.vaksam.VaksamTest;
import se.vaksam.support.ApiClient;
import se.vaksam.support.WebClient;

@VaksamTest
class ApiTokenTests {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Test
    void aPersonalTokenAuthenticatesTheApiAsItsOwner() {
        ApiClient api = new ApiClient(port, tokens, "ifo.sek.mot1");
        var response = api.get("/api/v1/me");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"username\":\"ifo.sek.mot1\"").contains("SECTION_HEAD");
    }

    @Test
    void withoutOrWithAWrongTokenTheApiAnswers401() {
        WebClient web = new WebClient(port);
        assertThat(web.get("/api/v1/me").statusCode()).isEqualTo(401);
        var wrong = HttpRequest.newBuilder(URI.create(web.base() + "/api/v1/me"))
                .header("Authorization", "Bearer vks_not-a-real-token").build();
        assertThat(web.send(wrong).statusCode()).isEqualTo(401);
    }

    @Test
    void aRevokedTokenNoLongerWorks() {
        String token = tokens.issue("ifo.soc1", "revoke me", null);
        long id = tokens.tokensOf("ifo.soc1").get(0).id();
        tokens.revoke("ifo.soc1", id);
        assertThat(tokens.authenticate(token)).isEmpty();
    }
}
