package se.vaksam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;

/**
 * The annual report's self-assessment chapter texts (issue 17 item 4) as the coordinator edits them: from the plan's
 * reports to the page, a narrative per area of the demo committee's self-assessment and the choice to show last
 * year's rating beside; the page passes axe-core and fits a phone.
 */
@BrowserTest
class ReportTextsBrowserTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCoordinatorOpensTheChapterTextsFromThePlansReportsOnAPhoneToo(BrowserSession browser) {
        long plan = jdbc.sql("""
                select p.id from plan p join org_unit u on u.id = p.committee_id where u.code = 'ASN' and p.year = 2026
                """).query(Long.class).single();
        Page page = browser.login("ik.samordnare");
        browser.visit("/reports/plans/" + plan);
        browser.followLink("Självskattningskapitlets texter i årsrapporten");
        assertThat(page.locator("h1")).containsText("Självskattningskapitlets texter 2026");
        assertThat(page.getByLabel("Kontrollmiljö")).isVisible();
        assertThat(page.getByLabel("Visa bedömningen 2025 bredvid årets bedömning")).isVisible();
        browser.resize(390, 844);
        browser.checked();
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("sideways overflow at 390 px").isLessThanOrEqualTo(0);
    }
}
