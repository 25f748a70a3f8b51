package se.vaksam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page of Vaksam's own that the menu leads to opens for each role, has one main heading, uses Vaksam's fonts,
 * passes the accessibility check and fits the window: neither in a laptop's 1 366 × 900 nor in a phone's 390 × 844
 * does the page scroll sideways. The pages with the widest tables (a risk analysis, a self-assessment) are swept
 * too. Swagger UI (the API documentation) is a third-party page with known axe findings in its top bar, so it is
 * left out.
 */
@BrowserTest
class MenuPagesTests {

    /** The records behind these lists hold the widest tables; the first one listed is swept with the menu's pages. */
    private static final List<String> LISTS_OF_WIDE_PAGES = List.of("/risk-analyses", "/self-assessments", "/plans");

    @Test
    void theAdministratorsMenuHoldsTheGroupsAndTheApiDescriptionUnderTheAccount(BrowserSession browser) {
        Page page = browser.login("admin");

        assertThat(page.locator(".vk-nav summary")).hasText(new String[] {"Internkontroll", "Kvalitet", "Kontroller",
                "Organisation", "Administration"});
        assertThat(page.locator(".vk-nav__group--account a[href='/swagger-ui.html']")).hasCount(1);
        assertThat(page.locator(".vk-nav a[href='/swagger-ui.html']")).hasCount(0);
    }

    @Test
    void aSocialWorkerSeesNoAdministrationAndTheCurrentPlaceIsMarked(BrowserSession browser) {
        Page page = browser.login("ifo.soc1");
        assertThat(page.locator(".vk-nav summary", new Page.LocatorOptions().setHasText("Administration"))).hasCount(0);

        browser.visit("/deviations");
        Locator group = page.locator(".vk-nav__group--current");
        assertThat(group.locator("summary")).hasText("Kvalitet");
        assertThat(group.locator("a[aria-current=page]")).hasAttribute("href", "/deviations");
    }

    @Test
    void onAPhoneTheMenuFoldsBehindOneButton(BrowserSession browser) {
        Page page = browser.login("ik.samordnare");
        browser.resize(390, 844);

        assertThat(page.locator("#vk-nav-list")).isHidden();
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Meny")).click();
        assertThat(page.locator("#vk-nav-list")).isVisible();
        page.locator(".vk-nav summary", new Page.LocatorOptions().setHasText("Internkontroll")).click();
        assertThat(page.locator(".vk-nav a[href='/plans']")).isVisible();
        assertThat(sidewaysOverflow(page)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "ik.samordnare", "ifo.avd.bu", "ifo.enh.mot", "ifo.soc1", "lexsarah", "nl.ordf",
            "revisor"})
    void everyPageInTheMenuOpensIsAccessibleAndFitsTheWindow(String username, BrowserSession browser) {
        Page page = browser.login(username);
        Set<String> paths = new LinkedHashSet<>(browser.menuPaths().stream()
                .filter(path -> !path.startsWith("/swagger-ui")).toList());
        assertThat(paths).contains("/", "/account");
        for (String list : LISTS_OF_WIDE_PAGES) {
            if (paths.contains(list)) {
                browser.visit(list);
                Object record = page.evaluate("list => [...document.querySelectorAll('main a')]"
                        + ".map(a => a.getAttribute('href')).find(h => new RegExp('^' + list + '/\\\\d+$').test(h))",
                        list);
                if (record != null) {
                    paths.add(record.toString());
                }
            }
        }

        List<String> tooWide = new ArrayList<>();
        for (String path : paths) {
            browser.resize(1366, 900);
            browser.visit(path);
            assertThat(browser.status()).as(path).isEqualTo(200);
            assertThat(page.locator("h1")).hasCount(1);
            assertThat(elementsInGovUkTypeface(page)).as(path).isEmpty();
            if (sidewaysOverflow(page) > 0) {
                tooWide.add(path + " at 1366 px: " + sidewaysOverflow(page) + " px too wide " + sticksOut(page));
            }
            browser.resize(390, 844);
            if (sidewaysOverflow(page) > 0) {
                tooWide.add(path + " at 390 px: " + sidewaysOverflow(page) + " px too wide " + sticksOut(page));
            }
        }
        assertThat(tooWide).as("pages that scroll sideways for " + username).isEmpty();
    }

    /** How many pixels the page is wider than the window (0 when it fits). */
    static int sidewaysOverflow(Page page) {
        return ((Number) page.evaluate(
                "() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth)")).intValue();
    }

    /** The innermost elements that reach beyond the window's right edge, to say what to fix. */
    private static Object sticksOut(Page page) {
        return page.evaluate("""
                () => [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                    .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > window.innerWidth + 1))
                    .slice(0, 3).map(e => e.tagName.toLowerCase() + '.' + e.className)""");
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
