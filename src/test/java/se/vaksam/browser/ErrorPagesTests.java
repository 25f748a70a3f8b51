package se.vaksam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@BrowserTest
class ErrorPagesTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anUnknownAddressShowsTheFriendlyNotFoundPageWithTheMenuStillThere(BrowserSession browser) {
        browser.login("ifo.soc1");

        Page page = browser.visit("/finns-inte");

        assertThat(browser.status()).isEqualTo(404);
        assertThat(page).hasTitle("Sidan finns inte – Vaksam");
        assertThat(page.locator("h1")).hasText("Sidan finns inte");
        assertThat(page.locator("main")).containsText("Det finns ingen sida eller uppgift på den här adressen.");
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Huvudmeny"))).isVisible();

        browser.followLink("Till startsidan");
        assertThat(page.locator("h1")).hasText("Mina uppgifter");
    }

    @Test
    void aUnitThatDoesNotExistSaysSo(BrowserSession browser) {
        browser.login("ifo.soc1");

        Page page = browser.visit("/org/units/999999");

        assertThat(browser.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Sidan finns inte");
        assertThat(page.locator("main")).containsText("Enheten finns inte.");
    }

    @Test
    void aUnitOutsideThePersonsScopeShowsTheFriendlyForbiddenPage(BrowserSession browser) {
        long adultCare = jdbc.sql("select id from org_unit where code = 'IFO-VUX'").query(Long.class).single();
        browser.login("ifo.soc1");

        Page page = browser.visit("/org/units/" + adultCare);

        assertThat(browser.status()).isEqualTo(403);
        assertThat(page).hasTitle("Åtkomst nekad – Vaksam");
        assertThat(page.locator("h1")).hasText("Åtkomst nekad");
        assertThat(page.locator("main")).containsText("Behörigheten följer din roll och din plats i organisationen.");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga ut"))).isVisible();
    }

    @Test
    void aFormSentWithAStaleSecurityTokenIsRefusedWithTheForbiddenPage(BrowserSession browser) {
        Page page = browser.login("ifo.soc1");
        page.locator("input[name=_csrf]").evaluateAll("inputs => inputs.forEach(input => input.value = 'inaktuell')");

        browser.press("Logga ut");

        assertThat(browser.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("Åtkomst nekad");
        browser.visit("/");
        assertThat(page.locator("h1")).hasText("Mina uppgifter");
    }
}
