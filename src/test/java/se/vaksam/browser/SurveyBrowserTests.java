package se.vaksam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;

import se.vaksam.survey.Invitations;
import se.vaksam.survey.SurveyFixtures;
import se.vaksam.survey.Surveys;

/**
 * A social worker answers the anonymous survey on otillåten påverkan on a phone (390 px) through the personal
 * link in the invitation, without signing in: every missing answer at once in the error summary, the follow-up
 * question only after "Ja", a thank-you page, and the link does not take a second answer; axe-core on every page.
 * The coordinator then sees the response rate and the result with its chart and table.
 */
@BrowserTest
class SurveyBrowserTests {

    @Autowired
    Surveys surveys;

    @Autowired
    Invitations invitations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SurveyFixtures.signOut();
    }

    @Test
    void aSocialWorkerAnswersThroughThePersonalLinkOnAPhone(BrowserSession browser) {
        long unit = SurveyFixtures.sectionWithStaff(jdbc, "ENK-W", "IFO-BU", 6);
        SurveyFixtures.signInAs("ik.samordnare");
        long id = surveys.create(SurveyFixtures.draft(unit, "Otillåten påverkan i mottagningen", true,
                LocalDate.now(clock).plusDays(14), null, SurveyFixtures.influenceQuestions()));
        surveys.addByRole(id, 0, "EMPLOYEE", unit);
        Map<String, String> tokens = SurveyFixtures.issue(invitations, surveys, id);
        SurveyFixtures.signOut();

        browser.page().setViewportSize(390, 844);
        Page page = browser.visit("/enkat/" + tokens.get("enk-w.1@vaksam.example"));
        assertThat(page.locator("h1")).hasText("Otillåten påverkan i mottagningen");
        assertThat(page.locator("#anonymous")).containsText("Enkäten är anonym");
        fitsThePhone(page);

        browser.press("Skicka svaren");
        assertThat(page.locator(".govuk-error-summary__list li")).hasText(new String[] {"Svara på frågan."});
        screenshot(browser, "survey-answer-errors-390");

        page.getByLabel("Ja").check();
        browser.press("Skicka svaren");
        assertThat(page.locator(".govuk-error-summary__list li")) // the follow-up question is asked after Ja
                .hasText(new String[] {"Svara på frågan."});
        page.getByLabel("Hot").check();
        page.getByLabel("Trakasserier").check();
        page.getByLabel("4").check();
        page.getByLabel("Vill du berätta något mer? (frivillig)").fill("Ett hot i receptionen i oktober.");
        browser.press("Skicka svaren");
        assertThat(page.locator("h1")).hasText("Tack för dina svar");
        fitsThePhone(page);
        screenshot(browser, "survey-answer-thanks-390");

        browser.visit("/enkat/" + tokens.get("enk-w.1@vaksam.example"));
        assertThat(page.locator("h1")).hasText("Tack för dina svar");

        browser.page().setViewportSize(1366, 900);
        browser.login("ik.samordnare");
        browser.visit("/surveys");
        page = browser.followLink("Otillåten påverkan i mottagningen");
        assertThat(page.locator("#rate")).hasText("1 av 6 (17 %)");
        assertThat(page.locator("#groups")).containsText("Färre än 5 svar – visas inte");
        assertThat(page.locator("svg.vk-chart").first()).isVisible();
        screenshot(browser, "survey-results-1366");
    }

    private static void fitsThePhone(Page page) {
        Object scrollWidth = page.evaluate("document.documentElement.scrollWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) scrollWidth).intValue()).isLessThanOrEqualTo(390);
    }

    private static void screenshot(BrowserSession browser, String name) {
        browser.screenshot(Path.of("target", "screens", name + ".png"));
    }
}
