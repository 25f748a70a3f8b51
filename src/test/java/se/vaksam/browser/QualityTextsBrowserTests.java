package se.vaksam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

/**
 * The kvalitetsberättelse's texts on a phone (390 px), axe-core on every page: the quality controller opens the
 * year's texts from the quality page, rewrites a chapter (its history shows the change), adds a development area
 * for next year and follows it up with a status.
 */
@BrowserTest
class QualityTextsBrowserTests {

    @Test
    void theQualityControllerWritesAChapterAndADevelopmentAreaOnAPhone(BrowserSession browser) {
        browser.login("kval.controller");
        Page page = browser.page();
        page.setViewportSize(390, 844);
        browser.visit("/quality?year=2026");
        browser.followLink("Kvalitetsberättelse 2026: texter och utvecklingsområden");
        assertThat(page.locator("#chapters")).isVisible();
        org.assertj.core.api.Assertions.assertThat(((Number) page.evaluate("document.documentElement.scrollWidth"))
                .intValue()).isLessThanOrEqualTo(390);

        browser.visit("/quality/report/2026/texts/OPEN_COMPARISONS");
        page.locator("#heading").fill("Öppna jämförelser {år}");
        page.locator("#body").fill("Förvaltningen besvarade Socialstyrelsens frågor under våren {år}.");
        browser.press("Spara kapitlet");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Kapitlet är sparat.");
        assertThat(page.locator("main")).containsText("Öppna jämförelser 2026");
        browser.visit("/quality/report/2026/texts/OPEN_COMPARISONS");
        assertThat(page.locator(".vk-history")).containsText("Öppna jämförelser {år}");
        org.assertj.core.api.Assertions.assertThat(((Number) page.evaluate("document.documentElement.scrollWidth"))
                .intValue()).isLessThanOrEqualTo(390);

        browser.visit("/quality/report/2026/texts");
        page.locator("#new-area-title").fill("Uppföljning av genomförandeplaner");
        page.locator("#new-area-description").fill("Andelen insatser med genomförandeplan ska öka.");
        browser.clickAndWait(page.locator("form[action$='/development-areas'] button[type=submit]"));
        assertThat(page.locator("#next-year ~ ul")).containsText("Uppföljning av genomförandeplaner");
        browser.clickAndWait(page.locator("#next-year ~ ul a").filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText("Uppföljning av genomförandeplaner")).first());
        page.locator("label[for='area-status-STARTED']").click();
        page.locator("#area-follow-up").fill("Arbetet har påbörjats i två enheter.");
        browser.press("Spara utvecklingsområdet");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Utvecklingsområdet är sparat.");
        assertThat(page.locator("#area-status-STARTED")).isChecked();
        assertThat(page.locator(".vk-history")).containsText("Påbörjat");
        org.assertj.core.api.Assertions.assertThat(((Number) page.evaluate("document.documentElement.scrollWidth"))
                .intValue()).isLessThanOrEqualTo(390);
    }
}
