package se.vaksam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

/**
 * The public e-service as a citizen meets it: the municipality's name, logo and phone number, every
 * problem of the form at once in the error summary, "Vem är du?" with choices for the public only, a
 * receipt that says what happens next and when, and the accessibility statement linked from the footer;
 * axe-core on every page, and no sideways scrolling on a 390 px phone.
 */
@BrowserTest
class PublicEServiceBrowserTests {

    @Test
    void aCitizenSeesEveryProblemAtOnceAndAReceiptThatSaysWhenTheyHearFromUs(BrowserSession browser) {
        browser.page().setViewportSize(1366, 900);
        Page page = browser.visit("/e-tjanst/klagomal");
        assertThat(page.locator("header")).containsText("Malmö stad");
        assertThat(page.locator("header img")).isVisible();
        assertThat(page.locator(".govuk-inset-text")).containsText("040-34 10 00");
        assertThat(page.locator("#reporterKind option")).hasText(new String[] {"Vill inte säga",
                "Jag får stöd eller hjälp från socialtjänsten", "Jag är anhörig eller närstående", "Annan, till exempel granne"});

        page.getByLabel("Ditt namn").fill("Kim Andersson");
        page.getByLabel("När hände det? (frivilligt)").fill("i fredags");
        browser.press("Skicka");

        assertThat(page.locator(".govuk-error-summary__list li")).hasText(new String[] {
                "Välj vilken verksamhet det gäller. Välj ”Jag vet inte” om du är osäker.",
                "Beskriv vad som hänt.",
                "Skriv datumet som år-månad-dag, till exempel 2026-03-15.",
                "Kryssa i att du samtycker, eller ta bort ditt namn och dina kontaktuppgifter."});
        screenshot(browser, "public-form-errors-1366");

        page.getByLabel("Individ och familj (till exempel barn och unga, vuxna)").check();
        page.getByLabel("Berätta vad som hänt").fill("Ingen ringde tillbaka.");
        page.getByLabel("När hände det? (frivilligt)").fill("2026-11-27");
        page.getByLabel("Jag samtycker till att mina uppgifter sparas för att ni ska kunna kontakta mig").check();
        browser.press("Skicka");

        assertThat(page.locator("h1")).hasText("Tack! Vi har tagit emot det du skrev");
        assertThat(page.locator("#answer-time")).hasText(
                "Om du lämnade namn och telefonnummer eller e-post hör vi av oss inom 10 arbetsdagar.");
        assertThat(page.locator("main")).containsText("Ring 040-34 10 00");
        screenshot(browser, "public-receipt-1366");

        browser.followLink("Tillgänglighetsredogörelse");
        assertThat(page.locator("h1")).hasText("Tillgänglighet för e-tjänsten Lämna klagomål eller synpunkt");
        assertThat(page.locator("main")).containsText("tillganglighet@vaksam.example");
        assertThat(page.locator("main")).containsText("2026-12-01");
    }

    @Test
    void theEServiceFitsAPhone(BrowserSession browser) {
        browser.page().setViewportSize(390, 844);
        for (String path : new String[] {"/e-tjanst/klagomal", "/e-tjanst/tillganglighet"}) {
            Page page = browser.visit(path);
            Object scrollWidth = page.evaluate("document.documentElement.scrollWidth");
            org.assertj.core.api.Assertions.assertThat(((Number) scrollWidth).intValue()).as(path).isLessThanOrEqualTo(390);
        }
        browser.visit("/e-tjanst/klagomal");
        browser.press("Skicka");
        screenshot(browser, "public-form-errors-390");
        browser.visit("/e-tjanst/tillganglighet");
        screenshot(browser, "public-accessibility-390");
    }

    private static void screenshot(BrowserSession browser, String name) {
        browser.screenshot(Path.of("target", "screens", name + ".png"));
    }
}
