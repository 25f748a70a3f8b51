package se.vaksam.browser;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The harness itself: axe-core really runs and a violation really fails the test, readably. */
class AccessibilityCheckTests {

    static Chromium chromium;
    BrowserContext context;
    Page page;

    @BeforeAll
    static void startChromium() {
        chromium = Chromium.start();
    }

    @AfterAll
    static void stopChromium() {
        chromium.close();
    }

    @BeforeEach
    void openPage() {
        context = chromium.browser().newContext();
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    @Test
    void anInputWithoutALabelFailsWithRuleImpactSelectorAndHelp() {
        page.setContent("""
                <!DOCTYPE html><html lang="sv"><head><title>Prov</title></head>
                <body><main><h1>Prov</h1><input id="namn" type="text"></main></body></html>""");

        assertThatThrownBy(() -> AccessibilityCheck.assertAccessible(page))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("1 accessibility violation(s)")
                .hasMessageContaining("- label [critical]: Form elements must have labels")
                .hasMessageContaining("[#namn]")
                .hasMessageContaining("https://dequeuniversity.com/rules/axe/");
    }

    @Test
    void textWithTooLittleContrastFails() {
        page.setContent("""
                <!DOCTYPE html><html lang="sv"><head><title>Prov</title></head>
                <body><main><h1>Prov</h1><p style="color:#aaa;background:#fff">Blek text</p></main></body></html>""");

        assertThatThrownBy(() -> AccessibilityCheck.assertAccessible(page))
                .hasMessageContaining("color-contrast [serious]");
    }

    @Test
    void aCleanPagePasses() {
        page.setContent("""
                <!DOCTYPE html><html lang="sv"><head><title>Prov</title></head>
                <body><main><h1>Prov</h1><label for="namn">Namn</label><input id="namn" type="text"></main></body></html>""");

        assertThatCode(() -> AccessibilityCheck.assertAccessible(page)).doesNotThrowAnyException();
    }
}
