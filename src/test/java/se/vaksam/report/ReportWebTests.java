package se.vaksam.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import se.vaksam.VaksamTest;
import se.vaksam.document.DocumentFiles;
import se.vaksam.document.Snapshots;
import se.vaksam.org.OrgManagement;
import se.vaksam.plan.PlanManagement;
import se.vaksam.plan.PlanQuery;
import se.vaksam.plan.ReferencePlans;
import se.vaksam.plan.ReviewReport;
import se.vaksam.risk.RiskManagement;
import se.vaksam.risk.RiskQuery;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;
import se.vaksam.support.WebClient;

/**
 * The reports over HTTP: files with their content types and UTF-8 file names, "Skicka till nämnd" freezing a
 * version that stays byte-identical when the plan changes afterwards, rights, progress of a background rendering,
 * and kommunstyrelsen's views as files (their content: {@link KommunstyrelsenReportsTests}).
 */
@VaksamTest
class ReportWebTests {

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

    HttpResponse<byte[]> bytes(ApiClient api, String path) {
        return new WebClient(port).send(api.request(path).header("Accept", "*/*").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theApiServesEachFormatWithItsContentTypeAndUtf8FileName() {
        ApiClient admin = new ApiClient(port, tokens, "admin");
        String base = "/api/v1/reports/plans/" + plan + "/tertial-2";
        HttpResponse<byte[]> pdf = bytes(admin, base);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
                .contains("filename*=UTF-8''Uppf%C3%B6ljning%20av%20internkontrollplan%202025%20%E2%80%93%20tertial%202.pdf");
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");

        HttpResponse<byte[]> docx = bytes(admin, base + "?format=docx");
        assertThat(docx.headers().firstValue("Content-Type")).hasValue(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docx.headers().firstValue("Content-Disposition").orElseThrow()).contains(".docx");
        assertThat(DocumentFiles.docxText(docx.body())).contains(ReferencePlans.REGISTERKONTROLL.sentence());

        HttpResponse<byte[]> html = bytes(admin, base + "?format=html");
        assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(html.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline");
        assertThat(new String(html.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("<html lang=\"sv-SE\">");

        assertThat(bytes(admin, base + "?format=odt").statusCode()).isEqualTo(422);
        assertThat(bytes(admin, "/api/v1/reports/plans/" + plan + "/tertial-9").statusCode()).isEqualTo(404);
        assertThat(bytes(new ApiClient(port, tokens, "ifo.soc1"), base).statusCode()).isEqualTo(403);
    }

    static final Pattern VERSION_ID = Pattern.compile("\"id\":(\\d+),\"kind\":\"tertial-2\"[^}]*\"format\":\"PDF\"");

    @Test
    void aSentVersionStaysByteIdenticalAfterThePlanIsEdited() {
        ApiClient admin = new ApiClient(port, tokens, "admin");
        HttpResponse<String> sent = admin.send("POST", "/api/v1/reports/plans/" + plan + "/tertial-2/versions",
                "{\"diaryNumber\":\"ASN-2025-4711\"}");
        assertThat(sent.statusCode()).isEqualTo(201);
        assertThat(sent.body()).contains("\"diaryNumber\":\"ASN-2025-4711\"", "\"sentBy\":\"admin\"", "\"DOCX\"");
        Matcher m = VERSION_ID.matcher(sent.body());
        assertThat(m.find()).isTrue();
        long version = Long.parseLong(m.group(1));
        byte[] before = bytes(admin, "/api/v1/reports/versions/" + version).body();
        assertThat(sent.body()).contains("\"sha256\":\"" + Snapshots.sha256(before) + "\"");
        assertThat(DocumentFiles.pdfText(before)).contains("ASN-2025-4711");

        ReportFixture.signInAs("admin");
        long review = planQuery.items(plan).get(2).id();
        plans.reportReview(review, new ReviewReport("Helt ny resultattext efter att rapporten skickats.",
                null, null, null, null, java.util.List.of()), planQuery.item(review).version());

        byte[] after = bytes(admin, "/api/v1/reports/versions/" + version).body();
        assertThat(after).isEqualTo(before);
        assertThat(DocumentFiles.pdfText(after)).doesNotContain("Helt ny resultattext");
        assertThat(admin.get("/api/v1/reports/versions/" + version + "/source").body())
                .contains("Under perioden januari till april 2025 erbjöds totalt 53 personer")
                .doesNotContain("Helt ny resultattext");
        assertThat(DocumentFiles.pdfText(bytes(admin, "/api/v1/reports/plans/" + plan + "/tertial-2").body()))
                .contains("Helt ny resultattext");
        assertThat(admin.get("/api/v1/reports/plans/" + plan + "/versions").body()).contains("\"version\":1");

        ApiClient outsider = new ApiClient(port, tokens, "ifo.soc1");
        assertThat(bytes(outsider, "/api/v1/reports/versions/" + version).statusCode()).isEqualTo(403);
        assertThat(outsider.get("/api/v1/reports/plans/" + plan + "/versions").statusCode()).isEqualTo(403);
        assertThat(new ApiClient(port, tokens, "revisor").send("POST", "/api/v1/reports/plans/" + plan
                + "/tertial-2/versions", "{}").statusCode()).isEqualTo(403);
    }

    @Test
    void thePagesSendAReportAndRenderInTheBackgroundWithProgress() throws Exception {
        WebClient web = new WebClient(port);
        web.login("admin", "vaksam");
        assertThat(web.get("/reports").body()).contains("/reports/plans/" + plan);
        String page = web.get("/reports/plans/" + plan).body();
        assertThat(page).contains("Uppföljning av internkontrollplan 2025 – tertial 2", "Skicka till nämnd");

        HttpResponse<String> job = web.postForm("/reports/plans/" + plan + "/tertial-2/jobs",
                Map.of("format", "pdf", "_csrf", WebClient.csrfFrom(page)));
        assertThat(job.statusCode()).isEqualTo(200);
        Matcher id = Pattern.compile("/reports/jobs/([0-9a-f-]{36})").matcher(job.body());
        assertThat(id.find()).isTrue();
        String fragment = job.body();
        for (int i = 0; i < 100 && !fragment.contains("/file"); i++) {
            Thread.sleep(200);
            fragment = web.get("/reports/jobs/" + id.group(1)).body();
        }
        assertThat(fragment).contains("Klart på", "/reports/jobs/" + id.group(1) + "/file");
        HttpResponse<byte[]> file = web.send(HttpRequest.newBuilder(java.net.URI.create(web.base() + "/reports/jobs/"
                + id.group(1) + "/file")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(DocumentFiles.pdfText(file.body())).contains(ReferencePlans.REG_TITLE);

        WebClient other = new WebClient(port);
        other.login("ik.samordnare", "vaksam");
        assertThat(other.get("/reports/jobs/" + id.group(1)).statusCode()).isEqualTo(403);

        HttpResponse<String> sent = web.submit("/reports/plans/" + plan, "/reports/plans/" + plan + "/annual/send",
                Map.of("diaryNumber", "ASN-2026-12"));
        assertThat(sent.statusCode()).isEqualTo(302);
        String versions = web.get("/reports/plans/" + plan + "/versions").body();
        assertThat(versions).contains("Uppföljning intern kontroll 2025", "ASN-2026-12", "/reports/snapshots/");
        assertThat(web.get("/plans/" + plan).body()).contains("hx-get=\"/reports/plans/" + plan + "/versions\"");
    }

    @Test
    void kommunstyrelsensSelfAssessmentViewIsServedAsAFile() {
        ApiClient admin = new ApiClient(port, tokens, "admin");
        HttpResponse<byte[]> side = bytes(admin, "/api/v1/reports/self-assessments/2025?format=pdf");
        assertThat(side.statusCode()).isEqualTo(200);
        String text = PlanReportTests.flat(DocumentFiles.pdfText(side.body()));
        assertThat(text).contains("Nämndernas självskattningar 2025", "Kontrollmiljö", "Kriterium");
    }
}
