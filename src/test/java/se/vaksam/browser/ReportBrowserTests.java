package se.vaksam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The coordinator opens the reports of the committee's plan, creates a PDF while the page shows progress, sends
 * the tertial report to the committee under a diarienummer and finds the version on the plan page.
 */
@BrowserTest
class ReportBrowserTests {

    @Autowired
    Clock clock;

    @Test
    void theCoordinatorCreatesAndSendsATertialReportAndSeesItsVersionOnThePlan(BrowserSession browser) {
        // the demo plan is the clock's year's
        int year = LocalDate.now(clock).getYear();
        browser.login("ik.samordnare");
        Page page = browser.followLink("Rapporter");
        assertThat(page.locator("h1")).hasText("Rapporter");
        browser.followLink("Arbetsmarknads- och socialnämnden, internkontrollplan " + year);
        assertThat(page.locator("h1")).hasText("Rapporter för internkontrollplan " + year);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Ladda ner Uppföljning av internkontrollplan " + year + " – tertial 1 som PDF").setExact(true))
                .click();
        Locator progress = page.locator("#progress-tertial-1");
        assertThat(progress).containsText("skapas");
        // the first PDF of a fresh JVM loads the layout engine and fonts: allow it time on a busy machine
        assertThat(progress.getByRole(AriaRole.LINK)).containsText(
                "Ladda ner Uppföljning av internkontrollplan " + year + " – tertial 1.pdf",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        assertThat(progress).containsText("Klart på");
        browser.checked();

        page.locator("#diary-tertial-1").fill("ASN-" + year + "-3321");
        browser.press("Skicka till nämnd: Uppföljning av internkontrollplan " + year + " – tertial 1");
        assertThat(page.locator(".govuk-notification-banner")).containsText(
                "Uppföljning av internkontrollplan " + year + " – tertial 1 är sparad som en ny version i PDF och Word.");
        assertThat(page.locator("main table")).containsText("ASN-" + year + "-3321");

        browser.followLink("Till internkontrollplan " + year);
        assertThat(page.locator("#report-versions-title")).hasText("Rapporter till nämnden");
        assertThat(page.locator(".vk-report-versions table")).containsText("ASN-" + year + "-3321");
        browser.checked();
    }
}
