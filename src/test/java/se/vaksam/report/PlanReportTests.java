package se.vaksam.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
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
import se.vaksam.org.OrgQuery;
import se.vaksam.plan.ActionStatus;
import se.vaksam.plan.ImprovementManagement;
import se.vaksam.plan.ItemKind;
import se.vaksam.plan.PlanManagement;
import se.vaksam.plan.PlanQuery;
import se.vaksam.plan.ReferencePlans;
import se.vaksam.plan.ResultTable;
import se.vaksam.plan.ReviewKind;
import se.vaksam.risk.RiskManagement;
import se.vaksam.risk.RiskQuery;
import se.vaksam.selfassessment.SelfAssessmentManagement;
import se.vaksam.selfassessment.SelfAssessmentQuery;
import se.vaksam.shared.Period;

/**
 * The Done-when of the report issue: the content of reference/002 (2023 T1) and reference/003 (2025 T2) entered
 * field for field through the plan by {@link ReferencePlans}, rendered to PDF and DOCX, and read back from the
 * files, item by item of what the fixture entered: headings in order, risk sentences, every filled section label
 * with its text, every result-table cell, the "slutrapporteras" lines, TOC entries whose page numbers point to the
 * pages the headings are on, PDF/UA basics, and LibreOffice opening the DOCX. The annual report (reference/000):
 * the self-assessment chapter and the appendix of carried-forward improvement actions.
 */
@VaksamTest
class PlanReportTests {

    @Autowired
    OrgManagement org;
    @Autowired
    OrgQuery orgQuery;
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
    PlanReports reports;
    @Autowired
    ImprovementManagement improvements;
    @Autowired
    SelfAssessmentManagement selfAssessments;
    @Autowired
    SelfAssessmentQuery selfAssessmentQuery;

    ReferencePlans.Services services;

