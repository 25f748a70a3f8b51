package se.vaksam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;

/**
 * The coordinator imports a population of child-welfare investigations, maps its columns, draws a 10 % sample,
 * answers a checklist for every sampled case and sees the counts appear as a result table in the review's
 * result of the internal-control plan.
 */
@BrowserTest
class CheckBrowserTests {

    @Autowired
    Clock clock;

    private static byte[] population() {
        StringBuilder csv = new StringBuilder("ärende;sektion;inledd;avslutad\n");
        for (int i = 1; i <= 30; i++) {
            csv.append(String.format("BU-2026-%03d;%s;2026-02-%02d;2026-05-%02d\n", i,
                    i % 2 == 0 ? "Mottagning 1" : "Mottagning 2", i % 28 + 1, i % 28 + 1));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theCoordinatorImportsSamplesAnswersAChecklistAndSeesTheResultInTheReview(BrowserSession browser) {
        browser.login("ik.samordnare");
        Page page = browser.followLink("Kontroller");
        assertThat(page.locator("h1")).hasText("Kontroller");

        page.locator("#file").setInputFiles(new FilePayload("barnavardsutredningar.csv", "text/csv", population()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Läs filen")).click();
        assertThat(page.locator("h1")).hasText("Välj kolumner");
        browser.checked();
        assertThat(page.locator("main")).containsText("Filen barnavardsutredningar.csv har 30 rader.");
        assertThat(page.locator("#preview")).containsText("BU-2026-001");
        assertThat(page.locator("#map-key")).hasValue("ärende");
        assertThat(page.locator("#map-startedOn")).hasValue("inledd");

        page.locator("#name").fill("Barnavårdsutredningar februari 2026");
        page.locator("#unitId").selectOption(new SelectOption().setLabel("Sektion mottagning 1"));
        // the import step runs in the background and the page polls its progress (htmx) before it goes on
        java.util.List<String> htmxCalls = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onRequest(r -> {
            if (r.headers().containsKey("hx-request") && r.url().contains("/checks/populations")) {
                htmxCalls.add(r.method() + " " + r.url().replaceFirst("^https?://[^/]+", ""));
            }
        });
        browser.press("Importera");
        assertThat(page.locator("h1")).hasText("Barnavårdsutredningar februari 2026");
        org.junit.jupiter.api.Assertions.assertEquals("POST /checks/populations", htmxCalls.get(0), htmxCalls.toString());
        org.junit.jupiter.api.Assertions.assertTrue(htmxCalls.get(1).startsWith("GET /checks/populations/imports/"),
                htmxCalls.toString());
        assertThat(page.locator(".govuk-notification-banner")).containsText("Populationen är importerad: 30 poster.");

        browser.press("Dra stickprov");
        assertThat(page.locator("h1")).containsText("Stickprov");
        // 10 % of 30 = 3 cases
        assertThat(page.locator("#cases tbody tr")).hasCount(3);
        browser.press("Verifiera urval");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Urvalet är verifierat");

        page.locator("#title").fill("Dokumentation i barnavårdsutredningar");
        page.locator("#planItemId").selectOption(new SelectOption().setLabel("Utredningstider i barnavårdsutredningar ("
                + LocalDate.now(clock).getYear() + ")"));
        page.locator("#questions").fill("Har utredningen dokumenterats?\nHar barnet fått komma till tals?");
        browser.press("Skapa checklistan");
        assertThat(page.locator("h1")).hasText("Dokumentation i barnavårdsutredningar");
        assertThat(page.locator("#progress")).hasText("0 av 3 fall är besvarade.");

        for (int n = 0; n < 3; n++) {
            Locator answer = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName(java.util.regex.Pattern.compile("^Svara för "))).nth(n);
            browser.clickAndWait(answer);
            page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Har utredningen dokumenterats?"))
                    .getByLabel("Ja").check();
            page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Har barnet fått komma till tals?"))
                    .getByLabel(n == 2 ? "Nej" : "Ja").check();
            browser.press("Spara svaren");
        }
        assertThat(page.locator("#progress")).hasText("3 av 3 fall är besvarade.");
        Locator table = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions()
                .setName("Dokumentation i barnavårdsutredningar").setExact(true));
        assertThat(table.locator("tbody tr").nth(0)).containsText("Har utredningen dokumenterats?");
        assertThat(table.locator("tbody tr").nth(1).locator("td").nth(2)).hasText("1");

        browser.press("Lägg in resultattabellen i granskningens resultat");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Resultattabellen är inlagd");
        browser.followLink("Till granskningen");
        assertThat(page.locator("h1")).containsText("Utredningstider i barnavårdsutredningar");
        // the reviewer sees it in the report form's table editor …
        assertThat(page.locator("#report input[value='Dokumentation i barnavårdsutredningar']")).hasCount(1);
        assertThat(page.locator("#report input[value='Ej tillämpligt (antal)']")).hasCount(1);
        // … and a reader (the city auditor) sees the table in the review's result
        String review = page.url().replaceFirst("^https?://[^/]+", "");
        page.context().clearCookies();
        browser.login("revisor");
        browser.visit(review);
        Locator inReview = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions()
                .setName("Dokumentation i barnavårdsutredningar").setExact(true));
        assertThat(inReview).containsText("Ja (antal)");
        assertThat(inReview).containsText("Ej tillämpligt (antal)");
        assertThat(inReview.locator("tbody tr").nth(0).locator("td").nth(1)).hasText("3");
        assertThat(inReview.locator("tbody tr").nth(1).locator("td").nth(2)).hasText("1");
    }
}
