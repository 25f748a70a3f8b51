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

    @Test
    void theCoordinatorCorrectsASubAreaPreviewsTheYttrandeAndRemovesALink(BrowserSession browser) {
        Page page = browser.login("ik.samordnare");
        browser.followLink("Revisionsgranskningar");
        page.locator("#number").fill("SR-2026-92");
        page.locator("#title").fill("Granskning av rutinernas dokumentägare");
        page.locator("#auditors").fill("Stadsrevisionen");
        page.locator("#reviewedOn").fill("2026-10-15");
        browser.press("Registrera granskning");
        page.locator("#area-heading").fill("Proceser och rutner");
        page.locator("#area-judgement").fill("Rutinerna saknar dokumentägare.");
        page.locator("#area-recommendations").fill("Samtliga rutiner får en dokumentägare.");
        browser.press("Lägg till delområde");
        String areaId = firstAreaId(page);

        browser.clickAndWait(page.locator("#edit-area-" + areaId));
        assertThat(page.locator("h1")).hasText("Ändra delområde 1");
        page.locator("#heading").fill("");
        browser.press("Spara delområdet");
        assertThat(page.locator(".govuk-error-summary")).containsText("Ange delområdets rubrik och revisorernas bedömning.");
        page.locator("#heading").fill("Processer och rutiner");
        browser.press("Spara delområdet");
        assertThat(page.locator("#area-heading-" + areaId)).hasText("1. Processer och rutiner");

        page.getByText("Ändra yttrandets sidhuvud, sammanfattning och underskrifter").click();
        page.locator("#response-date").fill("2026-12-01");
        page.locator("#response-diary").fill("ASN-2026-92");
        browser.press("Spara");
        browser.followLink("Förhandsgranska yttrandet");
        assertThat(page.locator("h1")).hasText("Förhandsgranskning av yttrandet");
        assertThat(page.locator("#document")).containsText("1. Processer och rutiner");
        assertThat(page.locator("#document")).containsText("ASN-2026-92");
        browser.followLink("SR-2026-92");

        browser.followLink("Samtliga rutiner får en dokumentägare.");
        page.locator("#link-type").selectOption("RISK");
        browser.choose("Åtgärd eller risk", "Inköpsrutinen följs inte");
        browser.press("Koppla åtgärd eller risk");
        assertThat(page.locator("#links")).containsText("Inköpsrutinen följs inte");
        browser.clickAndWait(page.locator("#links button"));
        assertThat(page.locator("h1")).hasText("Ta bort kopplingen?");
        browser.press("Ja, ta bort kopplingen");
        assertThat(page.locator("main")).containsText("Inga åtgärder eller risker är kopplade.");
    }

    private static String firstAreaId(Page page) {
        return page.locator("section.vk-audit-area").first().getAttribute("id").substring("area-".length());
    }
}
