package se.vaksam.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import se.vaksam.VaksamTest;
import se.vaksam.document.DocumentFiles;
import se.vaksam.org.OrgManagement;
import se.vaksam.plan.Adoption;
import se.vaksam.plan.CommonReviewAreas;
import se.vaksam.plan.CommonReviewDecision;
import se.vaksam.plan.PlanManagement;
import se.vaksam.plan.PlanQuery;
import se.vaksam.plan.ResultTable;
import se.vaksam.plan.ReviewKind;
import se.vaksam.plan.ReviewReport;
import se.vaksam.risk.RiskManagement;
import se.vaksam.risk.RiskQuery;
import se.vaksam.security.ApiTokens;
import se.vaksam.selfassessment.SelfAssessmentManagement;
import se.vaksam.selfassessment.SelfAssessmentQuery;
import se.vaksam.support.ApiClient;
import se.vaksam.support.WebClient;

/**
 * Kommunstyrelsen's views: a city-wide review area (kommungemensamt granskningsområde) decided for a year reaches
 * two committees' plans, each committee reports its result, and the area's document collects both; the
 * committees' self-assessments of the year stand side by side, one column per committee. Each reader sees only
 * the committees they may read.
 */
@VaksamTest
class KommunstyrelsenReportsTests {

    static final int YEAR = 2043;
    static final String AREA = "Användande av sociala medier";
    static final String FIRST = "Förskolenämnden";
    static final String SECOND = "Funktionsstödsnämnden";

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
    CommonReviewAreas commonReviewAreas;
    @Autowired
    SelfAssessmentManagement selfAssessments;
    @Autowired
    SelfAssessmentQuery selfAssessmentQuery;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    ReportFixture committee(String name) {
        return new ReportFixture(org, riskManagement, riskQuery, plans, planQuery, jdbc).committee(name);
    }

    HttpResponse<byte[]> bytes(String path) {
        return bytes("admin", path);
    }

    HttpResponse<byte[]> bytes(String username, String path) {
        ApiClient api = new ApiClient(port, tokens, username);
        return new WebClient(port).send(api.request(path).header("Accept", "*/*").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theCityWideAreaDocumentCollectsEachCommitteesResultAndTheSelfAssessmentsStandSideBySide()
            throws Exception {
        ReportFixture first = committee(FIRST);
        ReportFixture second = committee(SECOND);
        long firstPlan = plans.createPlan(first.committeeId, YEAR);
        long secondPlan = plans.createPlan(second.committeeId, YEAR);
        commonReviewAreas.register(new CommonReviewDecision.Draft(YEAR, LocalDate.of(YEAR - 1, 10, 12), "§ 285",
                "STK-" + (YEAR - 1) + "-1000", List.of(new CommonReviewDecision.AreaDraft(AREA,
                        "Granska hur verksamheten använder sociala medier enligt stadens riktlinje."))));
        long area = commonReviewAreas.decisionOfYear(YEAR).orElseThrow().areas().get(0).id();

        List<Committee> committees = List.of(
                report(first, firstPlan, "Förskoleförvaltningen har granskat sina 12 konton i sociala medier.", 12, 10),
                report(second, secondPlan, "Funktionsstödsförvaltningen har granskat sina 4 konton.", 4, 1));

        HttpResponse<byte[]> docx = bytes("/api/v1/reports/common-review-areas/" + area + "?format=docx");
        HttpResponse<byte[]> pdf = bytes("/api/v1/reports/common-review-areas/" + area + "?format=pdf");
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(pdf.statusCode()).isEqualTo(200);
        String title = "Kommungemensamt granskningsområde " + YEAR + ": " + AREA;
        assertThat(DocumentFiles.pdfUaProblems(pdf.body(), "sv-SE", title)).isEmpty();

        List<String> sequence = new ArrayList<>(List.of("Anvisningar",
                "Granska hur verksamheten använder sociala medier enligt stadens riktlinje.", "Sammanställning",
                "Nämnd Granskning Rapporterad"));
        committees.forEach(c -> sequence.add(c.name() + " " + AREA));
        for (Committee c : committees) {
            sequence.addAll(List.of(c.name(), "Granskning: " + AREA, "Resultat", c.result(), c.table().caption(),
                    "Konto Antal", "Granskade konton " + c.table().rows().get(0).get(1).display(),
                    "Med ansvarig utgivare " + c.table().rows().get(1).get(1).display()));
        }
        String docxText = PlanReportTests.flat(DocumentFiles.docxText(docx.body()));
        PlanReportTests.inOrder("DOCX", docxText.substring(docxText.lastIndexOf("Anvisningar")), sequence);
        String pdfText = PlanReportTests.flat(DocumentFiles.pdfTextAsWritten(pdf.body()));
        PlanReportTests.inOrder("PDF", pdfText.substring(pdfText.lastIndexOf("Anvisningar")), sequence);
        assertThat(DocumentFiles.docxHeadings(docx.body())).containsSubsequence("1 Sammanställning", "1 " + FIRST,
                "2 Granskning: " + AREA, "1 " + SECOND, "2 Granskning: " + AREA);

        // a member of another committee (ASN) reads the area's document without these committees' results
        HttpResponse<byte[]> outsider = bytes("nl.ordf", "/api/v1/reports/common-review-areas/" + area
                + "?format=docx");
        assertThat(outsider.statusCode()).isEqualTo(200);
        assertThat(DocumentFiles.docxText(outsider.body())).contains(AREA).doesNotContain(FIRST, SECOND,
                committees.get(0).result(), committees.get(1).result());

        SelfAssessmentQuery.Assessment a = assess(first.committeeId, 0);
        SelfAssessmentQuery.Assessment b = assess(second.committeeId, 1);
        HttpResponse<byte[]> side = bytes("/api/v1/reports/self-assessments/" + YEAR + "?format=docx");
        assertThat(side.statusCode()).isEqualTo(200);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(side.body()))) {
            List<XWPFTable> tables = document.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Kriterium")).toList();
            assertThat(tables).hasSize(a.areas().size());
            for (int i = 0; i < a.areas().size(); i++) {
                List<List<String>> rows = PlanReportTests.rows(tables.get(i));
                assertThat(rows.get(0)).hasSize(3).startsWith("Kriterium").contains(FIRST, SECOND);
                int ca = rows.get(0).indexOf(FIRST);
                int cb = rows.get(0).indexOf(SECOND);
                List<SelfAssessmentQuery.Row> ra = a.areas().get(i).rows();
                List<SelfAssessmentQuery.Row> rb = b.areas().get(i).rows();
                assertThat(rows).hasSize(ra.size() + 1);
                for (int r = 0; r < ra.size(); r++) {
                    assertThat(rows.get(r + 1).get(0)).isEqualTo(ra.get(r).criterion());
                    assertThat(rows.get(r + 1).get(ca)).isEqualTo(ra.get(r).rating());
                    assertThat(rows.get(r + 1).get(cb)).isEqualTo(rb.get(r).rating());
                }
            }
        }
        assertThat(DocumentFiles.docxHeadings(side.body())).contains("1 Nämndernas sammanfattningar",
                "2 " + FIRST, "2 " + SECOND);
        assertThat(DocumentFiles.docxText(side.body())).contains(a.summary(), b.summary());
        assertThat(a.rows()).extracting(SelfAssessmentQuery.Row::rating)
                .isNotEqualTo(b.rows().stream().map(SelfAssessmentQuery.Row::rating).toList());
    }

