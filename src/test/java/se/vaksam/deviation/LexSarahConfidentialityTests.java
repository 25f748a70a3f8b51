package se.vaksam.deviation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;
import se.vaksam.support.WebClient;

/**
 * A lex Sarah record opens only for those the rule names; a medarbetare of another unit, the city
 * auditor and an unauthenticated caller are refused by page and API, and every permitted read leaves a
 * row in the access log. Lists show the refused no title.
 */
@VaksamTest
class LexSarahConfidentialityTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    DeviationManagement management;

    DeviationTestSupport support;
    long id;

    @BeforeEach
    void aLexSarahReport() {
        support = new DeviationTestSupport(jdbc, management);
        id = support.lexSarahReport("Konfidentiell lex Sarah " + System.nanoTime());
    }

    @Test
    void aMedarbetareOfAnotherUnitTheAuditorAndAnonymousCannotOpenItByApi() {
        assertThat(new ApiClient(port, tokens, "ifo.soc1").get("/api/v1/deviations/" + id).statusCode()).isEqualTo(403);
        assertThat(new ApiClient(port, tokens, "revisor").get("/api/v1/deviations/" + id).statusCode()).isEqualTo(403);
        assertThat(new WebClient(port).get("/api/v1/deviations/" + id).statusCode()).isEqualTo(401);
        assertThat(support.accessLogRows(id)).isZero();
    }

    @Test
    void aMedarbetareOfAnotherUnitTheAuditorAndAnonymousCannotOpenItInTheUi() {
        for (String user : new String[] {"ifo.soc1", "revisor"}) {
            WebClient web = new WebClient(port);
            web.login(user, "vaksam");
            var page = web.get("/deviations/" + id);
            assertThat(page.statusCode()).as(user).isEqualTo(403);
            assertThat(page.body()).doesNotContain("Konfidentiell lex Sarah");
            assertThat(web.get("/deviations/" + id + "/ivo-notification.txt").statusCode()).isEqualTo(403);
        }
        var anonymous = new WebClient(port).get("/deviations/" + id);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(support.accessLogRows(id)).isZero();
    }

    @Test
    void eachPermittedReadAddsAnAccessLogRow() {
        assertThat(new ApiClient(port, tokens, "ifo.sek.mot2").get("/api/v1/deviations/" + id).statusCode()).isEqualTo(200);
        assertThat(support.accessLogRows(id)).isEqualTo(1);
        assertThat(new ApiClient(port, tokens, "lexsarah").get("/api/v1/deviations/" + id).statusCode()).isEqualTo(200);
        assertThat(support.accessLogRows(id)).isEqualTo(2);
        WebClient web = new WebClient(port);
        web.login("kval.controller", "vaksam");
        var page = web.get("/deviations/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Konfidentiell lex Sarah");
        assertThat(support.accessLogRows(id)).isEqualTo(3);
        assertThat(jdbc.sql("select username from access_log where record_type = 'deviation.deviation' and record_id = ? order by id")
                .param(Long.toString(id)).query(String.class).list())
                .containsExactly("ifo.sek.mot2", "lexsarah", "kval.controller");
    }

    @Test
    void theListShowsOthersNoTitle() {
        WebClient web = new WebClient(port);
        web.login("ifo.sek.mot1", "vaksam");
        String sectionHeadOfTheOtherSection = web.get("/deviations?kind=LEX_SARAH").body();
        assertThat(sectionHeadOfTheOtherSection).doesNotContain("Konfidentiell lex Sarah");
        WebClient enhetschef = new WebClient(port);
        enhetschef.login("ifo.enh.mot", "vaksam");
        String list = enhetschef.get("/deviations?kind=LEX_SARAH").body();
        assertThat(list).contains("Konfidentiell lex Sarah");
        var api = new ApiClient(port, tokens, "ifo.fss").get("/api/v1/deviations?kind=LEX_SARAH");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).doesNotContain("Konfidentiell lex Sarah");
    }
}
