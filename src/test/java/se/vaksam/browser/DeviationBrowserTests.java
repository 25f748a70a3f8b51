package se.vaksam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The scenarios in the browser, axe-core on every page: a complaint through the public
 * e-service without login gets a receipt, the quality function assigns it and a sektionschef handles
 * it to closed; a lex Sarah report goes through the manager's immediate action, the investigation, the
 * arbetsutskott's decision, the notification to IVO, IVO's reply, measures and closure; a case that
 * cannot wait goes to the ordförande before the investigation is finished; a pattern proposed as a
 * risk is added to next year's risk analysis; the e-service's choices and the register entries are
 * edited on their pages; governing documents are linked on the deviation page. Also the statistics,
 * the registers and the category lists pass axe.
 */
@BrowserTest
class DeviationBrowserTests {

    @Autowired
    Clock clock;

    @Test
    void aPublicComplaintGetsAReceiptAndASektionschefHandlesItToClosed(BrowserSession browser) {
        Page page = browser.visit("/e-tjanst/klagomal");
        assertThat(page.locator("h1")).hasText("Lämna klagomål eller synpunkt");
        page.getByLabel("Individ och familj (till exempel barn och unga, vuxna)").check();
        page.getByLabel("Berätta vad som hänt").fill("Min handläggare har inte ringt tillbaka trots tre meddelanden.");
        page.getByLabel("Ditt namn").fill("Kim Andersson");
        page.getByLabel("Telefon eller e-post").fill("kim@example.se");
        browser.press("Skicka");
        assertThat(page.locator(".govuk-error-summary")).containsText("Kryssa i att du samtycker");
        page.getByLabel("Jag samtycker till att mina uppgifter sparas för att ni ska kunna kontakta mig").check();
        browser.press("Skicka");
        assertThat(page.locator("h1")).hasText("Tack! Vi har tagit emot det du skrev");
        String caseNumber = page.locator("#case-number").textContent();

        browser.login("kval.controller");
        browser.visit("/deviations?kind=EXTERNAL_COMPLAINT");
        browser.followLink(caseNumber);
        browser.choose("Handläggare", "Fredrik Jönsson");
        browser.press("Tilldela");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Ärendet har fått en handläggare");
        logout(browser);

        browser.login("ifo.sek.mot1");
        browser.followLink(caseNumber);
        assertThat(page.locator("dl")).containsText("Kim Andersson");
        page.getByLabel("Utredning: vad hände och varför?").fill("Handläggaren var sjukskriven och ingen tog över samtalen.");
        page.getByLabel("Orsak").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Frånvaro eller överlämning"));
        browser.press("Spara utredningen");
        page.getByLabel("Beslutade åtgärder").fill("Rutin för överlämning vid frånvaro; kontakt med den klagande.");
        browser.press("Spara åtgärderna");
        page.getByLabel("Resultat").fill("Den klagande har fått ny handläggare och återkoppling.");
        page.getByLabel("Jag har kontrollerat att ärendet är klart. Ett avslutat ärende kan inte öppnas igen.").check();
        browser.press("Avsluta ärendet");
        assertThat(page.locator(".govuk-tag").first()).hasText("Avslutad");
    }