    record Committee(String name, String result, ResultTable table) {
    }

    /** Adopts the committee's plan and reports its city-wide review with a result and a table. */
    Committee report(ReportFixture committee, long plan, String result, long accounts, long withPublisher) {
        ReportFixture.signInAs("admin");
        plans.adopt(plan, new Adoption(LocalDate.of(YEAR - 1, 12, 15), "§ 12", "DNR-" + plan, committee.committeeName),
                planQuery.plan(plan).version());
        PlanQuery.ItemView item = planQuery.items(plan).stream()
                .filter(i -> i.reviewKind() == ReviewKind.KOMMUNGEMENSAM).findFirst().orElseThrow();
        ResultTable table = new ResultTable("Konton i sociala medier", List.of(new ResultTable.Column("Konto", false),
                new ResultTable.Column("Antal", true)), List.of(
                        List.of(ResultTable.Cell.text("Granskade konton"), ResultTable.Cell.number(accounts)),
                        List.of(ResultTable.Cell.text("Med ansvarig utgivare"),
                                ResultTable.Cell.number(withPublisher))));
        plans.reportReview(item.id(), new ReviewReport(result, null, null, null, null, List.of(table)),
                planQuery.item(item.id()).version());
        return new Committee(committee.committeeName, result, table);
    }

    /** The committee's self-assessment of the year with ratings shifted by {@code offset} on the scale. */
    SelfAssessmentQuery.Assessment assess(long committeeId, int offset) {
        ReportFixture.signInAs("admin");
        long id = selfAssessments.start(committeeId, YEAR);
        SelfAssessmentQuery.Assessment started = selfAssessmentQuery.assessment(committeeId, YEAR).orElseThrow();
        var scale = selfAssessmentQuery.ratings();
        List<SelfAssessmentManagement.AnswerInput> answers = new ArrayList<>();
        for (int i = 0; i < started.rows().size(); i++) {
            answers.add(new SelfAssessmentManagement.AnswerInput(started.rows().get(i).criterionCode(),
                    scale.get((i + offset) % scale.size()).code(), null));
        }
        selfAssessments.save(id, "Sammanfattning av nämnd " + committeeId + ": kontrollmiljön är god.", answers,
                started.version(), null);
        return selfAssessmentQuery.assessment(committeeId, YEAR).orElseThrow();
    }
}
