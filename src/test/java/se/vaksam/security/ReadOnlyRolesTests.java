package se.vaksam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.vaksam.VaksamTest;
import se.vaksam.support.ApiClient;
import se.vaksam.support.WebClient;

/**
 * The read-only roles (the auditor, the committee members) read what their scope reaches, see no form or button
 * they cannot use, and are refused the pages and operations behind them, pages and API alike.
 */
@VaksamTest
class ReadOnlyRolesTests {

    private static final String REPORT_DEVIATION = "Rapportera en avvikelse";

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Test
    void theAuditorSeesNoWayToReportADeviationAndIsRefusedTheForm() {
        WebClient revisor = signedIn("revisor");
        HttpResponse<String> list = revisor.get("/deviations");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(REPORT_DEVIATION).doesNotContain("href=\"/deviations/new\"");
        assertThat(revisor.get("/deviations/new").statusCode()).isEqualTo(403);
    }

    @Test
    void theAuditorAndACommitteeMemberAreRefusedTheNewRiskForm() {
        for (String username : new String[] {"revisor", "nl.ledamot"}) {
            WebClient web = signedIn(username);
            assertThat(web.get("/risks").statusCode()).as(username).isEqualTo(200);
            assertThat(web.get("/risks/new").statusCode()).as(username).isEqualTo(403);
        }
    }

    @Test
    void aUnitHeadStillReportsDeviationsAndCreatesRisks() {
        WebClient head = signedIn("ifo.enh.mot");
        assertThat(head.get("/deviations").body()).contains(REPORT_DEVIATION);
        assertThat(head.get("/deviations/new").statusCode()).isEqualTo(200);
        assertThat(head.get("/risks/new").statusCode()).isEqualTo(200);
    }

    @Test
    void theMenuShowsTheAuditorNeitherTheAccessLogNorTheAccounts() {
        String home = signedIn("revisor").get("/").body();
        assertThat(home).doesNotContain("href=\"/admin/access-log\"").doesNotContain("href=\"/admin/accounts\"");
        assertThat(signedIn("ik.samordnare").get("/").body()).contains("href=\"/admin/access-log\"")
                .doesNotContain("href=\"/admin/accounts\"");
    }

    @Test
    void theApiRefusesTheAuditorAChangeWithAProblemDetail() {
        HttpResponse<String> refused = new ApiClient(port, tokens, "revisor").send("POST", "/api/v1/risks", "{}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void theUrlRulesLetThroughWhatTheModelMakesPublicAndNothingElse() {
        WebClient anonymous = new WebClient(port);
        for (String open : new String[] {"/login", "/e-tjanst/klagomal", "/css/govuk-frontend.css",
                "/api/v1/public/complaints/units"}) {
            assertThat(anonymous.get(open).statusCode()).as(open).isEqualTo(200);
        }
        assertThat(anonymous.get("/risks").statusCode()).isEqualTo(302);
        assertThat(anonymous.get("/api/v1/risks").statusCode()).isEqualTo(401);
    }

    private WebClient signedIn(String username) {
        WebClient web = new WebClient(port);
        web.login(username, "vaksam");
        return web;
    }
}
