package se.vaksam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The coordinator fills in the committee's self-assessment with last year's answers beside,
 * is told what is missing, completes it and submits it to kommunstyrelsen.
 */
@BrowserTest
class SelfAssessmentBrowserTests {

    @Test
    void theCoordinatorFillsInAndSubmitsTheCommitteesSelfAssessmentWithLastYearBeside(BrowserSession browser) {
        browser.login("ik.samordnare");
        Page page = browser.followLink("Självskattning");
        assertThat(page.locator("h1")).hasText("Självskattning");
        assertThat(page.locator("main")).containsText("Självskattning 2025");

        page.getByLabel("År för ny självskattning för Arbetsmarknads- och socialnämnden").fill("2027");
        browser.press("Starta självskattning");
        assertThat(page.locator("h1")).hasText("Självskattning 2027");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Självskattningen är påbörjad.");
        assertThat(page.locator("#last-KM-1")).containsText("Bedömning 2026:");
        assertThat(page.locator("#last-KM-1")).containsText(
                "Tillfredsställande – Ansvar och befogenheter framgår av nämndens riktlinje och förvaltningens rutin.");

        browser.followLink("Självskattning 2027");
        browser.press("Skicka till kommunstyrelsen");
        Locator summary = page.locator(".govuk-error-summary");
        assertThat(summary).containsText("Välj en bedömning för kriteriet: Ansvar och befogenheter tydliggjorda");
        assertThat(summary).containsText("Skriv en sammanfattning innan självskattningen skickas in.");
        summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Välj en bedömning för kriteriet: Ansvar och befogenheter tydliggjorda")).click();
        assertThat(page.locator("#rating-KM-1")).isFocused();
        browser.checked();

        for (Locator radio : page.locator("input[type=radio][value=SATISFACTORY]").all()) {
            radio.check();
        }
        page.locator("#rating-KA-4-1").check();
        page.locator("#motivation-KA-4").fill("Granskaren kommer ibland från den granskade enheten.");
        page.locator("#summary").fill("Nämnden har skapat förutsättningar för ett systematiskt arbete med intern kontroll.");
        browser.press("Spara självskattningen");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Självskattningen är sparad.");
        Locator controlActivities = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions()
                .setName("Kontrollaktiviteter").setExact(true));
        assertThat(controlActivities).containsText("Delvis tillfredsställande");
        assertThat(controlActivities).containsText("Bedömning 2026");
        assertThat(page.locator("#comparison")).containsText("Kontrollaktiviteter");

        browser.press("Skicka till kommunstyrelsen");
        assertThat(page.locator(".govuk-notification-banner"))
                .containsText("Självskattningen är inskickad till kommunstyrelsen.");
        assertThat(page.locator("#status")).hasText("Inskickad till kommunstyrelsen");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fyll i självskattningen")))
                .hasCount(0);
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Historik").setExact(true)))
                .containsText("Inskickad av");
    }

    @Test
    void theAdministratorReadsAndChangesTheKommunsCriteria(BrowserSession browser) {
        browser.login("admin");
        browser.followLink("Självskattning");
        Page page = browser.followLink("Visa de kommungemensamma kriterierna");
        assertThat(page.locator("h1")).containsText("Kommungemensamma kriterier");
        assertThat(page.locator("main")).containsText("Ledningsgrupperna tar ansvar för fungerande kontrollmiljö");

        page.locator("#criteria-year").fill("2030");
        browser.press("Visa året");
        assertThat(page.locator("h1")).hasText("Kommungemensamma kriterier 2030");
        page.locator("#area-3-criteria").fill("Ledningsgrupperna hanterar kontinuerligt intern kontroll-frågor\n"
                + "Informationstillgången är tillräcklig\nNya chefer och medarbetare får introduktion om intern kontroll");
        browser.press("Spara kriterierna");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Kriterierna är sparade.");
        assertThat(page.locator("main")).containsText("Nya chefer och medarbetare får introduktion om intern kontroll");
    }

    @Test
    void aCommitteeMemberReadsLastYearsSubmittedSelfAssessment(BrowserSession browser) {
        browser.login("nl.ordf");
        browser.followLink("Självskattning");
        Page page = browser.followLink("Självskattning 2025");
        assertThat(page.locator("#status")).hasText("Inskickad till kommunstyrelsen");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka till kommunstyrelsen")))
                .hasCount(0);
    }
}
