package se.vaksam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The scenario: a coordinator configures a 5×5 matrix with own labels and colours, runs a
 * risk analysis for 2026 with 20 risks, sees the heat map and marks 8 for action or review.
 */
@BrowserTest
class RiskAnalysisBrowserTests {

    static final int RISKS = 20;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aCoordinatorConfiguresAFiveByFiveMatrixAndRunsTheAnalysisFor2026(BrowserSession browser) {
        long unit = jdbc.sql("select id from org_unit where code = 'ASF-KVAL'").query(Long.class).single();
        long category = jdbc.sql("select id from risk_category where code = 'VERKSAMHET'").query(Long.class).single();
        for (int i = 1; i <= RISKS; i++) {
            jdbc.sql("""
                    insert into risk (title, event_text, cause_text, consequence_text, category_id, unit_id, origin)
                    values (?, 'beslut dröjer', 'hög arbetsbelastning', 'att brukare får vänta', ?, ?, 'DEPARTMENT')""")
                    .params("Webbtest risk %02d".formatted(i), category, unit).update();
        }

        browser.login("ik.samordnare");
        browser.followLink("Riskmatriser");
        browser.followLink("Ny riskmatris");
        Page page = browser.page();
        page.getByLabel("Antal nivåer för sannolikhet").selectOption("5");
        page.getByLabel("Antal nivåer för konsekvens").selectOption("5");
        page.getByLabel("Antal riskklasser").selectOption("4");
        browser.press("Fortsätt");
        page.getByLabel("Matrisens namn").fill("Webbtestmatris 5×5");
        page.locator("#lLabel5").fill("Nästan säker");
        page.locator("#cLabel5").fill("Katastrofal");
        page.getByLabel("Namn på riskklass 1").fill("Acceptabel");
        page.getByLabel("Färg för riskklass 2").fill("#ffbf47");
        page.getByLabel("Riskklass för sannolikhet 1 och konsekvens 5").selectOption("3");
        browser.press("Spara matrisen");
        assertThat(page.locator("h1")).hasText("Webbtestmatris 5×5");
        assertThat(page.locator(".vk-heatmap")).containsText("Nästan säker");
        assertThat(page.locator(".vk-heatmap")).containsText("Katastrofal");
        assertThat(page.locator(".vk-heatmap")).containsText("Acceptabel");

        browser.followLink("Riskanalyser");
        page.getByLabel("Nämnd eller enhet").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Arbetsmarknads- och socialförvaltningen"));
        page.getByLabel("År", new Page.GetByLabelOptions().setExact(true)).fill("2026");
        page.getByLabel("Datum för riskanalysen").fill("2026-09-15");
        page.getByLabel("Deltagare").fill("Förvaltningsledningen och internkontrollsamordnaren");
        page.getByLabel("Riskmatris").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Webbtestmatris 5×5 (5×5)"));
        browser.press("Skapa riskanalysen");
        assertThat(page.locator("h1")).containsText("Riskanalys 2026");

        for (int i = 1; i <= RISKS; i++) {
            page.getByLabel("Webbtest risk %02d".formatted(i), new Page.GetByLabelOptions().setExact(true)).check();
        }
        browser.press("Lägg till valda risker");

        for (int i = 1; i <= RISKS; i++) {
            String title = "Webbtest risk %02d".formatted(i);
            page.getByLabel("Sannolikhet för " + title).selectOption(Integer.toString(1 + i % 5));
            page.getByLabel("Konsekvens för " + title).selectOption(Integer.toString(1 + (i * 3) % 5));
            if (i <= 4) {
                page.getByLabel("Beslut för " + title).selectOption("DIRECT_ACTION");
            } else if (i <= 8) {
                page.getByLabel("Beslut för " + title).selectOption("REVIEW");
            } else if (i <= 10) {
                page.getByLabel("Beslut för " + title).selectOption("ACCEPTED");
                page.getByLabel("Skäl för beslutet om " + title).fill("Låg risk, hanteras i det dagliga arbetet");
            }
        }
        browser.press("Spara bedömningar och beslut");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Bedömningar och beslut är sparade.");
        assertThat(page.locator("#candidate-count")).hasText("8");
        assertThat(page.locator(".vk-heatmap caption")).containsText("20 bedömda risker");

        browser.clickAndWait(page.locator(".vk-heatmap a[href*='likelihood=2&consequence=4']").first());
        assertThat(page.locator("#cell-risks")).hasText("Risker i den valda rutan");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Webbtest risk 01"))).hasCount(2);
    }
}