    @BeforeEach
    void signIn() {
        ReportFixture.signInAs("ik.samordnare");
        services = new ReferencePlans.Services(plans, planQuery, riskManagement, riskQuery, orgQuery);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Text with all white space as single spaces; a line broken at a slash ("nämnden /styrelsen") joined. */
    static String flat(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").replaceAll(" ?/ ?", "/").strip();
    }

    /** The risks of both reference documents by title: the fixture's risk sentences. */
    static final Map<String, ReferencePlans.Risk> RISKS = Stream.of(ReferencePlans.BOENDE, ReferencePlans.DATAINTRANG,
            ReferencePlans.VISSELBLASARE, ReferencePlans.INTERNT_DATAINTRANG, ReferencePlans.REGISTERKONTROLL)
            .collect(Collectors.toMap(ReferencePlans.Risk::title, Function.identity()));

    @Test
    void theFirstTertialOf2023FieldForField() throws Exception {
        ReferencePlans.Entered entered = ReferencePlans.tertial1Of2023(services);
        byte[] pdf = reports.render(entered.planId(), ReportKind.T1, Format.PDF).content();
        byte[] docx = reports.render(entered.planId(), ReportKind.T1, Format.DOCX).content();
        Expected expected = expected(entered, ReportKind.T1);
        assertThat(expected.toc()).containsExactly("Inledning", "Ansvar", "Direktåtgärder",
                "Risk: " + ReferencePlans.BOENDE.title(), "Åtgärd: " + ReferencePlans.BOENDE_TITLE,
                "Risk: " + ReferencePlans.DATAINTRANG.title(), "Åtgärd: " + ReferencePlans.LOGG_TITLE);

        String text = checkFieldForField(pdf, docx, "Uppföljning av internkontrollplan 2023 – tertial 1",
                "ASN-2022-1234", expected);
        assertThat(text).contains(
                "Enligt Malmö stads reglemente för intern kontroll (kommunfullmäktige 2016-12-20, § 303, bilag 178) "
                        + "har arbetsmarknads- och socialnämnden det yttersta ansvaret",
                "Varje tertiäl följer arbetsmarknads- och socialförvaltningen upp internkontrollplanen",
                "Läs mer om arbetsmarknads- och socialnämndens arbete med intern kontroll",
                "Riktlinje för arbetet med intern kontroll (ASN-2021-11450)",
                // reference/002 word for word: the count, the months and the next follow-up from the plan
                "Denna rapport är årets första rapportering och innehåller resultatet av de två direktåtgärder som "
                        + "var planerade att genomföras under perioden januari till april 2023. Nästa "
                        + "återrapportering sker i september 2023.");
        libreOfficeOpens(docx, ReferencePlans.BOENDE.title());
    }

    @Test
    void theSecondTertialOf2025WithItsLogControlTableFieldForField() throws Exception {
        ReferencePlans.Entered entered = ReferencePlans.tertial2Of2025(services);
        byte[] pdf = reports.render(entered.planId(), ReportKind.T2, Format.PDF).content();
        byte[] docx = reports.render(entered.planId(), ReportKind.T2, Format.DOCX).content();
        Expected expected = expected(entered, ReportKind.T2);
        assertThat(expected.toc()).containsSubsequence("Direktåtgärder", "Nämndens granskningar",
                "Granskning: " + ReferencePlans.REG_TITLE);

        String text = checkFieldForField(pdf, docx, "Uppföljning av internkontrollplan 2025 – tertial 2",
                "ASN-2024-1234", expected);
        assertThat(text).contains("Denna rapport är årets andra rapportering och innehåller resultatet av de två "
                + "direktåtgärder och den granskning som var planerade att genomföras under perioden maj till augusti "
                + "2025. Nästa återrapportering sker i januari 2026.");
        // reference/003: the log-control table stands after "… har ökat bland förvaltningens chefer.", before the
        // survey's results
        assertThat(text).contains(flat(lastParagraph(ReferencePlans.UTV_GJORT_FORE) + " "
                + ReferencePlans.LOG_TABLE.caption() + " År Antal diarieförda kontroller 2020 370 2021 453 2022 802 "
                + "2023 996 2024 1 117 " + firstParagraph(ReferencePlans.UTV_GJORT_EFTER)));
        libreOfficeOpens(docx, ReferencePlans.REGISTERKONTROLL.title());
    }

    @Test
    void theAnnualReportHasTheSelfAssessmentChapterChartsAndTheAppendixOfCarriedActions() throws Exception {
        ReportFixture fixture = new ReportFixture(org, riskManagement, riskQuery, plans, planQuery, jdbc)
                .withImprovements(improvements).committee();
        fixture.plan2024WithCarriedAction();
        long plan = fixture.plan2025();
        SelfAssessmentQuery.Assessment assessment = selfAssessment(fixture.committeeId, 2025);
        assertThat(assessment.areas()).hasSizeGreaterThan(1);
        byte[] pdf = reports.render(plan, ReportKind.ANNUAL, Format.PDF).content();
        byte[] docx = reports.render(plan, ReportKind.ANNUAL, Format.DOCX).content();
        assertThat(DocumentFiles.pdfUaProblems(pdf, "sv-SE", "Uppföljning intern kontroll 2025")).isEmpty();

        List<String> areaNames = assessment.areas().stream().map(SelfAssessmentQuery.Area::name).toList();
        List<String> toc = new ArrayList<>(List.of("Inledning", "Ansvar", "Kommungemensamma granskningsområden",
                "Självskattning", "Översikt", "Direktåtgärder", "Nämndens granskningar",
                PlanReportDocument.SELF_ASSESSMENT_CHAPTER));
        toc.addAll(areaNames);
        toc.addAll(List.of(PlanReportDocument.APPENDIX, "Risk: " + ReportFixture.CARRIED_RISK,
                "Åtgärd: " + ReportFixture.CARRIED_TITLE));
        List<String> pages = DocumentFiles.pdfPages(pdf);
        List<DocumentFiles.TocEntry> pdfToc = DocumentFiles.pdfToc(pdf, 2);
        assertThat(pdfToc).extracting(e -> flat(e.text())).containsSubsequence(toc);
        for (DocumentFiles.TocEntry entry : pdfToc) {
            assertThat(flat(pages.get(entry.page() - 1))).as("page %d shows %s", entry.page(), entry.text())
                    .contains(flat(entry.text()));
        }

        List<String> sequence = new ArrayList<>(List.of(PlanReportDocument.SELF_ASSESSMENT_CHAPTER,
                "Kommunstyrelsen har beslutat om kommungemensamma kriterier"));
        sequence.addAll(areaNames);
        sequence.add(SelfAssessmentChapter.SUMMARY_HEADING);
        sequence.addAll(paragraphs(assessment.summary()));
        for (SelfAssessmentQuery.Area area : assessment.areas()) {
            sequence.add(area.name());
            sequence.add("Kriterium Bedömning");
            area.rows().forEach(r -> sequence.add(r.criterion() + " " + r.rating()));
            area.rows().stream().filter(r -> r.motivation() != null)
                    .forEach(r -> sequence.add(r.criterion() + ": " + r.motivation()));
        }
        String carriedRiskSentence = planQuery.item(planQuery.carriedIntoFollowUp(fixture.committeeId, 2025).get(0)
                .itemId()).riskSentence();
        assertThat(carriedRiskSentence).isNotBlank();
        sequence.addAll(List.of(PlanReportDocument.APPENDIX, ImprovementAppendix.INTRODUCTION,
                "Förbättringsåtgärderna identifieras efter en granskning som visat på avvikelse eller brist.",
                "Detta är en återrapportering av resultatet av förbättringsåtgärder från internkontrollplan 2024.",
                ImprovementAppendix.ACTIONS, "Risk: " + ReportFixture.CARRIED_RISK, ItemChapters.DESCRIPTION,
                carriedRiskSentence, "Åtgärd: " + ReportFixture.CARRIED_TITLE,
                "Granskning av inköp", "2025-06-30", "Pågår", "Vad ska göras:", "Rutinen ska revideras.",
                "Genomförda åtgärder", "2025-03-01: " + ReportFixture.CARRIED_NOTE));
        String text = flat(DocumentFiles.pdfBodyText(pdf));
        String asWritten = flat(DocumentFiles.pdfTextAsWritten(pdf));
        inOrder("PDF", asWritten.substring(asWritten.lastIndexOf(PlanReportDocument.SELF_ASSESSMENT_CHAPTER) - 1),
                sequence);
        assertThat(DocumentFiles.pdfLayoutProblems(pdf)).as("rows and figures split across pages, headings twice")
                .isEmpty();
        assertThat(text).contains("Antal direktåtgärder och granskningar per uppföljningsperiod: rapporterade "
                + "0, 3 och 0", "Riskmatris");
        String docxText = flat(DocumentFiles.docxText(docx));
        inOrder("DOCX", docxText.substring(docxText.lastIndexOf(PlanReportDocument.SELF_ASSESSMENT_CHAPTER) - 1),
                sequence);

        List<String> headings = new ArrayList<>(List.of("1 " + PlanReportDocument.SELF_ASSESSMENT_CHAPTER,
                "2 " + SelfAssessmentChapter.SUMMARY_HEADING));
        areaNames.forEach(n -> headings.add("2 " + n));
        headings.addAll(List.of("1 " + PlanReportDocument.APPENDIX, "2 " + ImprovementAppendix.INTRODUCTION,
                "2 " + ImprovementAppendix.ACTIONS, "2 Risk: " + ReportFixture.CARRIED_RISK,
                "3 " + ItemChapters.DESCRIPTION, "3 Åtgärd: " + ReportFixture.CARRIED_TITLE));
        assertThat(DocumentFiles.docxHeadings(docx)).containsSubsequence(headings);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<List<List<String>>> criteriaTables = document.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Kriterium")).map(PlanReportTests::rows)
                    .toList();
            assertThat(criteriaTables).hasSize(assessment.areas().size());
            for (int a = 0; a < assessment.areas().size(); a++) {
                List<List<String>> expected = new ArrayList<>();
                expected.add(List.of("Kriterium", "Bedömning"));
                assessment.areas().get(a).rows().forEach(r -> expected.add(List.of(r.criterion(), r.rating())));
                assertThat(criteriaTables.get(a)).as(areaNames.get(a)).containsExactlyElementsOf(expected);
            }
            assertThat(tocEntries(document)).containsSubsequence(toc);
            assertThat(document.getAllPictures()).as("status chart and risk heat map").hasSize(2);
        }
    }

