package se.vaksam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

/**
 * The other check pages, on the demo data and checked with axe-core: deadlines with the chart, the register of
 * log checks with a Lifecare check, the log follow-up, and the annual wheel with a duty marked done.
 */
@BrowserTest
class CheckPagesBrowserTests {

    @Test
    void theCoordinatorEvaluatesDeadlinesRegistersALogCheckAndCompletesADuty(BrowserSession browser) {
        browser.login("ik.samordnare");
        browser.followLink("Kontroller");
        Page page = browser.followLink("Tidsfrister");
        page.locator("#populationId").selectOption(new SelectOption().setLabel("Barnavårdsutredningar jan–jun 2025–2026"));
        page.locator("#year").fill("2026");
        page.locator("#fromMonth").fill("1");
        page.locator("#toMonth").fill("6");
        browser.press("Utvärdera");
        assertThat(page.locator("table caption").first()).hasText("Överskridit 4 månader per startmånad 2026 (2025)");
        assertThat(page.locator("svg[role=img] title")).hasText(
                "Andel som överskridit fristen: Överskridit 4 månader per startmånad 2026 (2025)");
        assertThat(page.locator("table").first()).containsText("Januari");

        browser.visit("/checks/log-checks");
        page.locator("#system").fill("Lifecare");
        page.locator("#unitId").selectOption(new SelectOption().setLabel("Sektion mottagning 1"));
        page.locator("#periodFrom").fill("2024-03-01");
        page.locator("#periodTo").fill("2024-03-31");
        page.locator("#result").fill("Inga anmärkningar");
        page.locator("#diaryNumber").fill("ASN-2024-0815");
        browser.press("Registrera");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Loggkontrollen ASN-2024-0815 är registrerad.");
        assertThat(page.locator("#yearly")).containsText("2024");

        browser.visit("/checks/log-reviews");
        assertThat(page.locator("h1")).hasText("Logguppföljning");

        browser.followLink("Årshjul");
        assertThat(page.locator("h1")).hasText("Årshjul");
        // The duty is listed once among all duties and, near its due date, again among the coming ones.
        browser.clickAndWait(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Information om lex Sarah och rapporteringsskyldigheten").setExact(true)).first());
        assertThat(page.locator("h1")).hasText("Information om lex Sarah och rapporteringsskyldigheten");
        String due = page.locator("#dueOn option").first().getAttribute("value");
        browser.press("Markera som klar");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Uppgiften för " + due + " är markerad som klar.");
    }

    @Test
    void theCoordinatorRenamesMovesAndDeactivatesADuty(BrowserSession browser) {
        browser.login("ik.samordnare");
        Page page = browser.visit("/recurring-duties");
        page.locator("#title").fill("Genomgång av delegationsordningen");
        page.locator("#rule").selectOption("YEARLY");
        page.locator("#dayOfMonth").fill("10");
        page.locator("#monthOfYear").fill("9");
        page.locator("#targetRole").selectOption("SECTION_HEAD");
        page.locator("#unitId").selectOption(new SelectOption().setLabel("Sektion mottagning 1"));
        browser.press("Lägg till i årshjulet");
        assertThat(page.locator("h1")).hasText("Genomgång av delegationsordningen");

        browser.followLink("Ändra uppgiften");
        page.locator("#dayOfMonth").fill("32");
        browser.press("Spara uppgiften");
        assertThat(page.locator(".govuk-error-summary")).containsText("Dagen ska vara 1–31.");
        page.locator("#title").fill("Genomgång av delegationsordningen och attestlistan");
        page.locator("#dayOfMonth").fill("12");
        page.locator("#targetRole").selectOption("UNIT_HEAD");
        browser.press("Spara uppgiften");
        assertThat(page.locator("h1")).hasText("Genomgång av delegationsordningen och attestlistan");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Uppgiften är sparad.");
        assertThat(page.locator(".vk-history")).containsText("Genomgång av delegationsordningen");

        browser.press("Inaktivera uppgiften");
        assertThat(page.locator("#inactive")).containsText("Uppgiften är inaktiverad.");
        assertThat(page.locator("#dueOn")).hasCount(0);
        browser.clickAndWait(page.locator(".govuk-breadcrumbs").getByText("Årshjul"));
        assertThat(page.locator("#inactive-duties")).containsText("Genomgång av delegationsordningen och attestlistan");
    }
}
