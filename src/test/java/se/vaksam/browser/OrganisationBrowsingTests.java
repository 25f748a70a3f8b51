package se.vaksam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

@BrowserTest
class OrganisationBrowsingTests {

    @Test
    void aSectionHeadGoesFromTheOrganisationToTheirSectionAndOnToAPersonThere(BrowserSession browser) {
        browser.login("ifo.sek.mot1");

        Page page = browser.followLink("Organisation");
        assertThat(page.locator("h1")).hasText("Organisation");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Organisation").setExact(true)
                .setIncludeHidden(true))).hasAttribute("aria-current", "page");

        browser.followLink("Sektion mottagning 1");
        assertThat(page).hasTitle("Sektion mottagning 1 – Vaksam");
        assertThat(page.locator("h1")).hasText("Sektion mottagning 1");
        assertThat(page.locator(".govuk-breadcrumbs")).containsText("Mottagningsenheten barn och unga");

        browser.followLink("Kalle Svensson");
        assertThat(page.locator("h1")).hasText("Kalle Svensson");
        assertThat(page.locator(".govuk-summary-list")).containsText("Socialsekreterare");
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Placeringar")))
                .containsText("Sektion mottagning 1");
    }

    @Test
    void aPersonIsFoundInThePeopleListAndOpened(BrowserSession browser) {
        browser.login("ifo.sek.mot1");

        Page page = browser.followLink("Personer");
        page.getByLabel("Sök på namn, användarnamn eller titel").fill("Svensson");
        browser.press("Sök");
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/people\\?q=Svensson$"));

        browser.followLink("Kalle Svensson");
        assertThat(page.locator("h1")).hasText("Kalle Svensson");
        assertThat(page.locator(".govuk-summary-list")).containsText("ifo.soc1");
    }
}
