package se.vaksam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;

/**
 * Each role finds on its start page what it has to do and how the work is going, with fixtures that create it:
 * a deviation reported to a section is on its head's page, a recurring duty is listed once with its overdue
 * count, the lex Sarah investigator sees the case waiting for the assessment, the committee's chair the case
 * waiting for the decision, the coordinator the year's follow-up per period and unit, and the auditor the
 * reports sent to the committee. Every start page passes axe-core; with {@code -Dvaksam.writeScreens=true}
 * each is photographed at 1 366 and 390 px into {@code docs/screens/}.
 */
@BrowserTest
class StartPageTests {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern CASE_NUMBER = Pattern.compile("\"caseNumber\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDeviationReportedToTheSectionIsOnItsHeadsStartPageAndADutyIsListedOnce(BrowserSession browser) {
        HttpResponse<String> reported = api("ifo.soc1").send("POST", "/api/v1/deviations", """
                {"kind":"QUALITY","unitId":%d,"title":"Startsidan: anteckning saknades","description":"Journalanteckning saknades."}"""
                .formatted(unit("IFO-BU-MOT-1")));
        assertThat(reported.statusCode()).isEqualTo(201);
        String caseNumber = first(CASE_NUMBER, reported.body());

        Page page = browser.login("ifo.sek.mot1");
        Locator row = page.locator("#tasks tr", new Page.LocatorOptions().setHasText(caseNumber));
        assertThat(row).containsText("Ny avvikelse att tilldela handläggare");
        Locator waiting = page.locator(".vk-figure", new Page.LocatorOptions().setHasText("väntar på handläggare"));
        assertThat(waiting.locator("a")).hasAttribute("href", "/deviations?status=RECEIVED");

        List<String> duties = page.locator("#tasks a[href^='/recurring-duties/']").all().stream()
                .map(link -> link.getAttribute("href")).toList();
        assertThat(duties).doesNotHaveDuplicates();
        photograph(browser, "sektionschef");

        browser.clickAndWait(waiting.locator("a"));
        assertThat(page.locator("main")).containsText(caseNumber);
    }

    @Test
    void theCoordinatorSeesTheYearsFollowUpPerPeriodAndUnitWithPastDeadlinesFlagged(BrowserSession browser) {
        Page page = browser.login("ik.samordnare");

        Locator followUp = page.locator("table.vk-progress").first();
        assertThat(followUp.locator("caption")).hasText("Rapporterade planpunkter per period och enhet");
        assertThat(followUp.locator("thead")).containsText("Tertial 1");
        assertThat(followUp.locator("tbody")).containsText("rapporterade");
        assertThat(page.locator(".vk-figure", new Page.LocatorOptions().setHasText("väntar på handläggare")))
                .hasCount(1);
        photograph(browser, "samordnare");
    }

    @Test
    void theLexSarahInvestigatorSeesTheOpenCaseWithItsNextStepAndDeadline(BrowserSession browser) {
        Page page = browser.login("lexsarah");

        assertThat(page.locator("main")).not().containsText("Du har inga öppna uppgifter");
        Locator row = page.locator("#tasks tr", new Page.LocatorOptions().setHasText("Lex Sarah: bedömning"));
        assertThat(row.first().locator("td").nth(2)).not().isEmpty();
        photograph(browser, "lex-sarah-utredare");
    }

    @Test
    void theChairSeesTheCaseThatAwaitsTheCommitteesDecision(BrowserSession browser) {
        ApiClient social = api("ifo.sek.mot2");
        String created = social.send("POST", "/api/v1/deviations", """
                {"kind":"LEX_SARAH","unitId":%d,"title":"Startsidan: lex Sarah till nämnden","description":"Ett barn fick inte skydd."}"""
                .formatted(unit("IFO-BU-MOT-2"))).body();
        long id = Long.parseLong(first(ID, created));
        String caseNumber = first(CASE_NUMBER, created);
        step("ifo.sek.mot2", id, "{\"step\":\"IMMEDIATE_ACTION\",\"version\":%d,\"text\":\"Omedelbar åtgärd\"}");
        step("lexsarah", id, "{\"step\":\"START_INVESTIGATION\",\"version\":%d}");
        step("lexsarah", id, "{\"step\":\"ASSESS\",\"version\":%d,\"text\":\"Allvarligt\",\"assessment\":\"CLEAR_RISK\","
                + "\"serious\":true}");

        Page page = browser.login("nl.ordf");
        assertThat(page.locator("#tasks tr", new Page.LocatorOptions().setHasText(caseNumber)))
                .containsText("Lex Sarah: beslut");
        photograph(browser, "ordforande");
    }

    @Test
    void theAuditorSeesTheReportsSentToTheCommittee(BrowserSession browser) {
        long plan = jdbc.sql("select id from plan where year = 2026 order by id limit 1").query(Long.class).single();
        HttpResponse<String> sent = api("ik.samordnare").send("POST",
                "/api/v1/reports/plans/" + plan + "/tertial-1/versions", "{}");
        assertThat(sent.statusCode()).isEqualTo(201);

        Page page = browser.login("revisor");
        Locator documents = page.locator(".vk-sent a");
        assertThat(documents.first()).containsText("tertial 1");
        assertThat(documents.first()).hasAttribute("href", Pattern.compile("^/reports/snapshots/\\d+$"));
        photograph(browser, "revisor");
    }

    @Test
    void aSocialWorkersStartPageOpensAndFits(BrowserSession browser) {
        Page page = browser.login("ifo.soc1");
        assertThat(page.locator("h1")).hasText("Mina uppgifter");
        photograph(browser, "socialsekreterare");
    }

    private void step(String username, long id, String json) {
        String current = api(username).get("/api/v1/deviations/" + id).body();
        HttpResponse<String> taken = api(username).send("POST", "/api/v1/deviations/" + id + "/steps",
                json.formatted(Integer.parseInt(first(VERSION, current))));
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(200);
    }

    /** The start page at a laptop's and a phone's width: it never scrolls sideways; pictures on request. */
    private static void photograph(BrowserSession browser, String role) {
        for (int[] size : new int[][] {{1366, 900}, {390, 844}}) {
            browser.resize(size[0], size[1]);
            assertThat(MenuPagesTests.sidewaysOverflow(browser.page())).as(role + " at " + size[0]).isZero();
            if (Boolean.getBoolean("vaksam.writeScreens")) {
                browser.screenshot(Path.of("docs", "screens", "start-" + role + "-" + size[0] + ".png"));
            }
        }
        browser.resize(1366, 900);
    }

    private ApiClient api(String username) {
        return new ApiClient(port, tokens, username);
    }

    private long unit(String code) {
        return jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }
}
