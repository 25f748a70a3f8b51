package se.vaksam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

/**
 * The other check pages, on the demo data and checked with axe-core: deadlines with the chart, the register of
 * log checks with a Lifecare check, the log follow-up, and the annual wheel with a duty marked done.
 */
@BrowserTest
class CheckPagesBrowserTests {

    @Test
    void theCoordinatorEvaluatesDeadlinesRegistersALogCheckAndCompletesADuty(BrowserSession browser) {
        browser.login("ik.samordnare");
        browser.followLink("Kontroller");
        Page page = browser.followLink("Tidsfrister");
        page.locator("#populationId").selectOption(new SelectOption().setLabel("Barnavårdsutredningar jan–jun 2025–2026"));
        page.locator("#year").fill("2026");
        page.locator("#fromMonth").fill("1");
        page.locator("#toMonth").fill("6");
        browser.press("Utvärdera");
        assertThat(page.locator("table caption").first()).hasText("Överskridit 4 månader per startmånad 2026 (2025)");
        assertThat(page.locator("svg[role=img] title")).hasText(
                "Andel som överskridit fristen: Överskridit 4 månader per startmånad 2026 (2025)");
        assertThat(page.locator("table").first()).containsText("Januari");

        browser.visit("/checks/log-checks");
        page.locator("#system").fill("Lifecare");
        page.locator("#unitId").selectOption(new SelectOption().setLabel("Sektion mottagning 1"));
        page.locator("#periodFrom").fill("2024-03-01");
        page.locator("#periodTo").fill("2024-03-31");
        page.locator("#result").fill("Inga anmärkningar");
        page.locator("#diaryNumber").fill("ASN-2024-0815");
        browser.press("Registrera");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Loggkontrollen ASN-2024-0815 är registrerad.");
        assertThat(page.locator("#yearly")).containsText("2024");

        browser.visit("/checks/log-reviews");
        assertThat(page.locator("h1")).hasText("Logguppföljning");

        browser.followLink("Årshjul");
        assertThat(page.locator("h1")).hasText("Årshjul");
        browser.followLink("Information om lex Sarah och rapporteringsskyldigheten");
        assertThat(page.locator("h1")).hasText("Information om lex Sarah och rapporteringsskyldigheten");
        String due = page.locator("#dueOn option").first().getAttribute("value");
        browser.press("Markera som klar");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Uppgiften för " + due + " är markerad som klar.");
    }
}
