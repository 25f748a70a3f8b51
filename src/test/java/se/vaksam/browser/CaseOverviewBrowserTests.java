package se.vaksam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

/**
 * A lex Sarah case under investigation, as its investigator sees it: the step bar (done, current and next
 * steps, who and when), the deadline explained with its source, one primary action, and a history that does
 * not claim nothing has happened; at 1 366 and 390 px, axe-core on every page.
 */
@BrowserTest
class CaseOverviewBrowserTests {

    @Test
    void theInvestigatorSeesTheStepsDoneTheStepNowAndTheDeadlineWithItsSource(BrowserSession browser) {
        browser.page().setViewportSize(1366, 900);
        browser.login("lexsarah");
        Page page = browser.visit("/deviations?kind=LEX_SARAH");
        browser.clickAndWait(page.locator("tr:has-text('Orosanmälan hanterades inte') a").first());

        assertThat(page.locator(".vk-steps__item--done")).hasCount(2);
        assertThat(page.locator(".vk-steps__item--done").nth(1)).containsText("Omedelbara åtgärder vidtagna");
        assertThat(page.locator("[aria-current=step]")).containsText("Under utredning");
        assertThat(page.locator(".vk-steps__item--next").last()).containsText("Avslutad");
        assertThat(page.locator("#deadline")).containsText("Utredningen ska vara klar senast");
        assertThat(page.locator("#deadline")).containsText("SOSFS 2011:5");
        assertThat(page.locator(".vk-history")).not().containsText("Inga ändringar är registrerade.");
        assertThat(page.locator("main button.govuk-button:not(.govuk-button--secondary):not(.govuk-button--warning)"))
                .hasCount(1);
        browser.screenshot(Path.of("target", "screens", "case-overview-1366.png"));

        page.setViewportSize(390, 844);
        browser.checked();
        Object width = page.evaluate("document.documentElement.scrollWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) width).intValue()).isLessThanOrEqualTo(390);
        browser.screenshot(Path.of("target", "screens", "case-overview-390.png"));
    }
}
