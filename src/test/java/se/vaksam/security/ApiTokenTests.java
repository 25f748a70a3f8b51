package se.vaksam.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vaksam.VaksamTest;
import se.vaksam.support.ApiClient;
import se.vaksam.support.WebClient;

@VaksamTest
class ApiTokenTests {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

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

    @Test
    void expiryIsJudgedByTheApplicationsClockNotTheDatabases() {
        // The test clock is fixed and differs from the database's real time, so each of these two would
        // come out the other way if expiry were compared with the database's now().
        OffsetDateTime now = OffsetDateTime.now(clock);
        String stillValid = tokens.issue("ifo.soc1", "valid one more minute", now.plusMinutes(1));
        String expired = tokens.issue("ifo.soc1", "expired a minute ago", now.minusMinutes(1));
        assertThat(tokens.authenticate(stillValid)).contains("ifo.soc1");
        assertThat(tokens.authenticate(expired)).isEmpty();
    }

    @Test
    void aTokensUseIsRecordedAtMostOncePerMinuteSoThatRepeatedCallsWriteNothing() {
        String token = tokens.issue("ifo.soc1", "busy integration", null);
        // The test clock starts at a fixed moment and then runs.
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);

        assertThat(tokens.authenticate(token)).contains("ifo.soc1");
        assertThat(lastUsed(token)).isCloseTo(now.toInstant(), within(5, ChronoUnit.SECONDS));
        String rowVersion = rowVersion(token);
        assertThat(tokens.authenticate(token)).contains("ifo.soc1");
        assertThat(rowVersion(token)).as("a second call within the minute does not touch the row").isEqualTo(rowVersion);

        // half a minute ago (the clock runs on while the test does, so no closer to the minute than that)
        OffsetDateTime halfAMinuteAgo = OffsetDateTime.now(clock).minusSeconds(30).truncatedTo(ChronoUnit.SECONDS);
        setLastUsed(token, halfAMinuteAgo);
        rowVersion = rowVersion(token);
        tokens.authenticate(token);
        assertThat(rowVersion(token)).isEqualTo(rowVersion);
        assertThat(lastUsed(token)).isEqualTo(halfAMinuteAgo.toInstant());

        setLastUsed(token, OffsetDateTime.now(clock).minusSeconds(61));
        tokens.authenticate(token);
        assertThat(lastUsed(token)).as("a use older than a minute is recorded again")
                .isCloseTo(now.toInstant(), within(5, ChronoUnit.SECONDS));
    }

    private Instant lastUsed(String token) {
        return jdbc.sql("select last_used_at from api_token where token_hash = ?").param(ApiTokens.hash(token))
                .query(OffsetDateTime.class).single().toInstant();
    }

    /** PostgreSQL's xmin changes with every update of the row, even one that writes the same values. */
    private String rowVersion(String token) {
        return jdbc.sql("select xmin::text from api_token where token_hash = ?").param(ApiTokens.hash(token))
                .query(String.class).single();
    }

    private void setLastUsed(String token, OffsetDateTime time) {
        jdbc.sql("update api_token set last_used_at = ? where token_hash = ?").params(time, ApiTokens.hash(token)).update();
    }
}
