package se.vaksam.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import se.vaksam.VaksamTest;
import se.vaksam.document.DocumentFiles;
import se.vaksam.document.Format;
import se.vaksam.org.OrgManagement;
import se.vaksam.plan.PlanManagement;
import se.vaksam.plan.PlanQuery;
import se.vaksam.risk.RiskManagement;
import se.vaksam.risk.RiskQuery;
import se.vaksam.security.ApiTokens;
import se.vaksam.selfassessment.SelfAssessmentManagement;
import se.vaksam.selfassessment.Rating;
import se.vaksam.selfassessment.SelfAssessmentQuery;
import se.vaksam.support.ApiClient;
import se.vaksam.support.WebClient;

/**
 * The committee writes its annual report's self-assessment chapter (issue 17 item 4): a narrative per area, stored
 * per committee and year through the API and the page, with the version read (409 when someone saved first), and
 * whether last year's rating stands beside this year's; the report then shows both. The standard texts refuse a
 * placeholder that does not exist, in Swedish.
 */
@VaksamTest
class SelfAssessmentTextsTests {

    @LocalServerPort
    int port;
    @Autowired
    ApiTokens tokens;
    @Autowired
    OrgManagement org;
    @Autowired
    RiskManagement riskManagement;
    @Autowired
    RiskQuery riskQuery;
    @Autowired
    PlanManagement plans;
    @Autowired
    PlanQuery planQuery;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SelfAssessmentManagement selfAssessmentManagement;
    @Autowired
    SelfAssessmentQuery selfAssessmentQuery;
    @Autowired
    PlanReports reports;

    ReportFixture fixture;
    long plan;

    @BeforeEach
    void fixture() {
        fixture = new ReportFixture(org, riskManagement, riskQuery, plans, planQuery, jdbc).committee();
        plan = fixture.plan2025();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A self-assessment of the year with every criterion rated {@code rating} (a code of the scale). */
    SelfAssessmentQuery.Assessment rated(int year, String rating) {
        long id = selfAssessmentManagement.start(fixture.committeeId, year);
        SelfAssessmentQuery.Assessment started = selfAssessmentQuery.assessment(fixture.committeeId, year)
                .orElseThrow();
        List<SelfAssessmentManagement.AnswerInput> answers = new ArrayList<>();
        started.rows().forEach(r -> answers.add(new SelfAssessmentManagement.AnswerInput(r.criterionCode(), rating,
                null)));
        selfAssessmentManagement.save(id, "Sammanfattning " + year + ".", answers, started.version(), null);
        return selfAssessmentQuery.assessment(fixture.committeeId, year).orElseThrow();
    }

    @Test
    void aNarrativePerAreaAndLastYearsRatingBesideThisYearsStandInTheAnnualReport() {
        List<Rating> scale = selfAssessmentQuery.ratings();
        rated(2024, scale.get(scale.size() - 1).code());
        SelfAssessmentQuery.Assessment assessment = rated(2025, scale.get(0).code());
        String first = assessment.areas().get(0).name();
        String second = assessment.areas().get(1).name();
        ApiClient admin = new ApiClient(port, tokens, "admin");
        String path = "/api/v1/reports/plans/" + plan + "/self-assessment-texts";

        HttpResponse<String> empty = admin.get(path);
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("\"version\":0", "\"compareLastYear\":false", "\"area\":\"" + first + "\"");

        String narrative = "Kontrollmiljön har stärkts genom den nya riktlinjen för intern kontroll.";
        String change = "{\"compareLastYear\":true,\"areas\":[{\"area\":\"" + first + "\",\"narrative\":\""
                + narrative + "\"}],\"version\":0}";
        HttpResponse<String> saved = admin.send("PUT", path, change);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).contains("\"version\":1", "\"compareLastYear\":true", narrative);
        HttpResponse<String> stale = admin.send("PUT", path, change);
        assertThat(stale.statusCode()).as("saved over version 0 again").isEqualTo(409);
        HttpResponse<String> unknownArea = admin.send("PUT", path,
                "{\"areas\":[{\"area\":\"Påhittat område\",\"narrative\":\"x\"}],\"version\":1}");
        assertThat(unknownArea.statusCode()).isEqualTo(422);
        assertThat(unknownArea.body()).contains("Området Påhittat område finns inte i nämndens självskattning");
        assertThat(admin.send("PUT", path, "{\"version\":1,\"okänt\":true}").statusCode()).isEqualTo(400);
        assertThat(new ApiClient(port, tokens, "ifo.soc1").get(path).statusCode()).isEqualTo(403);
        assertThat(new ApiClient(port, tokens, "revisor").send("PUT", path, "{\"version\":1}").statusCode())
                .isEqualTo(403);

        String last = scale.get(scale.size() - 1).label();
        String now = scale.get(0).label();
        String criterion = assessment.areas().get(0).rows().get(0).criterion();
        List<String> sequence = List.of(first, narrative, "Kriterium Bedömning 2024 Bedömning 2025",
                criterion + " " + last + " " + now, second, "Kriterium Bedömning 2024 Bedömning 2025");
        ReportFixture.signInAs("admin");
        String pdf = PlanReportTests.flat(DocumentFiles.pdfTextAsWritten(reports.render(plan, ReportKind.ANNUAL,
                Format.PDF).content()));
        String docx = PlanReportTests.flat(DocumentFiles.docxText(reports.render(plan, ReportKind.ANNUAL,
                Format.DOCX).content()));
        PlanReportTests.inOrder("PDF", pdf.substring(pdf.lastIndexOf(SelfAssessmentChapter.SUMMARY_HEADING)), sequence);
        PlanReportTests.inOrder("DOCX", docx.substring(docx.lastIndexOf(SelfAssessmentChapter.SUMMARY_HEADING)),
                sequence);

        HttpResponse<String> withoutComparison = admin.send("PUT", path, "{\"compareLastYear\":false,\"version\":1}");
        assertThat(withoutComparison.statusCode()).isEqualTo(200);
        ReportFixture.signInAs("admin");
        String plain = PlanReportTests.flat(DocumentFiles.docxText(reports.render(plan, ReportKind.ANNUAL,
                Format.DOCX).content()));
        assertThat(plain).doesNotContain("Bedömning 2024", narrative).contains("Kriterium Bedömning");
    }

