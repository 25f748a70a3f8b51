package se.vaksam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;

import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;

/**
 * On a phone (390 px), the coordinator reads a file of answers into a checklist with a conditional question,
 * sees every case counted (Ej besvarad included), breaks one question down per stratum and puts that table
 * into the review's result; a file with a mistake is refused naming its row, column and value.
 */
@BrowserTest
class ChecklistBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCoordinatorReadsAnswersFromAFileAndPutsABreakdownPerStratumIntoTheReviewOnAPhone(BrowserSession browser) {
        long checklist = checklistOverSixRecruitments();
        browser.login("ik.samordnare");
        browser.resize(390, 844);
        Page page = browser.visit("/checks/checklists/" + checklist);
        assertThat(page.locator("#conditions")).containsText("”Dokumenterat i HR?” gäller bara när ”Kontrollerat?” besvarats med Ja.");

        page.locator("#answer-file").setInputFiles(new FilePayload("svar.csv", "text/csv", """
                Nyckel;Kontrollerat?;Dokumenterat i HR?
                REK-1;Ja;Ja
                REK-2;Nej;Ja
                """.getBytes(StandardCharsets.UTF_8)));
        browser.press("Läs in svaren");
        assertThat(page.locator(".govuk-error-summary")).containsText("Rad 3, kolumn Dokumenterat i HR?: svaret ”Ja”");

        page.locator("#answer-file").setInputFiles(new FilePayload("svar.csv", "text/csv", """
                Nyckel;Kontrollerat?;Dokumenterat i HR?
                REK-1;Ja;Ja
                REK-2;Ja;Nej
                REK-4;Nej;
                REK-5;Ja;Ja
                """.getBytes(StandardCharsets.UTF_8)));
        browser.press("Läs in svaren");
        assertThat(page.locator(".govuk-notification-banner")).containsText("4 fall ändrades");
        Locator counts = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Registerutdrag").setExact(true));
        Locator hr = counts.locator("tbody tr").nth(1);
        // Ja 2 | Nej 1 | Ej tillämpligt 0 | Ej tillämpligt (villkor) 1 | Ej besvarad 2 | Totalt 6
        assertThat(hr.locator("td").nth(1)).hasText("2");
        assertThat(hr.locator("td").nth(4)).hasText("1");
        assertThat(hr.locator("td").nth(5)).hasText("2");
        assertThat(hr.locator("td").nth(6)).hasText("6");
        assertThat(hr.locator("td").nth(7)).hasText("33,3");

        page.locator("#questionId").selectOption(new SelectOption().setLabel("Dokumenterat i HR?"));
        browser.press("Visa tabellen");
        Locator strata = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions()
                .setName("Registerutdrag: Dokumenterat i HR? per stratum").setExact(true));
        assertThat(strata.locator("tbody tr").nth(0)).containsText("Boende för barn");
        assertThat(strata.locator("tbody tr").nth(0).locator("td").nth(1)).hasText("1");
        assertThat(strata.locator("tbody tr").last()).containsText("Totalt");
        Object width = page.evaluate("document.documentElement.scrollWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) width).intValue()).isLessThanOrEqualTo(390);

        browser.press("Lägg in tabellen i granskningens resultat");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Resultattabellen är inlagd");

        browser.clickAndWait(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Svara för REK-3")));
        assertThat(page.locator("main")).containsText("Besvaras bara när ”Kontrollerat?” besvarats med Ja");
    }

    private long checklistOverSixRecruitments() {
        ApiClient api = new ApiClient(port, tokens, "ik.samordnare");
        long unit = jdbc.sql("select id from org_unit where code = 'IFO-BU-MOT-1'").query(Long.class).single();
        HttpResponse<String> population = api.upload("/api/v1/populations", "rekryteringar.csv", """
                rekrytering;verksamhet
                REK-1;Boende för barn
                REK-2;Boende för barn
                REK-3;Boende för barn
                REK-4;Övriga verksamheter
                REK-5;Övriga verksamheter
                REK-6;Övriga verksamheter
                """.getBytes(StandardCharsets.UTF_8), Map.of("name", "Rekryteringar", "unitId", Long.toString(unit),
                "key", "rekrytering", "stratum", "verksamhet"));
        org.assertj.core.api.Assertions.assertThat(population.statusCode()).as(population.body()).isEqualTo(201);
        HttpResponse<String> sample = api.send("POST", "/api/v1/samples", "{\"populationId\":" + id(population)
                + ",\"method\":\"PERCENT\",\"amount\":100}");
        long item = jdbc.sql("select id from plan_item where title = 'Utredningstider i barnavårdsutredningar'")
                .query(Long.class).single();
        HttpResponse<String> created = api.send("POST", "/api/v1/checklists", """
                {"sampleId":%d,"planItemId":%d,"title":"Registerutdrag",
                 "questions":["Kontrollerat?","Dokumenterat i HR?"],
                 "conditions":[{"question":1,"onQuestion":0,"answer":"YES"}]}""".formatted(id(sample), item));
        org.assertj.core.api.Assertions.assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return id(created);
    }

    private static long id(HttpResponse<String> response) {
        Matcher m = Pattern.compile("^\\{\"id\":(\\d+)").matcher(response.body());
        org.assertj.core.api.Assertions.assertThat(m.find()).as(response.body()).isTrue();
        return Long.parseLong(m.group(1));
    }
}
