package se.vaksam.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vaksam.VaksamTest;
import se.vaksam.support.WebClient;

@VaksamTest
class RiskPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    /** The demo's risk analysis is last year's (2025 on the test clock). */
    private int lastYear() {
        return LocalDate.now(clock).getYear() - 1;
    }

    private WebClient signedIn(String username) {
        WebClient web = new WebClient(port);
        web.login(username, "vaksam");
        return web;
    }

    @Test
    void theCoordinatorSeesTheRegisterWithItsHeatMapAndARiskWithItsSentenceAndTrend() {
        WebClient web = signedIn("ik.samordnare");
        HttpResponse<String> register = web.get("/risks");
        assertThat(register.statusCode()).isEqualTo(200);
        assertThat(register.body()).contains("Riskregister").contains("Inköpsrutinen följs inte")
                .contains("Standardmatris 4×4").contains("Mycket hög");

        long id = jdbc.sql("select id from risk where title = 'Inköpsrutinen följs inte'").query(Long.class).single();
        HttpResponse<String> page = web.get("/risks/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Risk för att förvaltningens inköpsrutin inte följs på grund av bristande "
                + "implementering, vilket kan leda till ökade kostnader.").contains("<svg").contains("Historik");
    }

    @Test
    void aSectionHeadSeesOnlyRisksOfTheirSubtreeInTheUi() {
        WebClient web = signedIn("ifo.sek.mot1");
        HttpResponse<String> register = web.get("/risks");
        assertThat(register.body()).contains("Utredningstider i barnavårdsutredningar")
                .doesNotContain("Bristande samordning i gemensamma ärenden").doesNotContain("Inköpsrutinen följs inte");
        long other = jdbc.sql("select id from risk where title = 'Bristande samordning i gemensamma ärenden'")
                .query(Long.class).single();
        assertThat(web.get("/risks/" + other).statusCode()).isEqualTo(403);
    }

    @Test
    void anOverdueReviewIsOnTheOwnersStartPage() {
        assertThat(signedIn("ifo.sek.mot1").get("/").body()).contains("Omprövning av risk")
                .contains("Utredningstider i barnavårdsutredningar");
        assertThat(signedIn("ifo.sek.mot2").get("/").body()).doesNotContain("Utredningstider i barnavårdsutredningar");
    }

    @Test
    void matrixAndAnalysisPagesShowForTheCoordinatorAndTheCommitteeMember() {
        WebClient web = signedIn("ik.samordnare");
        assertThat(web.get("/risk-matrices").body()).contains("Standardmatris 4×4");
        long matrix = jdbc.sql("select id from risk_matrix where is_default").query(Long.class).single();
        assertThat(web.get("/risk-matrices/" + matrix).body()).contains("Mycket hög").contains("Osannolik");
        assertThat(web.get("/risk-matrices/new").statusCode()).isEqualTo(200);
        assertThat(web.get("/risk-matrices/new?likelihoodLevels=5&consequenceLevels=5&bandCount=4").body())
                .contains("Mycket sannolik").contains("cell5_5");
        assertThat(web.get("/risk-analyses").body()).contains("Riskanalys " + lastYear());
        assertThat(signedIn("admin").get("/risk-matrices/" + matrix + "?likelihoodLevels=6&consequenceLevels=3&bandCount=5")
                .body()).contains("cell6_3").doesNotContain("cell1_4").contains("Kritisk").contains("Mindre sannolik");
        long analysis = jdbc.sql("select id from risk_analysis where year = ?").param(lastYear())
                .query(Long.class).list().get(0);
        assertThat(web.get("/risk-analyses/" + analysis).body()).contains("Direktåtgärd").contains("Granskning")
                .contains("Arbetsmarknads- och socialnämnden");
        assertThat(web.get("/risk-analyses/" + analysis + "?likelihood=3&consequence=4").body())
                .contains("Risker i den valda rutan").contains("Felaktig attestering av ekonomiskt bistånd");
        WebClient member = signedIn("nl.ordf");
        assertThat(member.get("/risk-analyses/" + analysis).body()).contains("Riskanalys " + lastYear())
                .doesNotContain("name=\"d");
    }
}
