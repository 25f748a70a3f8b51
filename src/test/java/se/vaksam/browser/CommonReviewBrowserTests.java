package se.vaksam.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import se.vaksam.plan.PlanManagement;

/**
 * Kommunstyrelsen registers the year's common review areas with the city office's instructions as an
 * attachment; the committee's plan gets the reviews; the coordinator follows the annual follow-up.
 */
@BrowserTest
class CommonReviewBrowserTests {

    @Autowired
    PlanManagement plans;

    @Autowired
    JdbcClient jdbc;

    @Test
    void kommunstyrelsenRegistersTheAreasAndTheCommitteesPlanGetsThem(BrowserSession browser) {
        long asn = jdbc.sql("select id from org_unit where code = 'ASN'").query(Long.class).single();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("admin", null, List.of()));
        long plan;
        try {
            plan = plans.createPlan(asn, 2009);
        } finally {
            SecurityContextHolder.clearContext();
        }

        browser.login("admin");
        browser.followLink("Kommungemensamma granskningar");
        browser.followLink("Registrera kommunstyrelsens beslut");
        Page page = browser.page();
        page.getByLabel("År", new Page.GetByLabelOptions().setExact(true)).fill("2009");
        page.getByLabel("Beslutsdatum").fill("2008-10-12");
        page.getByLabel("Paragraf").fill("§ 285");
        page.getByLabel("Diarienummer").fill("STK-2008-1000");
        page.locator("#areaTitle1").fill("Sociala medier");
        page.locator("#areaInstructions1").fill("Ställ en enkel fråga till varje konto; svar inom 24 timmar.");
        page.locator("#areaTitle2").fill("Barnrätt");
        browser.press("Spara beslutet");
        assertThat(page.locator("h1")).hasText("Kommunstyrelsens beslut 2009");

        page.locator("#file").setInputFiles(new FilePayload("Anvisningar 2009.pdf", "application/pdf",
                "%PDF-1.4 anvisningar".getBytes(StandardCharsets.UTF_8)));
        browser.press("Bifoga");
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Anvisningar 2009.pdf"))).isVisible();

        browser.followLink("Nämndernas resultat för Sociala medier");
        assertThat(page.locator("h1")).hasText("Sociala medier");
        assertThat(page.locator("table")).containsText("Arbetsmarknads- och socialnämnden");
        assertThat(page.locator("table")).containsText("Ej rapporterad");

        browser.visit("/plans/" + plan + "/follow-up/ANNUAL");
        assertThat(page.locator("h1")).containsText("2009");
        assertThat(page.locator("table")).containsText("Sociala medier");
        assertThat(page.locator("table")).containsText("Barnrätt");

        browser.followLink("Uppföljning");
        assertThat(page.locator("h1")).hasText("Uppföljning av internkontrollplanerna");
        assertThat(page.locator("body")).containsText("Sista dag för rapporter");
    }
}