    /** The committee's self-assessment of the year, every criterion rated (the scale in turn), two motivated. */
    SelfAssessmentQuery.Assessment selfAssessment(long committeeId, int year) {
        long id = selfAssessments.start(committeeId, year);
        SelfAssessmentQuery.Assessment started = selfAssessmentQuery.assessment(committeeId, year).orElseThrow();
        var scale = selfAssessmentQuery.ratings();
        List<SelfAssessmentManagement.AnswerInput> answers = new ArrayList<>();
        List<SelfAssessmentQuery.Row> rows = started.rows();
        for (int i = 0; i < rows.size(); i++) {
            answers.add(new SelfAssessmentManagement.AnswerInput(rows.get(i).criterionCode(),
                    scale.get(i % scale.size()).code(), i % 5 == 0 ? "Motivering " + (i + 1)
                            + ": arbetet följs upp i ledningsgruppen varje tertial." : null));
        }
        selfAssessments.save(id, "Nämnden har skapat förutsättningar för ett systematiskt arbete med intern "
                + "kontroll.\n\nArbetet med riskanalysen behöver utvecklas.", answers, started.version(), null);
        return selfAssessmentQuery.assessment(committeeId, year).orElseThrow();
    }

    static List<List<String>> rows(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        table.getRows().forEach(r -> rows.add(r.getTableCells().stream().map(c -> flat(c.getText())).toList()));
        return rows;
    }

