package se.vaksam.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.shared.ConfidentialRecordRead;
import se.vaksam.support.ApiClient;
import se.vaksam.support.WebClient;

/**
 * Issue 13: the access log (who read which confidential record, when, from where) is read only by those who
 * follow it up, the log-follow-up roles (system administrator, internal-control coordinator) and the manager of
 * the reviewed unit, through every path, and reading it is itself logged.
 */
@VaksamTest
class AccessLogReadersTests {

    private static final List<String> OUTSIDERS = List.of("nl.ledamot", "revisor", "controller", "kval.controller",
            "lexsarah", "forv.chef", "ifo.soc1");

    @LocalServerPort
    int port;

    @Autowired
    LogReviews reviews;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    long reviewId;
    String sampled;

    @BeforeEach
    void aReviewOfSectionOne() {
        LogFollowUpTests.signInAs("ifo.fss");
        publisher.publishEvent(new ConfidentialRecordRead("org.person", "4713"));
        LogFollowUpTests.signInAs("ik.samordnare");
        long unit = jdbc.sql("select id from org_unit where code = 'IFO-BU-MOT-1'").query(Long.class).single();
        reviewId = reviews.start(unit, YearMonth.now(clock), 100, System.nanoTime());
        sampled = reviews.review(reviewId).users().get(0).username();
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void nobodyButThoseWhoFollowUpTheLogSeesWhatAPersonRead() {
        for (String who : OUTSIDERS) {
            ApiClient api = new ApiClient(port, tokens, who);
            assertThat(api.get("/api/v1/log-reviews/" + reviewId + "/users/" + sampled + "/reads").statusCode())
                    .as(who).isEqualTo(403);
            assertThat(api.get("/api/v1/log-reviews/" + reviewId).statusCode()).as(who).isEqualTo(403);
            assertThat(api.get("/api/v1/log-reviews").body()).as(who).doesNotContain("\"id\":" + reviewId + ",");
            assertThat(api.get("/api/v1/access-log").statusCode()).as(who).isEqualTo(403);
            WebClient web = new WebClient(port);
            web.login(who, "vaksam");
            assertThat(web.get("/checks/log-reviews/" + reviewId).statusCode()).as(who).isEqualTo(403);
            assertThat(web.get("/admin/access-log").statusCode()).as(who).isEqualTo(403);
        }
    }

    @Test
    void theFollowUpRolesAndTheSectionsManagerReadItAndTheirReadingIsLogged() {
        for (String who : List.of("admin", "ik.samordnare", "ifo.sek.mot1")) {
            long before = logReads(who);
            ApiClient api = new ApiClient(port, tokens, who);
            assertThat(api.get("/api/v1/log-reviews/" + reviewId + "/users/" + sampled + "/reads").statusCode())
                    .as(who).isEqualTo(200);
            assertThat(logReads(who)).as(who).isGreaterThan(before);
        }
        long before = logReads("ik.samordnare");
        assertThat(new ApiClient(port, tokens, "ik.samordnare").get("/api/v1/access-log?username=ifo.fss")
                .statusCode()).isEqualTo(200);
        WebClient web = new WebClient(port);
        web.login("ik.samordnare", "vaksam");
        assertThat(web.get("/admin/access-log").statusCode()).isEqualTo(200);
        assertThat(logReads("ik.samordnare")).isGreaterThanOrEqualTo(before + 2);
        assertThat(jdbc.sql("select count(*) from access_log where username = 'ik.samordnare' and record_id like ?")
                .param("%ifo.fss%").query(Long.class).single()).isPositive();
    }

    private long logReads(String username) {
        return jdbc.sql("select count(*) from access_log where username = ? and record_type = 'security.access-log'")
                .param(username).query(Long.class).single();
    }

}
