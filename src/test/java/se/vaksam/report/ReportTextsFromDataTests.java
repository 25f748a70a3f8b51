package se.vaksam.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import se.vaksam.VaksamTest;
import se.vaksam.document.DocumentFiles;
import se.vaksam.document.Format;
import se.vaksam.org.OrgManagement;
import se.vaksam.plan.CommonReviewAreas;
import se.vaksam.plan.CommonReviewDecision;
import se.vaksam.plan.ItemDraft;
import se.vaksam.plan.ItemKind;
import se.vaksam.plan.PlanManagement;
import se.vaksam.plan.PlanQuery;
import se.vaksam.plan.ReviewKind;
import se.vaksam.risk.RiskManagement;
import se.vaksam.risk.RiskQuery;
import se.vaksam.selfassessment.SelfAssessmentQuery;
import se.vaksam.shared.Period;

/**
 * Issue 17 items 3 and 4 over the demo data's reports (the committee ASN's plan of the clock's year, 2026), read back
 * from the PDF and the DOCX: the tertial introduction says which report of the year it is, how many direct actions
 * and reviews it holds, the months it covers and when the next follow-up comes, as the plan has them; no sentence
 * ends in a colon before a heading or a "nothing registered" text; no heading is printed twice; the self-assessment
 * chapter and Bilaga 1 carry their introductions and sub-headings in reference/000's order.
 */
@VaksamTest
class ReportTextsFromDataTests {

    static final int YEAR = 2026;

    @Autowired
    PlanReports reports;
    @Autowired
    PlanQuery planQuery;
    @Autowired
    PlanManagement plans;
    @Autowired
    SelfAssessmentQuery selfAssessments;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrgManagement org;
    @Autowired
    RiskManagement riskManagement;
    @Autowired
    RiskQuery riskQuery;
    @Autowired
    CommonReviewAreas commonReviewAreas;

    long demoPlan;

