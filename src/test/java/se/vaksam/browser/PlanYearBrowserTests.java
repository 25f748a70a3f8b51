package se.vaksam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

/**
 * The plan's part of the year: the coordinator drafts a plan with a direct action and a review, the
 * committee's decision adopts it, the section head reports the review with a result table and creates
 * an improvement action, which at year end is proposed for next year's plan and offered as a candidate.
 */
@BrowserTest
class PlanYearBrowserTests {

    @Test
    void aPlanIsDraftedAdoptedReportedAndClosedWithItsImprovementActionCarriedIntoNextYear(BrowserSession browser) {
        Page page = browser.login("ik.samordnare");
        browser.followLink("Internkontrollplan");
        page.locator("#committeeId").selectOption(new SelectOption().setLabel("Arbetsmarknads- och socialnämnden"));
        page.locator("#new-year").fill("2029");
        browser.press("Skapa utkast");
        assertThat(page.locator("h1")).hasText("Internkontrollplan 2029");

        browser.followLink("Lägg till en punkt");
        page.getByLabel("Direktåtgärd").check();
        page.locator("#title").fill("Informera om dokumentationsrutinen");
        page.locator("#responsibleUnitId").selectOption(new SelectOption().setLabel("Sektion mottagning 1"));
        page.locator("#responsibleUsername").fill("ifo.sek.mot1");
        page.locator("#period").selectOption("T1");
        page.locator("#whatToDo").fill("Gå igenom rutinen på arbetsplatsträffar.");
        browser.press("Spara");
        assertThat(page.locator("h1")).hasText("Åtgärd: Informera om dokumentationsrutinen");

        browser.followLink("Internkontrollplan 2029");
        browser.followLink("Lägg till en punkt");
        page.getByLabel("Granskning", new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("#title").fill("Loggkontroller i verksamhetssystemet");
        page.locator("#responsibleUnitId").selectOption(new SelectOption().setLabel("Sektion mottagning 1"));
        page.locator("#responsibleUsername").fill("ifo.sek.mot1");
        page.locator("#period").selectOption("T2");
        page.locator("#purpose").fill("Att säkerställa att loggkontroller görs och diarieförs.");
        page.locator("#method").fill("Uttag ur diariet.");
        page.locator("#reviewerUsername").fill("ifo.sek.mot1");
        browser.press("Spara");
        assertThat(page.locator(".govuk-warning-text")).containsText("Sektion mottagning 1");

        browser.followLink("Internkontrollplan 2029");
        page.locator("#decidedOn").fill("2028-12-14");
        page.locator("#paragraph").fill("§ 303");
        page.locator("#diaryNumber").fill("ASN-2028-1234");
        browser.press("Anta planen");
        assertThat(page.locator(".govuk-summary-list").first()).containsText("ASN-2028-1234");
        String planPath = page.url();

        browser.login("ifo.sek.mot1");
        browser.visit(planPath);
        browser.followLink("Granskning: Loggkontroller i verksamhetssystemet");
        page.locator("#result").fill("Antalet diarieförda kontroller har ökat.");
        browser.press("Lägg till tabell");
        page.locator("#t0-caption").fill("Diarieförda loggkontroller");
        page.locator("#t0-h0").fill("År");
        page.locator("#t0-n0").check();
        page.locator("#t0-h1").fill("Antal");
        page.locator("#t0-n1").check();
        page.getByLabel("Rad 1, kolumn 1").fill("2023");
        page.getByLabel("Rad 1, kolumn 2").fill("996");
        browser.press("Lägg till rad");
        page.getByLabel("Rad 2, kolumn 1").fill("2024");
        page.getByLabel("Rad 2, kolumn 2").fill("1 117");
        browser.press("Spara rapporten");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Sparat");
        assertThat(page.getByLabel("Rad 2, kolumn 2")).hasValue("1117");

        page.locator("#new-title").fill("Påminn cheferna om diarieföring");
        page.locator("#new-dueOn").fill("2029-11-30");
        browser.press("Skapa förbättringsåtgärd");
        assertThat(page.locator("h1")).hasText("Påminn cheferna om diarieföring");

        browser.login("ik.samordnare");
        browser.visit(planPath);
        browser.press("Avsluta planen");
        assertThat(page.locator(".govuk-error-summary")).containsText("saknar beslut");
        browser.followLink("Påminn cheferna om diarieföring");
        page.getByLabel("Föreslås i nästa års internkontrollplan").check();
        page.locator("#dispositionNote").fill("Förnyad granskning");
        browser.press("Spara beslutet");
        browser.visit(planPath);
        browser.press("Avsluta planen");
        assertThat(page.locator(".govuk-summary-list").first()).containsText("Avslutad");

        browser.followLink("Internkontrollplaner");
        page.locator("#committeeId").selectOption(new SelectOption().setLabel("Arbetsmarknads- och socialnämnden"));
        page.locator("#new-year").fill("2030");
        browser.press("Skapa utkast");
        assertThat(page.locator("#candidates")).isVisible();
        assertThat(page.locator("table").first()).containsText("Påminn cheferna om diarieföring");
        assertThat(page.locator("table").first()).containsText("Loggkontroller i verksamhetssystemet");
    }
}
