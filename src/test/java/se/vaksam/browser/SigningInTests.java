package se.vaksam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

@BrowserTest
class SigningInTests {

    @Test
    void aPersonSignsInThroughTheFormAndLandsOnMyTasks(BrowserSession browser) {
        Page page = browser.visit("/");

        assertThat(page).hasURL(java.util.regex.Pattern.compile("/login$"));
        assertThat(page.locator("h1")).hasText("Logga in");

        browser.login("ifo.soc1");

        assertThat(page).hasTitle("Mina uppgifter – Vaksam");
        assertThat(page.locator("h1")).hasText("Mina uppgifter");
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
        assertThat(page.locator(".vk-header__user")).containsText("Kalle Svensson");
    }

    @Test
    void aWrongPasswordShowsTheErrorSummaryInSwedish(BrowserSession browser) {
        Page page = browser.login("ifo.soc1", "fel-lösenord");

        Locator summary = page.getByRole(AriaRole.ALERT);
        assertThat(summary).containsText("Inloggningen misslyckades");
        assertThat(summary).containsText("Fel användarnamn eller lösenord.");
        assertThat(page.locator("h1")).hasText("Logga in");
    }

    @Test
    void thePersonSwitchesToEnglishAndBackToSwedish(BrowserSession browser) {
        browser.login("ifo.soc1");

        Page page = browser.followLink("English");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("My tasks");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();

        browser.visit("/");
        assertThat(page.locator("h1")).hasText("My tasks");

        browser.followLink("Svenska");
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
        assertThat(page.locator("h1")).hasText("Mina uppgifter");
    }

    @Test
    void signingOutEndsTheSessionAndSaysSo(BrowserSession browser) {
        browser.login("ifo.soc1");

        Page page = browser.press("Logga ut");

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Du är utloggad.");
        browser.visit("/");
        assertThat(page.locator("h1")).hasText("Logga in");
    }
}
