package se.vaksam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The owner of a governing document past its revision date finds it on the start page; the register, the
 * document, a risk linking to it and the auditors' review pages pass axe-core.
 */
@BrowserTest
class GovernanceAndAuditBrowserTests {

    @Test
    void aGoverningDocumentPastItsRevisionDateIsOnItsOwnersStartPage(BrowserSession browser) {
        Page page = browser.login("kval.controller");
        Locator tasks = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Öppna uppgifter"));
        assertThat(tasks).containsText("Revidera styrdokument");
        assertThat(tasks).containsText("Rutin för systematisk logguppföljning");
        assertThat(tasks).containsText("2025-05-31");

        browser.followLink("Rutin för systematisk logguppföljning");
        assertThat(page.locator("h1")).hasText("Rutin för systematisk logguppföljning");
        assertThat(page.locator(".govuk-warning-text")).containsText("Nästa revidering skulle ha gjorts senast 2025-05-31.");

        page.locator("#nextRevision").fill("2027-05-31");
        browser.press("Spara");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Styrdokumentet är sparat.");
        assertThat(page.locator("#next-revision")).hasText("2027-05-31");
        browser.followLink("Mina uppgifter");
        assertThat(page.locator("main")).not().containsText("Rutin för systematisk logguppföljning");
    }

    @Test
    void aRiskPageLinksItsGoverningDocument(BrowserSession browser) {
        Page page = browser.login("ik.samordnare");
        browser.followLink("Riskregister");
        page.locator("main table a.govuk-link").first().click();
        browser.checked();
        assertThat(page.locator("#governing-documents-heading")).hasText("Styrdokument");
        page.getByLabel("Koppla ett styrdokument").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Anvisning för attest och utanordning"));
        browser.press("Koppla styrdokument");
        assertThat(page.locator(".vk-governing-documents")).containsText("Anvisning för attest och utanordning");
        browser.followLink("Anvisning för attest och utanordning");
        assertThat(page.locator("main")).containsText("Risk");
    }

    @Test
    void theCoordinatorReadsTheReviewAndTheOpenRecommendations(BrowserSession browser) {
        Page page = browser.login("ik.samordnare");
        browser.followLink("Revisionsgranskningar");
        browser.followLink("Granskning av ekonomiskt bistånd");
        assertThat(page.locator("h1")).hasText("Granskning av ekonomiskt bistånd");
        assertThat(page.locator("#area-heading-" + firstAreaId(page))).containsText("1. Processer och rutiner");
        browser.followLink("Samtliga processer och rutiner har en tydlig dokumentägare.");
        assertThat(page.locator("#rec-status")).containsText("Pågår");
        browser.followLink("Öppna rekommendationer");
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions()
                .setName("Arbetsmarknads- och socialnämnden"))).containsText("SR-2019-82");
    }

    private static String firstAreaId(Page page) {
        return page.locator("section.vk-audit-area").first().getAttribute("id").substring("area-".length());
    }
}