    /**
     * What the report must show of the entered plan, derived from the fixture's items in document order: the TOC
     * entries, the DOCX headings with their levels, and every text that must follow in order.
     */
    record Expected(List<String> toc, List<String> docxHeadings, List<String> sequence, List<ResultTable> tables,
            int finalReports) {
    }

    Expected expected(ReferencePlans.Entered entered, ReportKind kind) {
        List<PlanQuery.ItemView> items = entered.itemIds().stream().map(planQuery::item).filter(kind::includes)
                .toList();
        assertThat(items).as("the fixture's items of the period").isNotEmpty();
        List<String> toc = new ArrayList<>(List.of("Inledning", "Ansvar"));
        List<String> headings = new ArrayList<>(List.of("1 Inledning", "2 Ansvar"));
        List<String> sequence = new ArrayList<>(List.of("Inledning", "Ansvar"));
        List<ResultTable> tables = new ArrayList<>();
        int finalReports = 0;
        Map<String, List<PlanQuery.ItemView>> chapters = new java.util.LinkedHashMap<>();
        chapters.put("Direktåtgärder", items.stream().filter(i -> i.kind() == ItemKind.DIRECT_ACTION).toList());
        chapters.put("Nämndens granskningar", items.stream().filter(i -> i.kind() == ItemKind.REVIEW
                && i.reviewKind() != ReviewKind.KOMMUNGEMENSAM).toList());
        chapters.put("Kommungemensamma granskningar", items.stream().filter(i -> i.kind() == ItemKind.REVIEW
                && i.reviewKind() == ReviewKind.KOMMUNGEMENSAM).toList());
        for (var chapter : chapters.entrySet()) {
            if (chapter.getValue().isEmpty()) {
                continue;
            }
            toc.add(chapter.getKey());
            headings.add("1 " + chapter.getKey());
            sequence.add(chapter.getKey());
            String lastRisk = null;
            for (PlanQuery.ItemView item : chapter.getValue()) {
                ReferencePlans.Risk risk = RISKS.get(item.riskTitle());
                assertThat(risk).as("the fixture's risk of %s", item.title()).isNotNull();
                if (!risk.title().equals(lastRisk)) {
                    toc.add("Risk: " + risk.title());
                    headings.addAll(List.of("2 Risk: " + risk.title(), "3 Beskrivning av risk"));
                    sequence.addAll(List.of("Risk: " + risk.title(), "Beskrivning av risk", risk.sentence()));
                    lastRisk = risk.title();
                }
                String head = (item.kind() == ItemKind.DIRECT_ACTION ? "Åtgärd: " : "Granskning: ") + item.title();
                toc.add(head);
                headings.add("3 " + head);
                sequence.add(head);
                if (item.kind() == ItemKind.DIRECT_ACTION) {
                    section(headings, sequence, "Vad ska göras:", item.whatToDo(), List.of());
                    section(headings, sequence, "Genomförda åtgärder", item.actionsTaken(), item.tables());
                } else {
                    section(headings, sequence, "Områden och tillhörande rutiner som ska granskas:", item.areas(),
                            List.of());
                    section(headings, sequence, "Syfte med granskningen:", item.purpose(), List.of());
                    section(headings, sequence, "Omfattning/avgränsning:", item.scope(), List.of());
                    section(headings, sequence, "Granskningsmetod:", item.method(), List.of());
                    section(headings, sequence, "Resultat", item.result(), item.tables());
                    section(headings, sequence, "Orsak till bristande följsamhet", item.cause(), List.of());
                    section(headings, sequence, "Analys", item.analysis(), List.of());
                    section(headings, sequence, "Sammanfattning", item.conclusion(), List.of());
                    section(headings, sequence, "Har granskningen lett till åtgärder?", item.ledToActions(),
                            List.of());
                }
                tables.addAll(item.tables());
                if (item.actionStatus() == ActionStatus.FINAL_REPORT_AT) {
                    // as the documents say it: in the text when the author wrote it, else in the report's words
                    finalReports++;
                    assertThat(item.finalReportPeriod()).isEqualTo(Period.ANNUAL);
                    if (!item.actionsTaken().contains("slutrapporteras")) {
                        sequence.add("Resultatet av direktåtgärden kommer att slutrapporteras i samband med "
                                + "årsuppföljningen av internkontrollplan " + item.finalReportYear() + ".");
                    }
                }
            }
        }
        return new Expected(toc, headings, sequence, tables, finalReports);
    }