    @Test
    void thePageSavesANarrativeAndRefusesAStaleVersion() {
        SelfAssessmentQuery.Assessment assessment = rated(2025, selfAssessmentQuery.ratings().get(0).code());
        String area = assessment.areas().get(0).name();
        WebClient web = new WebClient(port);
        web.login("admin", "vaksam");
        String page = "/reports/plans/" + plan + "/self-assessment-texts";
        assertThat(web.get(page).body()).contains(area, "name=\"narrative\"");
        Map<String, String> fields = Map.of("area", area, "narrative", "Riskanalysen görs nu på enhetsnivå.",
                "compareLastYear", "true", "version", "0");
        HttpResponse<String> saved = web.submit(page, page, fields);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(web.get(page).body()).contains("Riskanalysen görs nu på enhetsnivå.", "checked");
        assertThat(web.submit(page, page, fields).statusCode()).isEqualTo(409);
    }

    @Test
    void aStandardTextNamingAPlaceholderThatDoesNotExistIsRefusedInSwedish() {
        WebClient web = new WebClient(port);
        web.login("admin", "vaksam");
        int version = jdbc.sql("select version from report_template where code = 'INTRODUCTION_TERTIAL'")
                .query(Integer.class).single();
        HttpResponse<String> refused = web.submit("/reports/texts", "/reports/texts/INTRODUCTION_TERTIAL",
                Map.of("body", "Denna rapport är årets {rapport} rapportering. Nästa sker i {nästaUppföljning}.",
                        "version", String.valueOf(version)));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Platshållaren {nästaUppföljning} finns inte.");
        assertThat(jdbc.sql("select version from report_template where code = 'INTRODUCTION_TERTIAL'")
                .query(Integer.class).single()).as("nothing saved").isEqualTo(version);
        assertThat(web.get("/reports/texts").body()).contains("{nastaUppfoljning}", "{direktatgarderOchGranskningar}");
    }
}
