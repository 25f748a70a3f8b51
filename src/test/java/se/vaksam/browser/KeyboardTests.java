package se.vaksam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** A person who uses only the keyboard can skip the menu and always sees where the focus is. */
@BrowserTest
class KeyboardTests {

    private static final String FOCUS_YELLOW = "rgb(255, 221, 0)";

    @Test
    void theFirstTabStopIsTheSkipLinkWhichLeadsPastTheMenu(BrowserSession browser) {
        Page page = browser.login("ifo.soc1");

        page.keyboard().press("Tab");
        Locator skip = page.locator(".govuk-skip-link");
        assertThat(skip).isFocused();
        assertThat(skip).hasText("Hoppa till innehållet");
        assertThat(skip).isInViewport();

        page.keyboard().press("Enter");
        assertThat(page).hasURL(java.util.regex.Pattern.compile("#main$"));
        browser.checked();
    }

    @Test
    void linksAndTheSignOutButtonInTheHeaderShowAYellowFocus(BrowserSession browser) {
        Page page = browser.login("ifo.soc1");

        page.locator(".vk-nav__link").first().focus();
        assertThat(backgroundOfFocused(page)).isEqualTo(FOCUS_YELLOW);

        page.locator(".vk-nav__group--account > summary").focus();
        assertThat(backgroundOfFocused(page)).isEqualTo(FOCUS_YELLOW);

        page.locator(".vk-nav__group--account > summary").click();
        page.locator(".vk-linkbutton").focus();
        assertThat(backgroundOfFocused(page)).isEqualTo(FOCUS_YELLOW);

        page.locator(".vk-header__lang a").first().focus();
        assertThat(backgroundOfFocused(page)).isEqualTo(FOCUS_YELLOW);
    }

    @Test
    void linksInThePageShowTheSameFocus(BrowserSession browser) {
        Page page = browser.login("ifo.sek.mot1");
        browser.visit("/org");

        page.locator("main a.govuk-link").first().focus();
        assertThat(backgroundOfFocused(page)).isEqualTo(FOCUS_YELLOW);
    }

    private static String backgroundOfFocused(Page page) {
        return (String) page.evaluate("() => getComputedStyle(document.activeElement).backgroundColor");
    }
}
