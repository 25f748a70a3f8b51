package se.vaksam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;

/**
 * The system administrator brings in past deviations on the page /imports (issue 14): a file with problems is
 * previewed and every problem is listed by row and column, nothing imported; the corrected file's preview counts
 * what will be created, the import runs in the background with its progress shown, and the result is reported.
 * axe-core checks every page and every swapped-in state.
 */
@BrowserTest
class HistoryImportBrowserTests {

    static final String HEADER = "Källans id;Källsystem;Typ;Enhetskod;Rubrik;Beskrivning;Mottagen;Tilldelad\r\n";
    static final LocatorAssertions.ContainsTextOptions SLOW = new LocatorAssertions.ContainsTextOptions().setTimeout(120_000);

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void noEarlierImport() {
        jdbc.sql("delete from deviation where source_system = 'Webb'").update();
    }

    @Test
    void aFileWithProblemsIsPreviewedThenTheCorrectedFileIsImported(BrowserSession browser) {
        browser.login("admin");
        Page page = browser.followLink("Inläsning av historik");
        assertThat(page.locator("h1")).hasText("Inläsning av historik");
        assertThat(page.locator("main")).containsText("Mall för Avvikelser (alla slag, med sina datum) (XLSX)");

        upload(browser, "\uFEFF" + HEADER
                + "W-1;Webb;Kvalitetsavvikelse;IFO-BU-MOT-1;Journal saknades;Anteckning fördes inte in.;2016-03-04;2016-03-05\r\n"
                + "W-2;Webb;Kvalitetsavvikelse;IFO-BU-MOT-1;Fel adress;Beslut skickades fel.;2016-05-10;2016-05-01\r\n");
        assertThat(page.locator("h1")).hasText("Förhandsgranskning");
        assertThat(page.locator(".govuk-error-summary")).containsText(
                "Rad 3, kolumn Tilldelad, värde 2016-05-01: Datumet ligger före Mottagen (2016-05-10).", SLOW);
        browser.checked();
        assertThat(page.locator(".vk-import-problem")).hasCount(1);

        browser.followLink("Tillbaka till inläsning av historik");
        upload(browser, "\uFEFF" + HEADER
                + "W-1;Webb;Kvalitetsavvikelse;IFO-BU-MOT-1;Journal saknades;Anteckning fördes inte in.;2016-03-04;2016-03-05\r\n"
                + "W-2;Webb;Kvalitetsavvikelse;IFO-BU-MOT-1;Fel adress;Beslut skickades fel.;2016-05-10;2016-05-11\r\n");
        assertThat(page.locator("#import-outcome")).containsText("2 poster skapas, 0 ändras och 0 är oförändrade.", SLOW);
        browser.checked();

        browser.press("Läs in");
        assertThat(page.locator("h1")).hasText("Inläsning");
        assertThat(page.locator(".govuk-notification-banner")).containsText(
                "2 poster skapades, 0 ändrades och 0 var oförändrade.", SLOW);
        browser.checked();
        org.junit.jupiter.api.Assertions.assertEquals(2, jdbc.sql(
                "select count(*) from deviation where source_system = 'Webb'").query(Integer.class).single());
    }

    private static void upload(BrowserSession browser, String csv) {
        Page page = browser.page();
        page.locator("#file-deviations").setInputFiles(new FilePayload("avvikelser.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)));
        Locator preview = page.locator("form[action$='/imports/deviations'] button");
        browser.clickAndWait(preview);
    }
}