    /**
     * A filled section: its label (a level-4 heading) and its paragraphs and bullets; a result table stands at the
     * end of the sub-section whose sub-heading is the table's caption (as in reference/003), else after the text.
     */
    static void section(List<String> headings, List<String> sequence, String label, String text,
            List<ResultTable> tables) {
        if (text == null || text.isBlank()) {
            assertThat(tables).isEmpty();
            return;
        }
        headings.add("4 " + label);
        sequence.add(label);
        List<String> paragraphs = paragraphs(text);
        List<ResultTable> placed = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            sequence.add(paragraphs.get(i));
            for (ResultTable table : tables) {
                if (!placed.contains(table) && subSectionOf(paragraphs, table.caption()) == i) {
                    sequence.add(cells(table));
                    placed.add(table);
                }
            }
        }
        tables.stream().filter(t -> !placed.contains(t)).forEach(t -> sequence.add(cells(t)));
    }

    /** The index of the last paragraph of the sub-section headed by the caption, or -1. */
    static int subSectionOf(List<String> paragraphs, String caption) {
        int start = paragraphs.indexOf(caption);
        if (start < 0) {
            return -1;
        }
        int end = start + 1;
        while (end + 1 < paragraphs.size() && !ItemChapters.subHeading(paragraphs.get(end + 1))) {
            end++;
        }
        return Math.min(end, paragraphs.size() - 1);
    }

    /** The typed text's paragraphs and bullet items, as the reader sees them. */
    static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String block : text.strip().split("\\n\\s*\\n")) {
            for (String line : block.split("\\n")) {
                String stripped = line.strip();
                if (stripped.startsWith("- ")) {
                    paragraphs.add(stripped.substring(2).strip());
                } else if (!stripped.isEmpty()) {
                    paragraphs.add(stripped);
                }
            }
        }
        return paragraphs;
    }

    /** A table as it reads: caption, headers, then every cell in Swedish notation ("1 117"; years plain). */
    static String cells(ResultTable table) {
        List<String> cells = new ArrayList<>(List.of(table.caption()));
        table.columns().forEach(c -> cells.add(c.header()));
        for (List<ResultTable.Cell> row : table.rows()) {
            for (int i = 0; i < row.size(); i++) {
                cells.add(cell(row.get(i), table.columns().get(i).header().equals("År")));
            }
        }
        return String.join(" ", cells);
    }

    static String cell(ResultTable.Cell cell, boolean year) {
        if (cell.number() == null) {
            return cell.text();
        }
        BigDecimal number = cell.number().stripTrailingZeros();
        String plain = number.toPlainString().replace('.', ',');
        if (year || number.abs().compareTo(BigDecimal.valueOf(1000)) < 0) {
            return plain;
        }
        return plain.replaceAll("(\\d)(?=(\\d{3})+(?!\\d))", "$1 ");
    }

    /** Checks the PDF and the DOCX against what the fixture entered; returns the PDF's flat body text. */
    static String checkFieldForField(byte[] pdf, byte[] docx, String title, String diaryNumber, Expected expected)
            throws IOException {
        assertThat(DocumentFiles.pdfUaProblems(pdf, "sv-SE", title)).isEmpty();
        List<String> pages = DocumentFiles.pdfPages(pdf);
        assertThat(flat(pages.get(0))).contains(title, "Arbetsmarknads- och socialnämnden", "Diarienummer",
                diaryNumber);
        tocPointsToHeadings(pdf, pages, expected.toc());
        String text = flat(DocumentFiles.pdfBodyText(pdf));
        inOrder("PDF", text.substring(text.indexOf("Inledning", text.indexOf(expected.toc().get(expected.toc().size()
                - 1)) + 1)), expected.sequence());
        assertThat(occurrences(text, "slutrapporteras")).as("slutrapporteras lines")
                .isEqualTo(expected.finalReports());

        assertThat(DocumentFiles.docxHeadings(docx)).containsExactlyElementsOf(expected.docxHeadings());
        String docxText = flat(DocumentFiles.docxText(docx));
        inOrder("DOCX", docxText.substring(docxText.indexOf("Inledning", docxText.indexOf(expected.toc()
                .get(expected.toc().size() - 1)) + 1)), expected.sequence());
        assertThat(occurrences(docxText, "slutrapporteras")).isEqualTo(expected.finalReports());
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getDocument().xmlText()).contains("TOC \\o \"1-3\"");
            assertThat(tocEntries(document)).containsExactlyElementsOf(expected.toc());
            for (ResultTable table : expected.tables()) {
                List<List<String>> rows = cells(document, table.columns().get(0).header());
                assertThat(rows.get(0)).containsExactlyElementsOf(table.columns().stream()
                        .map(ResultTable.Column::header).toList());
                for (int r = 0; r < table.rows().size(); r++) {
                    List<ResultTable.Cell> row = table.rows().get(r);
                    List<String> expectedRow = new ArrayList<>();
                    for (int c = 0; c < row.size(); c++) {
                        expectedRow.add(cell(row.get(c), table.columns().get(c).header().equals("År")));
                    }
                    assertThat(rows.get(r + 1).stream().map(PlanReportTests::flat).toList())
                            .containsExactlyElementsOf(expectedRow);
                }
            }
        }
        return text;
    }

    /** Each expected text follows the one before it in the document. */
    static void inOrder(String what, String text, List<String> expected) {
        int at = 0;
        String previous = "(start)";
        for (String part : expected) {
            String wanted = flat(part);
            int found = text.indexOf(wanted, at);
            assertThat(found).as("%s: after «%s» comes «%s»; the text goes on «%s»", what, abbreviate(previous),
                    abbreviate(wanted), text.substring(at, Math.min(text.length(), at + 400)))
                    .isGreaterThanOrEqualTo(0);
            at = found + wanted.length();
            previous = wanted;
        }
    }

    static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "…";
    }

    static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

    static String firstParagraph(String text) {
        return paragraphs(text).get(0);
    }

    static String lastParagraph(String text) {
        List<String> paragraphs = paragraphs(text);
        return paragraphs.get(paragraphs.size() - 1);
    }

    /** Each PDF TOC entry, in order, and the page it names shows that heading. */
    static void tocPointsToHeadings(byte[] pdf, List<String> pages, List<String> expected) {
        List<DocumentFiles.TocEntry> toc = DocumentFiles.pdfToc(pdf, 2);
        assertThat(toc).extracting(e -> flat(e.text())).containsExactlyElementsOf(expected);
        for (DocumentFiles.TocEntry entry : toc) {
            assertThat(entry.page()).isGreaterThan(2);
            assertThat(flat(pages.get(entry.page() - 1))).as("page %d shows %s", entry.page(), entry.text())
                    .contains(flat(entry.text()));
        }
    }

    /** The pre-filled entries of the DOCX's TOC field (paragraphs in the TOC styles). */
    static List<String> tocEntries(XWPFDocument document) {
        return document.getParagraphs().stream().filter(p -> p.getStyle() != null && p.getStyle().startsWith("TOC")
                && !p.getStyle().equals("TOCHeading")).map(p -> p.getText().replaceAll("\\t\\d+$", "").strip()).toList();
    }

    /** The cells of the first DOCX table whose first header cell is the given text. */
    static List<List<String>> cells(XWPFDocument document, String firstHeader) {
        for (XWPFTable table : document.getTables()) {
            if (table.getRow(0).getCell(0).getText().equals(firstHeader)) {
                List<List<String>> rows = new ArrayList<>();
                table.getRows().forEach(r -> rows.add(r.getTableCells().stream().map(c -> c.getText()).toList()));
                return rows;
            }
        }
        throw new AssertionError("no table starting with " + firstHeader);
    }

    static void libreOfficeOpens(byte[] docx, String expected) throws Exception {
        Path office = DocumentFiles.libreOffice();
        assumeTrue(office != null, "LibreOffice is not installed (apt-get install libreoffice-writer-nogui); "
                + "CI installs it");
        assertThat(flat(DocumentFiles.pdfText(DocumentFiles.convertWithLibreOffice(office, docx)))).contains(expected);
    }
}