    @BeforeEach
    void demoPlan() {
        ReportFixture.signInAs("ik.samordnare");
        long asn = jdbc.sql("select id from org_unit where code = 'ASN'").query(Long.class).single();
        demoPlan = planQuery.planOf(asn, YEAR).orElseThrow().id();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** The report's text, in the PDF and in the DOCX, with white space flattened. */
    record Texts(String pdf, String docx) {
    }

    Texts texts(long plan, ReportKind kind) {
        return new Texts(PlanReportTests.flat(DocumentFiles.pdfBodyText(reports.render(plan, kind, Format.PDF)
                .content())), PlanReportTests.flat(DocumentFiles.docxText(reports.render(plan, kind, Format.DOCX)
                        .content())));
    }

    /** "de två direktåtgärder", "den granskning": as reference/002 counts, the items named only when there are any. */
    static String counted(long count, String one, String many) {
        List<String> words = List.of("", "", "två", "tre", "fyra");
        return count == 1 ? "den " + one : "de " + words.get((int) count) + " " + many;
    }

    @Test
    void theTertialIntroductionsSayWhichReportHowManyItemsTheMonthsAndTheNextFollowUpAsThePlanHasThem() {
        for (ReportKind kind : List.of(ReportKind.T1, ReportKind.T2)) {
            List<PlanQuery.ItemView> items = planQuery.items(demoPlan).stream().filter(kind::includes).toList();
            long actions = items.stream().filter(i -> i.kind() == ItemKind.DIRECT_ACTION).count();
            long reviews = items.stream().filter(i -> i.kind() == ItemKind.REVIEW).count();
            assertThat(actions).as("the demo plan's direct actions in %s", kind).isBetween(1L, 4L);
            assertThat(reviews).as("the demo plan's reviews in %s", kind).isBetween(1L, 4L);
            String counts = counted(actions, "direktåtgärd", "direktåtgärder") + " och "
                    + counted(reviews, "granskning", "granskningar");
            Period next = kind == ReportKind.T1 ? Period.T2 : Period.ANNUAL;
            var due = planQuery.followUpDue(next, YEAR);
            assertThat(due.getMonth()).as("the deadline table").isEqualTo(kind == ReportKind.T1 ? Month.SEPTEMBER
                    : Month.JANUARY);
            String expected = "Denna rapport är årets " + (kind == ReportKind.T1 ? "första" : "andra")
                    + " rapportering och innehåller resultatet av " + counts + " som var planerade att genomföras "
                    + "under perioden " + (kind == ReportKind.T1 ? "januari till april " : "maj till augusti ") + YEAR
                    + ". Nästa återrapportering sker i " + (kind == ReportKind.T1 ? "september " + YEAR
                            : "januari " + due.getYear()) + ".";
            Texts texts = texts(demoPlan, kind);
            assertThat(texts.pdf()).as("PDF %s", kind).contains(expected);
            assertThat(texts.docx()).as("DOCX %s", kind).contains(expected);
        }
    }

    @Test
    void aTertialWithOnlyDirectActionsDoesNotMentionReviewsAndOneItemIsPlanerad() {
        ReportFixture fixture = new ReportFixture(org, riskManagement, riskQuery, plans, planQuery, jdbc).committee();
        long risk = fixture.risk("Bristande följsamhet till attestordningen", "utbetalningar attesteras fel",
                "otydlig delegation", "ekonomisk skada", "EKONOMI", 2, 3);
        long plan = fixture.adoptedPlan(YEAR, List.of(ItemDraft.directAction(risk, "Översyn av attestordningen",
                fixture.staffId, null, Period.T1, "Se över attestordningen.")), new long[1]);
        Texts texts = texts(plan, ReportKind.T1);
        String expected = "Denna rapport är årets första rapportering och innehåller resultatet av den direktåtgärd "
                + "som var planerad att genomföras under perioden januari till april " + YEAR + ". Nästa "
                + "återrapportering sker i september " + YEAR + ".";
        assertThat(texts.pdf()).contains(expected).doesNotContain("granskning som var");
        assertThat(texts.docx()).contains(expected);
    }

    @Test
    void noSentenceEndsInAColonBeforeAHeadingOrANothingRegisteredText() {
        for (ReportKind kind : List.of(ReportKind.T1, ReportKind.ANNUAL)) {
            List<DocumentChecks.Element> body = DocumentChecks.docxBody(reports.render(demoPlan, kind, Format.DOCX)
                    .content());
            assertThat(DocumentChecks.danglingColons(body)).as("DOCX %s", kind).isEmpty();
            List<String> lines = DocumentChecks.pdfLines(reports.render(demoPlan, kind, Format.PDF).content());
            assertThat(DocumentChecks.pdfDanglingColons(lines, body))
                    .as("PDF %s", kind).isEmpty();
        }
        // kommunstyrelsen's areas of the year as a list after its line, or one sentence when it decided none
        String annual = texts(demoPlan, ReportKind.ANNUAL).docx();
        List<String> areas = commonReviewAreas.decisionOfYear(YEAR).map(CommonReviewDecision::areas)
                .orElse(List.of()).stream().map(CommonReviewDecision.Area::title).toList();
        if (areas.isEmpty()) {
            assertThat(annual).doesNotContain("granskningsområdena:").contains("Kommunstyrelsen har inte beslutat om "
                    + "några kommungemensamma granskningsområden för " + YEAR + ".");
        } else {
            List<String> list = new ArrayList<>(List.of("För " + YEAR + " är granskningsområdena:"));
            list.addAll(areas);
            PlanReportTests.inOrder("DOCX", annual, list);
        }
    }

    @Test
    void noHeadingIsPrintedTwiceNorAPrefixTheTitleAlreadyHas() {
        ReportFixture fixture = new ReportFixture(org, riskManagement, riskQuery, plans, planQuery, jdbc).committee();
        long risk = fixture.risk("Risk: Barnets rätt beaktas inte", "barnets bästa utreds inte",
                "bristande kunskap", "barn far illa", "VERKSAMHET", 2, 4);
        long plan = fixture.adoptedPlan(YEAR, List.of(
                ItemDraft.directAction(risk, "Åtgärd: Utbildning i barnrätt", fixture.staffId, null, Period.T2,
                        "Utbilda handläggarna."),
                ItemDraft.review(risk, "Granskning: Barnrätt i utredningar", fixture.staffId, null, Period.T2,
                        ReviewKind.NAMNDENS, "Utredningar", "Barnets bästa", "Tio akter", "Aktgranskning", null)),
                new long[2]);
        List<String> headings = DocumentFiles.docxHeadings(reports.render(plan, ReportKind.T2, Format.DOCX)
                .content());
        assertThat(headings).contains("2 Risk: Barnets rätt beaktas inte", "3 Åtgärd: Utbildning i barnrätt",
                "3 Granskning: Barnrätt i utredningar");
        List<Map.Entry<Long, ReportKind>> documents = List.of(Map.entry(plan, ReportKind.T2),
                Map.entry(demoPlan, ReportKind.T1), Map.entry(demoPlan, ReportKind.ANNUAL));
        for (Map.Entry<Long, ReportKind> document : documents) {
            List<DocumentChecks.Element> body = DocumentChecks.docxBody(reports.render(document.getKey(),
                    document.getValue(), Format.DOCX).content());
            assertThat(DocumentChecks.repeatedHeadings(body)).as("DOCX %s", document).isEmpty();
            List<String> lines = DocumentChecks.pdfLines(reports.render(document.getKey(), document.getValue(),
                    Format.PDF).content());
            assertThat(DocumentChecks.pdfRepeatedHeadings(lines, DocumentChecks.headingTexts(body)))
                    .as("PDF %s", document).isEmpty();
        }
    }

    @Test
    void theSelfAssessmentChapterAndBilaga1FollowReference000() {
        SelfAssessmentQuery.Assessment assessment = selfAssessments.assessment(
                planQuery.plan(demoPlan).committeeId(), YEAR).orElseThrow();
        List<String> sequence = new ArrayList<>(List.of(PlanReportDocument.SELF_ASSESSMENT_CHAPTER,
                "Kommunstyrelsen har beslutat om kommungemensamma kriterier för årlig utvärdering av nämndernas "
                        + "interna kontroll.",
                "I självskattningen värderar nämnden nivån på sitt eget arbete utifrån ett antal kriterier:"));
        assessment.areas().forEach(a -> sequence.add(a.name()));
        sequence.add(SelfAssessmentChapter.SUMMARY_HEADING);
        sequence.add(assessment.summary() == null ? "Sammanfattningen är ännu inte skriven."
                : PlanReportTests.firstParagraph(assessment.summary()));
        for (SelfAssessmentQuery.Area area : assessment.areas()) {
            sequence.add(area.name());
            sequence.add("Kriterium Bedömning");
        }
        sequence.addAll(List.of(PlanReportDocument.APPENDIX, ImprovementAppendix.INTRODUCTION,
                "Internkontrollarbetet leder vid konstaterade brister till förbättringsåtgärder. "
                        + "Förbättringsåtgärderna identifieras efter en granskning som visat på avvikelse eller brist.",
                "Detta är en återrapportering av resultatet av förbättringsåtgärder från internkontrollplan "
                        + (YEAR - 1) + "."));
        String pdf = PlanReportTests.flat(DocumentFiles.pdfBodyText(reports.render(demoPlan, ReportKind.ANNUAL,
                Format.PDF).content()));
        String docx = texts(demoPlan, ReportKind.ANNUAL).docx();
        PlanReportTests.inOrder("PDF", pdf.substring(pdf.lastIndexOf(PlanReportDocument.SELF_ASSESSMENT_CHAPTER) - 1),
                sequence);
        PlanReportTests.inOrder("DOCX", docx.substring(docx.lastIndexOf(PlanReportDocument.SELF_ASSESSMENT_CHAPTER)
                - 1), sequence);
        assertThat(Set.copyOf(DocumentFiles.docxHeadings(reports.render(demoPlan, ReportKind.ANNUAL, Format.DOCX)
                .content()))).contains("2 " + SelfAssessmentChapter.SUMMARY_HEADING, "2 Inledning");
    }
}
