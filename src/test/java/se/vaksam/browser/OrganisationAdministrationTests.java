package se.vaksam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What an administrator of the organisation does without a manual: add a unit, move it, place a
 * new person there, correct the person's details, and find every change in the Historik.
 */
@BrowserTest
class OrganisationAdministrationTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Test
    void theCoordinatorAddsAUnitMovesItPlacesANewPersonThereAndSeesTheChangesInTheHistory(BrowserSession browser) {
        String code = uniqueCode();
        String unitName = "Familjestöd " + code;
        browser.login("ik.samordnare");

        browser.followLink("Organisation");
        Page page = browser.followLink("Avdelningen för barn och unga");
        assertThat(page.locator("h1")).hasText("Avdelningen för barn och unga");

        page.locator("#child-code").fill(code);
        page.locator("#child-name").fill(unitName);
        childForm(page).getByLabel("Enhet", new Locator.GetByLabelOptions().setExact(true)).check();
        page.locator("#child-reason").fill("Ny enhet enligt nämndens beslut");
        browser.press("Lägg till enheten");
        assertThat(page.locator("h1")).hasText(unitName);
        assertThat(page.locator(".govuk-notification-banner")).containsText("Enheten är skapad.");
        assertThat(page.locator(".govuk-breadcrumbs")).containsText("Avdelningen för barn och unga");

        page.locator("#move-parent").selectOption(new SelectOption().setLabel("IFO-VUX – Avdelningen för vuxna"));
        page.locator("#move-reason").fill("Verksamheten byter avdelning");
        browser.press("Flytta enheten");
        assertThat(page.locator("h1")).hasText(unitName);
        assertThat(page.locator(".govuk-notification-banner")).containsText("Enheten är flyttad.");
        assertThat(page.locator(".govuk-breadcrumbs")).containsText("Avdelningen för vuxna");
        assertThat(table(page, "Historik")).containsText("Avdelningen för barn och unga");
        assertThat(table(page, "Historik")).containsText("Avdelningen för vuxna");
        assertThat(table(page, "Historik")).containsText("Verksamheten byter avdelning");

        String username = "bt.familj." + code.toLowerCase(Locale.ROOT);
        browser.followLink("Personer");
        browser.press("Ny person");
        page.locator("#username").fill(username);
        page.locator("#givenName").fill("Greta");
        page.locator("#familyName").fill("Familjestöd");
        page.locator("#title").fill("Familjebehandlare");
        page.locator("#unit").selectOption(new SelectOption().setLabel(code + " – " + unitName));
        page.locator("#role").selectOption(new SelectOption().setLabel("Medarbetare"));
        page.locator("#reason").fill("Anställd vid den nya enheten");
        browser.press("Skapa personen");
        assertThat(page.locator("h1")).hasText("Greta Familjestöd");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Personen är skapad.");
        assertThat(table(page, "Placeringar")).containsText(unitName);

        page.locator("#title").fill("Förste familjebehandlare");
        page.locator("#reason").fill("Ny befattning");
        browser.press("Spara personuppgifterna");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Personuppgifterna är sparade.");
        Locator history = table(page, "Historik");
        assertThat(history).containsText("Titel");
        assertThat(history.locator(".vk-before").first()).hasText("Familjebehandlare");
        assertThat(history.locator(".vk-after").first()).hasText("Förste familjebehandlare");
        assertThat(history).containsText("Ny befattning");
        Locator placements = table(page, "Placeringshistorik");
        assertThat(placements).containsText("Tillagd");
        assertThat(placements).containsText(unitName + " (" + code + ")");
        assertThat(placements).containsText("Medarbetare");
        assertThat(placements).containsText("Anställd vid den nya enheten");

        browser.followLink(unitName);
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Personer placerade här")))
                .containsText("Greta Familjestöd");
    }

    @Test
    void aFormSentWithMistakesShowsTheErrorSummaryAndLeadsToTheField(BrowserSession browser) {
        browser.login("ik.samordnare");
        browser.followLink("Organisation");
        Page page = browser.followLink("Avdelningen för barn och unga");

        page.locator("#child-code").fill("");
        page.locator("#child-name").fill("Utan kod " + uniqueCode());
        browser.press("Lägg till enheten");
        assertThat(page.locator("h1")).hasText("Avdelningen för barn och unga");
        Locator summary = page.locator(".govuk-error-summary");
        assertThat(summary).isVisible();
        assertThat(summary).containsText("Det finns fel i formuläret");
        assertThat(summary).containsText("Ange enhetens kod.");
        assertThat(page.locator("#child-code-error")).containsText("Ange enhetens kod.");

        summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Ange enhetens kod.")).click();
        assertThat(page.locator("#child-code")).isFocused();
        browser.checked();

        browser.followLink("Personer");
        browser.press("Ny person");
        browser.press("Skapa personen");
        assertThat(page.locator(".govuk-error-summary")).containsText("Ange förnamn.");
        assertThat(page.locator("#givenName")).hasAttribute("aria-describedby",
                java.util.regex.Pattern.compile("givenName-error"));
    }

    private static Locator childForm(Page page) {
        return page.locator("form[action$='/children']");
    }

    private static Locator table(Page page, String name) {
        return page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** A code no other test uses: unique per run and per test. */
    private static String uniqueCode() {
        return "BT" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase(Locale.ROOT)
                + SEQUENCE.incrementAndGet();
    }
}
