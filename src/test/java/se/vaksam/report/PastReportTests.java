package se.vaksam.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import se.vaksam.VaksamTest;
import se.vaksam.document.DocumentFiles;
import se.vaksam.document.Format;
import se.vaksam.org.OrgManagement;
import se.vaksam.plan.ImprovementDraft;
import se.vaksam.plan.ImprovementManagement;
import se.vaksam.plan.ImprovementStatus;
import se.vaksam.plan.ItemDraft;
import se.vaksam.plan.PlanManagement;
import se.vaksam.plan.PlanQuery;
import se.vaksam.risk.RiskManagement;
import se.vaksam.risk.RiskQuery;
import se.vaksam.security.ApiTokens;
import se.vaksam.shared.HistoryImport;
import se.vaksam.shared.Period;
import se.vaksam.support.ApiClient;
import se.vaksam.support.WebClient;

/**
 * Reports of past years: a carried improvement action finished during the next year shows finished in that
 * year's annual report (Bilaga 1), and a generated document carries the date it is given (default today), so a
 * past year's report can be made again as it was issued.
 */
@VaksamTest
class PastReportTests {

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
    ImprovementManagement improvements;
    @Autowired
    PlanReports reports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<HistoryImport> imports;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    HttpResponse<byte[]> bytes(ApiClient api, String path) {
        return new WebClient(port).send(api.request(path).header("Accept", "*/*").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aCarriedActionFinishedDuringTheNextYearShowsFinishedInThatYearsAnnualReport() {
        ReportFixture fixture = new ReportFixture(org, riskManagement, riskQuery, plans, planQuery, jdbc)
                .withImprovements(improvements).committee();
        long lastYear = fixture.plan2024WithCarriedAction();
        plans.close(lastYear, LocalDate.of(2025, 2, 10), planQuery.plan(lastYear).version());
        long plan = fixture.plan2025();
        PlanQuery.ImprovementView carried = planQuery.carriedIntoFollowUp(fixture.committeeId, 2025).get(0);
        assertThat(carried.writable()).isTrue();

        improvements.addNote(carried.id(), LocalDate.of(2025, 9, 15), "Alla chefer har gått utbildningen.");
        improvements.edit(carried.id(), new ImprovementDraft(carried.title(), carried.description(),
                carried.ownerUnitId(), null, carried.dueOn(), ImprovementStatus.DONE),
                planQuery.improvementAction(carried.id()).version());

        byte[] pdf = reports.render(plan, ReportKind.ANNUAL, Format.PDF, LocalDate.of(2026, 2, 20)).content();
        String text = PlanReportTests.flat(DocumentFiles.pdfTextAsWritten(pdf));
        String appendix = text.substring(text.lastIndexOf(PlanReportDocument.APPENDIX));
        PlanReportTests.inOrder("PDF", appendix, List.of("Åtgärd: " + ReportFixture.CARRIED_TITLE,
                "Status", "Genomförd", "2025-03-01: " + ReportFixture.CARRIED_NOTE,
                "2025-09-15: Alla chefer har gått utbildningen."));
        assertThat(appendix).doesNotContain("Pågår");
        assertThat(PlanReportTests.flat(DocumentFiles.pdfPages(pdf).get(0))).contains("Datum 2026-02-20");
    }

    @Test
    void lastYearsImportedPlanWithAnUnfinishedActionIsListedInThisYearsBilaga1() {
        ReportFixture fixture = new ReportFixture(org, riskManagement, riskQuery, plans, planQuery, jdbc)
                .withImprovements(improvements).committee();
        String committee = code(fixture.committeeId);
        String staff = code(fixture.staffId);
        HistoryImport.Context file = new HistoryImport.Context("ikp-2025.csv", "9f8e", "admin",
                Instant.parse("2026-12-03T09:00:00Z"));
        List<Map<String, String>> planRows = List.of(Map.ofEntries(Map.entry("Nämnd", committee),
                Map.entry("År", "2025"), Map.entry("Planstatus", "Avslutad"), Map.entry("Antagen den", "2024-12-12"),
                Map.entry("Paragraf", "§ 303"), Map.entry("Diarienummer", "ASN-2024-1234"),
                Map.entry("Antagen av", ReportFixture.COMMITTEE), Map.entry("Avslutad den", "2026-02-19"),
                Map.entry("Käll-id", "IKP-2025-1"), Map.entry("Typ", "Granskning"),
                Map.entry("Rubrik", "Granskning av inköp"), Map.entry("Risk", ReportFixture.CARRIED_RISK),
                Map.entry("Ansvarig enhet", staff), Map.entry("Uppföljningsperiod", "Årsuppföljningen"),
                Map.entry("Resultat", "Brister i följsamheten.")));
        List<Map<String, String>> actionRows = List.of(Map.of("Käll-id", "FA-2025-1", "Granskningens käll-id",
                "IKP-2025-1", "Rubrik", ReportFixture.CARRIED_TITLE, "Vad ska göras", "Rutinen ska revideras.",
                "Ansvarig enhet", staff, "Klart senast", "2026-06-30", "Status", "Pågår", "Vid årsskiftet",
                "Följs upp nästa år", "Lägesrapporter", "2025-11-03: " + ReportFixture.CARRIED_NOTE));
        HistoryImport plansImport = kind("internal-control-plans");
        HistoryImport actionsImport = kind("improvement-actions");
        assertThat(plansImport.check(planRows, file)).isEmpty();
        plansImport.apply(planRows, file);
        assertThat(actionsImport.check(actionRows, file)).isEmpty();
        actionsImport.apply(actionRows, file);

        long plan = fixture.adoptedPlan(2026, List.of(ItemDraft.directAction(null, "Följ upp inköpen",
                fixture.staffId, null, Period.ANNUAL, "Följ upp.")), new long[1]);
        byte[] pdf = reports.render(plan, ReportKind.ANNUAL, Format.PDF).content();
        String text = PlanReportTests.flat(DocumentFiles.pdfTextAsWritten(pdf));
        String appendix = text.substring(text.lastIndexOf(PlanReportDocument.APPENDIX));
        PlanReportTests.inOrder("PDF", appendix, List.of("Risk: " + ReportFixture.CARRIED_RISK,
                "Åtgärd: " + ReportFixture.CARRIED_TITLE, "Granskning av inköp", "2026-06-30", "Pågår",
                "Rutinen ska revideras.", "2025-11-03: " + ReportFixture.CARRIED_NOTE));
    }

    HistoryImport kind(String kind) {
        return imports.stream().filter(i -> i.kind().equals(kind)).findFirst().orElseThrow();
    }

    String code(long unitId) {
        return jdbc.sql("select code from org_unit where id = ?").param(unitId).query(String.class).single();
    }

    @Test
    void aGeneratedDocumentCarriesTheDateItIsGivenAndTodayOtherwise() {
        ReportFixture fixture = new ReportFixture(org, riskManagement, riskQuery, plans, planQuery, jdbc).committee();
        long plan = fixture.plan2025();
        SecurityContextHolder.clearContext();
        ApiClient admin = new ApiClient(port, tokens, "admin");
        String base = "/api/v1/reports/plans/" + plan + "/tertial-2";

        String dated = PlanReportTests.flat(DocumentFiles.pdfText(bytes(admin, base + "?date=2025-09-30").body()));
        assertThat(dated).contains("Datum 2025-09-30").doesNotContain("2026-12-03");
        assertThat(PlanReportTests.flat(DocumentFiles.pdfText(bytes(admin, base).body()))).contains("Datum 2026-12-03");
        assertThat(DocumentFiles.docxText(bytes(admin, base + "?format=docx&date=2025-09-30").body()))
                .contains("2025-09-30");
        HttpResponse<byte[]> bad = bytes(admin, base + "?date=30/9");
        assertThat(bad.statusCode()).isEqualTo(400);

        HttpResponse<String> sent = admin.send("POST", base + "/versions", "{\"date\":\"2025-10-01\"}");
        assertThat(sent.statusCode()).isEqualTo(201);
        long docx = jdbc.sql("select max(id) from report_snapshot where format = 'DOCX'").query(Long.class).single();
        assertThat(DocumentFiles.docxText(bytes(admin, "/api/v1/reports/versions/" + docx).body()))
                .contains("2025-10-01");

        String selfAssessments = PlanReportTests.flat(DocumentFiles.pdfText(
                bytes(admin, "/api/v1/reports/self-assessments/2025?date=2026-01-20").body()));
        assertThat(selfAssessments).contains("Datum 2026-01-20");
        String quality = PlanReportTests.flat(DocumentFiles.pdfText(
                bytes(admin, "/api/v1/quality-reports/2025.pdf?date=2026-02-15").body()));
        assertThat(quality).contains("Datum 2026-02-15");
    }
}