    @Test
    void aLexSarahReportGoesFromImmediateActionToIvoAndClosure(BrowserSession browser) {
        Page page = browser.login("ifo.soc2");
        browser.followLink("Avvikelser");
        browser.followLink("Rapportera en avvikelse");
        page.getByLabel("Typ").selectOption("LEX_SARAH");
        page.getByLabel("Enhet").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Sektion mottagning 2"));
        page.getByLabel("Rubrik").fill("Skyddsbedömning gjordes inte");
        page.getByLabel("Vad hände?").fill("En orosanmälan om våld lämnades utan skyddsbedömning i fem dagar.");
        browser.press("Rapportera");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Ärendet är sekretessbelagt");
        String caseNumber = page.getByRole(AriaRole.ALERT).textContent().replaceAll("(?s).*(AVV-\\d{4}-\\d{6}).*", "$1");
        assertThat(page.locator("table")).not().containsText("Skyddsbedömning gjordes inte");
        logout(browser);

        browser.login("ifo.sek.mot2");
        browser.followLink(caseNumber);
        String url = page.url();
        page.getByLabel("Vilka omedelbara åtgärder har vidtagits?").fill("Skyddsbedömning gjord samma dag; barnet placerat hos släkting.");
        browser.press("Spara omedelbara åtgärder");
        logout(browser);

        browser.login("lexsarah");
        browser.followLink(caseNumber);
        browser.press("Påbörja utredningen");
        page.getByLabel("Missförhållande", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Allvarligt missförhållande eller påtaglig risk för ett allvarligt missförhållande").check();
        page.getByLabel("Utredningens slutsats och förslag till åtgärder").fill("Rutinen för skyddsbedömning följdes inte.");
        browser.press("Spara bedömningen");
        assertThat(page.locator(".govuk-warning-text")).containsText("anmälas till IVO snarast");
        logout(browser);

        browser.login("kval.controller");
        browser.followLink(caseNumber);
        page.getByLabel("Arbetsutskottet", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Beslut (vid ordförandebeslut: varför det inte kunde vänta)").fill("Arbetsutskottet beslutar att anmäla till IVO, § 12.");
        browser.press("Registrera beslutet");
        assertThat(page.getByLabel("Anmälans innehåll")).containsText("Rutinen för skyddsbedömning följdes inte.");
        browser.press("Registrera anmälan");
        assertThat(page.locator("dl")).containsText("Anmäld");
        page.getByLabel("IVO har avslutat ärendet").check();
        browser.press("Registrera svaret");
        page.getByLabel("Beslutade åtgärder").fill("Rutinen revideras och alla medarbetare utbildas.");
        browser.press("Spara åtgärderna");
        logout(browser);

        browser.login("ifo.sek.mot2");
        browser.visit(url);
        page.getByLabel("Resultat").fill("Åtgärderna är genomförda.");
        page.getByLabel("Jag har kontrollerat att ärendet är klart. Ett avslutat ärende kan inte öppnas igen.").check();
        browser.press("Avsluta ärendet");
        assertThat(page.locator(".govuk-tag").first()).hasText("Avslutad");
    }

    @Test
    void theQualityPagesPassAxe(BrowserSession browser) {
        browser.login("kval.controller");
        Page page = browser.followLink("Kvalitet");
        assertThat(page.locator("svg.vk-chart").first()).isVisible();
        browser.followLink("Egenkontroller");
        assertThat(page.locator("table").first()).containsText("Logguppföljning i Journal Digital");
        browser.visit("/quality/risk-analyses");
        browser.visit("/quality/categories");
        browser.visit("/deviations");
        browser.visit("/deviations/new");
        browser.visit("/");
    }

    @Test
    void aLexSarahCaseThatCannotWaitIsDecidedByTheChairBeforeTheInvestigationIsFinished(BrowserSession browser) {
        Page page = browser.login("ifo.soc2");
        browser.visit("/deviations/new");
        page.getByLabel("Typ").selectOption("LEX_SARAH");
        page.getByLabel("Enhet").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Sektion mottagning 2"));
        page.getByLabel("Rubrik").fill("Barn lämnades utan tillsyn");
        page.getByLabel("Vad hände?").fill("Ett placerat barn lämnades utan tillsyn under en helg.");
        browser.press("Rapportera");
        String caseNumber = page.getByRole(AriaRole.ALERT).textContent().replaceAll("(?s).*(AVV-\\d{4}-\\d{6}).*", "$1");
        logout(browser);

        browser.login("ifo.sek.mot2");
        browser.followLink(caseNumber);
        String url = page.url();
        page.getByLabel("Vilka omedelbara åtgärder har vidtagits?").fill("Barnet flyttat till jourhem samma dag.");
        browser.press("Spara omedelbara åtgärder");
        logout(browser);

        browser.login("lexsarah");
        browser.visit(url);
        browser.press("Påbörja utredningen");
        browser.press("Lämna ärendet till ordföranden");
        assertThat(page.locator(".govuk-tag").first()).hasText("Väntar på ordförandebeslut");
        logout(browser);

        browser.login("nl.ordf");
        browser.visit(url);
        page.getByLabel("Beslut om anmälan till IVO innan utredningen är klar, och varför arbetsutskottet inte kan avvaktas")
                .fill("Anmäl till IVO nu; arbetsutskottet sammanträder först om tre veckor.");
        browser.press("Registrera ordförandebeslutet");
        assertThat(page.locator("dl")).containsText("Ordförandebeslut innan utredningen var klar");
        assertThat(page.locator(".govuk-tag").first()).hasText("Ordförandebeslut, utredningen pågår");
        logout(browser);

        browser.login("lexsarah");
        browser.visit(url);
        browser.press("Registrera anmälan");
        assertThat(page.locator("dl")).containsText("Anmäld");
        page.getByLabel("Missförhållande", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Utredningens slutsats och förslag till åtgärder").fill("Bemanningen under helger räckte inte.");
        browser.press("Spara bedömningen");
        assertThat(page.locator("dl")).containsText("Bemanningen under helger räckte inte.");
    }

    @Test
    void aPatternProposedAsARiskIsAddedToNextYearsRiskAnalysis(BrowserSession browser) {
        Page page = browser.login("kval.controller");
        int year = java.time.LocalDate.now(clock).getYear();
        browser.visit("/quality?year=" + year);
        var form = page.locator("form[action$='/quality/patterns/propose']").first();
        String category = form.locator("input[name=categoryName]").inputValue();
        browser.clickAndWait(form.locator("button"));
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("finns bland förslagen att pröva i nästa års riskanalys");
        logout(browser);

        browser.login("ik.samordnare");
        browser.visit("/risk-analyses");
        page.getByLabel("Nämnd eller enhet").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Arbetsmarknads- och socialförvaltningen"));
        page.getByLabel("År", new Page.GetByLabelOptions().setExact(true)).fill(Integer.toString(year + 1));
        browser.press("Skapa riskanalysen");
        String title = "Återkommande avvikelser: " + category + " (" + year + ")";
        assertThat(page.locator("#proposals")).containsText(title);
        assertThat(page.locator("#proposals")).containsText("Mönster i avvikelserna " + year + ", kategori " + category);
        browser.press("Lägg till i analysen: " + title);
        assertThat(page.locator("#decisions")).containsText(title);
    }

    @Test
    void theEServicesChoicesAndTheRegisterEntriesAreEditedAndDocumentsLinked(BrowserSession browser) {
        Page page = browser.login("kval.controller");
        browser.visit("/quality/public-units");
        page.getByLabel("Enhet som tar emot ärendet").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Jobbtorg"));
        page.getByLabel("Text i e-tjänsten").fill("Jobbtorg (hjälp att hitta arbete)");
        browser.press("Lägg till valet");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Valet är tillagt");
        browser.press("Flytta upp \"Jobbtorg (hjälp att hitta arbete)\"");
        page.getByLabel("Ny text för \"Jobbtorg (hjälp att hitta arbete)\"").fill("Jobbtorg");
        browser.press("Spara texten för \"Jobbtorg (hjälp att hitta arbete)\"");
        assertThat(page.locator("table")).containsText("Jobbtorg");
        browser.visit("/e-tjanst/klagomal");
        assertThat(page.getByLabel("Jobbtorg", new Page.GetByLabelOptions().setExact(true))).isVisible();

        browser.visit("/deviations/new");
        page.getByLabel("Typ").selectOption("QUALITY");
        page.getByLabel("Enhet").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Sektion mottagning 1"));
        page.getByLabel("Rubrik").fill("Beslut expedierades inte");
        page.getByLabel("Vad hände?").fill("Ett beslut om insats skickades inte till den enskilde.");
        browser.press("Rapportera");
        page.getByLabel("Koppla ett styrdokument").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(0));
        browser.press("Koppla styrdokument");
        assertThat(page.locator(".vk-governing-documents li")).hasCount(1);
        logout(browser);

        browser.login("ifo.enh.mot");
        browser.visit("/quality/risk-analyses");
        page.getByLabel("Enhet", new Page.GetByLabelOptions().setExact(true)).selectOption(
                new com.microsoft.playwright.options.SelectOption().setLabel("Mottagningsenheten barn och unga"));
        page.getByLabel("Genomförd riskanalys").fill("Riskanalys inför nytt journalsystem");
        page.getByLabel("Verksamhet där den genomfördes").fill("Mottagningen");
        browser.press("Spara");
        browser.followLink("Ändra Riskanalys inför nytt journalsystem");
        page.getByLabel("Förbättrande åtgärder som vidtagits").fill("Extra utbildning före driftstart");
        browser.press("Spara ändringarna");
        assertThat(page.locator("table").first()).containsText("Extra utbildning före driftstart");
    }

    private static void logout(BrowserSession browser) {
        browser.logout();
    }
}
