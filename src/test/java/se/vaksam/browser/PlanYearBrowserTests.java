package se.vaksam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import se.vaksam.plan.CommonReviewAreas;
import se.vaksam.plan.CommonReviewDecision;
import se.vaksam.risk.Origin;
import se.vaksam.risk.RiskDraft;
import se.vaksam.risk.RiskManagement;
import se.vaksam.selfassessment.SelfAssessmentManagement;

/**
 * The plan's part of the year: the coordinator drafts a plan with a direct action and a review, the
 * committee's decision adopts it, the section head reports the review with a result table and creates
 * an improvement action, which at year end is proposed for next year's plan and offered as a candidate.
 */
@BrowserTest
class PlanYearBrowserTests {

    static final String ASN = "Arbetsmarknads- och socialnämnden";
    static final String D1 = "Beslut dokumenteras inte i akten";
    static final String D2 = "Handlingar gallras inte i tid";
    static final String R1 = "Loggkontroller görs inte";
    static final String R2 = "Registerutdrag begärs inte vid rekrytering";
    static final String CITY_WIDE = "Hantering av sociala medier";

    @Autowired
    RiskManagement risks;

    @Autowired
    CommonReviewAreas commonReviews;

    @Autowired
    SelfAssessmentManagement selfAssessments;

    @Autowired
    JdbcClient jdbc;

