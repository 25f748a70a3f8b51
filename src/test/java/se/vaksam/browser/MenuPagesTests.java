package se.vaksam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every page of Vaksam's own that the main menu leads to opens, has one main heading, uses
 * Vaksam's fonts and passes the accessibility check. Swagger UI (the API documentation) is a third-party page
 * with known axe findings in its top bar, so it is left out.
 */
@BrowserTest
class MenuPagesTests {

    @Test
    void everyPageInTheAdministratorsMenuOpensAndIsAccessible(BrowserSession browser) {
        Page page = browser.login("admin");
        List<String> paths = page.locator(".vk-nav__link").all().stream()
                .map(link -> link.getAttribute("href"))
                .filter(path -> !path.startsWith("/swagger-ui"))
                .toList();
        assertThat(paths).contains("/", "/org", "/people");

        for (String path : paths) {
            browser.visit(path);
            assertThat(browser.status()).as(path).isEqualTo(200);
            assertThat(page.locator("h1")).hasCount(1);
            assertThat(elementsInGovUkTypeface(page)).as(path).isEmpty();
        }
    }

    /** GOV.UK's font files are not served: an element set in GDS Transport would ask for them. */
    @SuppressWarnings("unchecked")
    private static List<String> elementsInGovUkTypeface(Page page) {
        return (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('body, body *')]
                    .filter(e => getComputedStyle(e).fontFamily.includes('GDS Transport'))
                    .map(e => e.tagName.toLowerCase() + '.' + e.className)""");
    }
}