    /**
     * The whole year of issue 4: the risk analysis decides two direct actions and two reviews; the coordinator
     * drafts the plan from its candidates, and kommunstyrelsen's city-wide area adds the third review; the
     * committee adopts it; the responsible section head reports the T1 and T2 items from "Mina uppgifter"; one
     * review creates two improvement actions; at year end one is proposed for next year's plan (offered as a
     * candidate with its origin) and the other carried into next year's follow-up ("Uppföljning
     * förbättringsåtgärder"); the self-assessment shows last year's answers beside. Every page is checked with
     * axe-core by {@link BrowserSession}.
     */
    @Test
    void aWholeYearFromRiskAnalysisToSelfAssessment(BrowserSession browser) {
        givenRisksKommunstyrelsensAreaAndLastYearsSelfAssessment();

        // Risk analysis 2037: two risks for direct action, two for review.
        Page page = browser.login("ik.samordnare");
        browser.followLink("Riskanalyser");
        page.getByLabel("Nämnd eller enhet").selectOption(new SelectOption()
                .setLabel("Arbetsmarknads- och socialförvaltningen"));
        page.getByLabel("År", new Page.GetByLabelOptions().setExact(true)).fill("2037");
        page.getByLabel("Datum för riskanalysen").fill("2036-09-15");
        page.getByLabel("Deltagare").fill("Förvaltningsledningen och internkontrollsamordnaren");
        browser.press("Skapa riskanalysen");
        assertThat(page.locator("h1")).containsText("Riskanalys 2037");
        for (String risk : List.of(D1, D2, R1, R2)) {
            page.getByLabel(risk, new Page.GetByLabelOptions().setExact(true)).check();
        }
        browser.press("Lägg till valda risker");
        for (String risk : List.of(D1, D2, R1, R2)) {
            page.getByLabel("Sannolikhet för " + risk).selectOption("3");
            page.getByLabel("Konsekvens för " + risk).selectOption("3");
            page.getByLabel("Beslut för " + risk).selectOption(risk.equals(D1) || risk.equals(D2) ? "DIRECT_ACTION"
                    : "REVIEW");
        }
        browser.press("Spara bedömningar och beslut");
        assertThat(page.locator("#candidate-count")).hasText("4");

        // The draft plan takes up the analysis' candidates; the city-wide review is there already.
        browser.followLink("Internkontrollplan");
        page.locator("#committeeId").selectOption(new SelectOption().setLabel(ASN));
        page.locator("#new-year").fill("2037");
        browser.press("Skapa utkast");
        assertThat(page.locator("h1")).hasText("Internkontrollplan 2037");
        String planPath = page.url();
        assertThat(page.locator("main")).containsText("Granskning: " + CITY_WIDE);
        assertThat(page.locator("#candidates + p + table")).containsText("Riskanalys 2037");
        takeUp(browser, D1, "T1", "Gå igenom dokumentationen i tio akter per månad.", null);
        takeUp(browser, D2, "T1", "Gallra handlingar enligt dokumenthanteringsplanen.", null);
        takeUp(browser, R1, "T2", null, "Att säkerställa att loggkontroller görs och diarieförs.");
        takeUp(browser, R2, "T2", null, "Att säkerställa att registerutdrag begärs vid rekrytering.");
        assertThat(page.locator("#candidates + p + table .govuk-tag--green")).hasCount(4);

        page.locator("#decidedOn").fill("2036-12-14");
        page.locator("#paragraph").fill("§ 311");
        page.locator("#diaryNumber").fill("ASN-2036-4711");
        browser.page().getByLabel("Jag förstår att planens punkter efter antagandet bara kan ändras med ett nytt beslut.").check();
        browser.press("Anta planen");
        assertThat(page.locator(".govuk-summary-list").first()).containsText("ASN-2036-4711");

        // Tertial 1 and 2: the section head reports from "Mina uppgifter".
        browser.login("ifo.sek.mot1");
        reportAction(browser, D1, "Tio akter per månad har granskats; dokumentationen är komplett.");
        reportAction(browser, D2, "Handlingarna är gallrade enligt planen.");
        reportReview(browser, R2, "Registerutdrag har begärts vid alla 12 rekryteringar.");
        reportReview(browser, R1, "Loggkontrollerna görs men diarieförs inte alltid.");
        for (String[] action : new String[][] {{"Påminn cheferna om diarieföring", "2037-11-30"},
                {"Inför en checklista för loggkontroller", "2037-12-15"}}) {
            page.locator("#new-title").fill(action[0]);
            page.locator("#new-dueOn").fill(action[1]);
            browser.press("Skapa förbättringsåtgärd");
            assertThat(page.locator("h1")).hasText(action[0]);
            browser.followLink("Granskning: " + R1);
        }
        assertThat(page.locator("main")).containsText("Påminn cheferna om diarieföring");
        assertThat(page.locator("main")).containsText("Inför en checklista för loggkontroller");

        // The coordinator sees T1 and T2 reported and reports the city-wide review at year end.
        browser.login("ik.samordnare");
        browser.visit(planPath);
        browser.followLink("Tertial 1");
        assertThat(page.locator("main")).containsText(D1);
        browser.press("Markera klar för nämnden");
        browser.visit(planPath);
        browser.followLink("Granskning: " + CITY_WIDE);
        page.locator("#result").fill("Alla konton har svarat inom 24 timmar.");
        browser.press("Spara rapporten");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Sparat");

        // Year end: one improvement action becomes a proposal, the other is carried into next year's follow-up.
        browser.visit(planPath);
        browser.followLink("Påminn cheferna om diarieföring");
        page.getByLabel("Föreslås i nästa års internkontrollplan").check();
        page.locator("#dispositionNote").fill("Förnyad granskning av diarieföringen");
        browser.press("Spara beslutet");
        browser.visit(planPath);
        browser.followLink("Inför en checklista för loggkontroller");
        page.getByLabel("Följs upp i nästa års uppföljning (Uppföljning förbättringsåtgärder)").check();
        browser.press("Spara beslutet");
        browser.visit(planPath);
        browser.press("Avsluta planen");
        assertThat(browser.page().locator(".govuk-error-summary")).containsText("Kryssa i att du förstår att en avslutad plan inte kan öppnas igen");
        browser.page().getByLabel("Jag förstår att en avslutad plan inte kan öppnas igen.").check();
        browser.press("Avsluta planen");
        assertThat(page.locator(".govuk-summary-list").first()).containsText("Avslutad");

        // Next year's plan: the proposal is a candidate with its origin; the carried action is followed up.
        browser.followLink("Internkontrollplaner");
        page.locator("#committeeId").selectOption(new SelectOption().setLabel(ASN));
        page.locator("#new-year").fill("2038");
        browser.press("Skapa utkast");
        Locator candidates = page.locator("#candidates + p + table");
        assertThat(candidates).containsText("Påminn cheferna om diarieföring");
        assertThat(candidates).containsText("Föreslogs 2037 från ”" + R1 + "”");
        assertThat(page.locator("#carried + p + ul")).containsText("Inför en checklista för loggkontroller");
        String nextPlan = page.url();
        browser.clickAndWait(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Ta med ”Påminn cheferna om diarieföring”")));
        browser.choose("Ansvarig person", "Fredrik Jönsson");
        browser.press("Spara");
        assertThat(page.locator("h1")).containsText("Påminn cheferna om diarieföring");
        browser.visit(nextPlan);
        page.locator("#decidedOn").fill("2037-12-13");
        page.locator("#paragraph").fill("§ 298");
        page.locator("#diaryNumber").fill("ASN-2037-5120");
        browser.page().getByLabel("Jag förstår att planens punkter efter antagandet bara kan ändras med ett nytt beslut.").check();
        browser.press("Anta planen");
        browser.followLink("Årsuppföljningen");
        assertThat(page.locator("#carried")).hasText("Uppföljning förbättringsåtgärder");
        assertThat(page.locator("main")).containsText("Inför en checklista för loggkontroller");

        // The self-assessment of the year, with last year's answers beside.
        browser.followLink("Självskattning");
        page.getByLabel("År för ny självskattning för " + ASN).fill("2037");
        browser.press("Starta självskattning");
        assertThat(page.locator("h1")).hasText("Självskattning 2037");
        assertThat(page.locator("#last-KM-1")).containsText("Bedömning 2036:");
        assertThat(page.locator("#last-KM-1")).containsText("Riktlinjen beskriver ansvaret.");
    }

    private void givenRisksKommunstyrelsensAreaAndLastYearsSelfAssessment() {
        long unit = jdbc.sql("select id from org_unit where code = 'IFO-BU-MOT-1'").query(Long.class).single();
        long asn = jdbc.sql("select id from org_unit where code = 'ASN'").query(Long.class).single();
        long category = jdbc.sql("select id from risk_category where code = 'VERKSAMHET'").query(Long.class).single();
        signInAs("ik.samordnare");
        try {
            for (String title : List.of(D1, D2, R1, R2)) {
                risks.createRisk(new RiskDraft(title, "rutinen inte följs", "hög arbetsbelastning",
                        "att enskilda far illa", category, unit, null, Origin.DEPARTMENT, 12));
            }
            long last = selfAssessments.start(asn, 2036);
            selfAssessments.save(last, "Nämnden har goda förutsättningar.", List.of(
                    new SelfAssessmentManagement.AnswerInput("KM-1", "SATISFACTORY", "Riktlinjen beskriver ansvaret.")),
                    0, null);
            signInAs("admin");
            commonReviews.register(new CommonReviewDecision.Draft(2037, LocalDate.of(2036, 10, 12), "§ 285",
                    "STK-2036-1000", List.of(new CommonReviewDecision.AreaDraft(CITY_WIDE,
                            "Ställ en enkel fråga till varje konto; svar inom 24 timmar."))));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void signInAs(String username) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
    }

    /** Takes up an analysis candidate into the draft: responsible section head, period, and its content. */
    private static void takeUp(BrowserSession browser, String risk, String period, String whatToDo, String purpose) {
        Page page = browser.page();
        String planPath = page.url();
        browser.clickAndWait(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Ta med ”" + risk + "”")));
        page.locator("#responsibleUnitId").selectOption(new SelectOption().setLabel("Sektion mottagning 1"));
        browser.choose("Ansvarig person", "Fredrik Jönsson");
        page.locator("#period").selectOption(period);
        if (whatToDo != null) {
            page.locator("#whatToDo").fill(whatToDo);
        } else {
            page.locator("#purpose").fill(purpose);
            page.locator("#method").fill("Stickprov i verksamhetssystemet.");
            browser.choose("Granskare", "Lars Holm");
        }
        browser.press("Spara");
        assertThat(page.locator("h1")).containsText(risk);
        browser.visit(planPath);
    }

    private static void reportAction(BrowserSession browser, String title, String done) {
        report(browser, title, page -> {
            page.locator("#actionsTaken").fill(done);
            page.locator("#status").selectOption("DONE");
        });
    }

    private static void reportReview(BrowserSession browser, String title, String result) {
        report(browser, title, page -> {
            page.locator("#result").fill(result);
            page.locator("#ledToActions").fill("Se förbättringsåtgärderna nedan.");
        });
    }

    /** Opens the item from "Mina uppgifter", fills in the report and saves it. */
    private static void report(BrowserSession browser, String title, java.util.function.Consumer<Page> fill) {
        Page page = browser.page();
        browser.visit("/");
        browser.followLink(title);
        fill.accept(page);
        browser.press("Spara rapporten");
        assertThat(page.locator(".govuk-notification-banner")).containsText("Sparat");
    }

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
        browser.choose("Ansvarig person", "Fredrik Jönsson");
        page.locator("#period").selectOption("T1");
        page.locator("#whatToDo").fill("Gå igenom rutinen på arbetsplatsträffar.");
        browser.press("Spara");
        assertThat(page.locator("h1")).hasText("Åtgärd: Informera om dokumentationsrutinen");

        browser.followLink("Internkontrollplan 2029");
        browser.followLink("Lägg till en punkt");
        page.getByLabel("Granskning", new Page.GetByLabelOptions().setExact(true)).check();
        page.locator("#title").fill("Loggkontroller i verksamhetssystemet");
        page.locator("#responsibleUnitId").selectOption(new SelectOption().setLabel("Sektion mottagning 1"));
        browser.choose("Ansvarig person", "Fredrik Jönsson");
        page.locator("#period").selectOption("T2");
        page.locator("#purpose").fill("Att säkerställa att loggkontroller görs och diarieförs.");
        page.locator("#method").fill("Uttag ur diariet.");
        browser.choose("Granskare", "Fredrik Jönsson");
        browser.press("Spara");
        assertThat(page.locator(".govuk-warning-text")).containsText("Sektion mottagning 1");

        browser.followLink("Internkontrollplan 2029");
        page.locator("#decidedOn").fill("2028-12-14");
        page.locator("#paragraph").fill("§ 303");
        page.locator("#diaryNumber").fill("ASN-2028-1234");
        browser.page().getByLabel("Jag förstår att planens punkter efter antagandet bara kan ändras med ett nytt beslut.").check();
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
        browser.page().getByLabel("Jag förstår att en avslutad plan inte kan öppnas igen.").check();
        browser.press("Avsluta planen");
        assertThat(page.locator(".govuk-error-summary")).containsText("saknar beslut");
        browser.followLink("Påminn cheferna om diarieföring");
        page.getByLabel("Föreslås i nästa års internkontrollplan").check();
        page.locator("#dispositionNote").fill("Förnyad granskning");
        browser.press("Spara beslutet");
        browser.visit(planPath);
        browser.page().getByLabel("Jag förstår att en avslutad plan inte kan öppnas igen.").check();
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
