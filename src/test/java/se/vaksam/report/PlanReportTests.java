package se.vaksam.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import se.vaksam.VaksamTest;
import se.vaksam.org.OrgManagement;
import se.vaksam.plan.PlanManagement;
import se.vaksam.plan.PlanQuery;
import se.vaksam.risk.RiskManagement;
import se.vaksam.risk.RiskQuery;

/**
 * The Done-when of the report issue: the content of reference/002 (2023 T1) and reference/003 (2025 T2) entered
 * through the plan, rendered to PDF and DOCX, and read back from the files: headings in order, risk sentences,
 * section labels, result table cells, TOC entries whose page numbers point to the right pages, PDF/UA basics, and
 * LibreOffice opening the DOCX.
 */
@VaksamTest
class PlanReportTests {

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
    PlanReports reports;

    ReportFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ReportFixture(org, riskManagement, riskQuery, plans, planQuery, jdbc).committee();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static String flat(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    static final List<String> T1_2023_TOC = List.of("Inledning", "Ansvar", "Direktåtgärder",
            "Risk: " + ReportFixture.BOENDE_RISK, "Åtgärd: " + ReportFixture.BOENDE_TITLE,
            "Risk: " + ReportFixture.DATA_RISK, "Åtgärd: " + ReportFixture.LOGG_TITLE);

    @Test
    void theFirstTertialOf2023AsPdfAndDocx() throws Exception {
        long plan = fixture.plan2023();
        byte[] pdf = reports.render(plan, ReportKind.T1, Format.PDF).content();
        byte[] docx = reports.render(plan, ReportKind.T1, Format.DOCX).content();
        String title = "Uppföljning av internkontrollplan 2023 – tertial 1";

        assertThat(DocumentFiles.pdfUaProblems(pdf, "sv-SE", title)).isEmpty();
        List<String> pages = DocumentFiles.pdfPages(pdf);
        assertThat(flat(pages.get(0))).contains(title, ReportFixture.COMMITTEE, "Diarienummer", "ASN-2022-1234");
        tocPointsToHeadings(pdf, pages, T1_2023_TOC);

        String text = flat(DocumentFiles.pdfBodyText(pdf));
        assertThat(text).contains(ReportFixture.BOENDE_SENTENCE, ReportFixture.DATA_SENTENCE,
                "Enligt Malmö stads reglemente för intern kontroll (kommunfullmäktige 2016-12-20, § 303, bilag 178) "
                        + "har arbetsmarknads- och socialnämnden det yttersta ansvaret",
                "Varje tertiäl följer arbetsmarknads- och socialförvaltningen upp internkontrollplanen",
                "Läs mer om arbetsmarknads- och socialnämndens arbete med intern kontroll",
                "Riktlinje för arbetet med intern kontroll (ASN-2021-11450)", flat(ReportFixture.BOENDE_VAD),
                "Beskrivning av risk", "Vad ska göras:", "Genomförda åtgärder",
                "Den administrativa hanteringen av kontrollerna behöver ses över",
                "Status: Slutrapporteras i samband med årsuppföljningen av internkontrollplan 2023");
        assertThat(text.indexOf(ReportFixture.BOENDE_SENTENCE)).isLessThan(text.indexOf(ReportFixture.DATA_SENTENCE));

        assertThat(DocumentFiles.docxHeadings(docx)).containsExactly("1 Inledning", "2 Ansvar", "1 Direktåtgärder",
                "2 Risk: " + ReportFixture.BOENDE_RISK, "3 Beskrivning av risk",
                "3 Åtgärd: " + ReportFixture.BOENDE_TITLE, "4 Vad ska göras:", "4 Genomförda åtgärder",
                "2 Risk: " + ReportFixture.DATA_RISK, "3 Beskrivning av risk",
                "3 Åtgärd: " + ReportFixture.LOGG_TITLE, "4 Vad ska göras:", "4 Genomförda åtgärder");
        String docxText = DocumentFiles.docxText(docx);
        assertThat(docxText).contains(ReportFixture.BOENDE_SENTENCE, ReportFixture.DATA_SENTENCE,
                "Rutinen behöver kompletteras med en beskrivning av arbetssätt");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getDocument().xmlText()).contains("TOC \\o \"1-3\"");
            assertThat(tocEntries(document)).containsExactlyElementsOf(T1_2023_TOC);
        }
        libreOfficeOpens(docx, ReportFixture.BOENDE_RISK);
    }

    static final List<String> T2_2025_TOC = List.of("Inledning", "Ansvar", "Direktåtgärder",
            "Risk: " + ReportFixture.VISSEL_RISK, "Åtgärd: " + ReportFixture.VISSEL_TITLE,
            "Risk: " + ReportFixture.INTERN_RISK, "Åtgärd: " + ReportFixture.UTV_TITLE, "Nämndens granskningar",
            "Risk: " + ReportFixture.REG_RISK, "Granskning: " + ReportFixture.REG_TITLE);

    @Test
    void theSecondTertialOf2025WithResultTablesAsPdfAndDocx() throws Exception {
        long plan = fixture.plan2025();
        byte[] pdf = reports.render(plan, ReportKind.T2, Format.PDF).content();
        byte[] docx = reports.render(plan, ReportKind.T2, Format.DOCX).content();
        String title = "Uppföljning av internkontrollplan 2025 – tertial 2";

        assertThat(DocumentFiles.pdfUaProblems(pdf, "sv-SE", title)).isEmpty();
        List<String> pages = DocumentFiles.pdfPages(pdf);
        tocPointsToHeadings(pdf, pages, T2_2025_TOC);
        String text = flat(DocumentFiles.pdfBodyText(pdf));
        assertThat(text).contains(ReportFixture.DATA_SENTENCE, ReportFixture.REG_SENTENCE,
                "I denna rapport redovisas de åtgärder och granskningar som var planerade att rapporteras i samband "
                        + "med tertial 2 2025. Rapporteringen av samtliga åtgärder och granskningar i "
                        + "internkontrollplanen sker i januari 2026.",
                "Områden och tillhörande rutiner som ska granskas:", ReportFixture.REG_OMRADEN,
                "Syfte med granskningen:", ReportFixture.REG_SYFTE, "Omfattning/avgränsning:",
                ReportFixture.REG_OMFATTNING, "Granskningsmetod:", ReportFixture.REG_METOD, "Resultat",
                "Orsak till bristande följsamhet", ReportFixture.REG_ORSAK, "Analys", "Sammanfattning",
                "Har granskningen lett till åtgärder?", ReportFixture.REG_ATGARDER,
                "Diarieförda loggkontroller År Antal diarieförda kontroller 2020 370 2021 453 2022 802 2023 996 "
                        + "2024 1 117",
                "Erbjudna anställning 53", "Registerutdrag kontrollerat 39", "Chefer som inte återkom 14",
                "Status: Genomförd");

        assertThat(DocumentFiles.docxHeadings(docx)).containsSubsequence("1 Direktåtgärder",
                "2 Risk: " + ReportFixture.VISSEL_RISK, "3 Åtgärd: " + ReportFixture.VISSEL_TITLE,
                "2 Risk: " + ReportFixture.INTERN_RISK, "3 Åtgärd: " + ReportFixture.UTV_TITLE,
                "1 Nämndens granskningar", "2 Risk: " + ReportFixture.REG_RISK, "3 Beskrivning av risk",
                "3 Granskning: " + ReportFixture.REG_TITLE, "4 Områden och tillhörande rutiner som ska granskas:",
                "4 Syfte med granskningen:", "4 Omfattning/avgränsning:", "4 Granskningsmetod:", "4 Resultat",
                "4 Orsak till bristande följsamhet", "4 Analys", "4 Sammanfattning",
                "4 Har granskningen lett till åtgärder?");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(tocEntries(document)).containsExactlyElementsOf(T2_2025_TOC);
            List<List<String>> log = cells(document, "År");
            assertThat(log.get(0)).containsExactly("År", "Antal diarieförda kontroller");
            assertThat(log).contains(List.of("2020", "370"), List.of("2024", "1\u00a0117"));
            assertThat(cells(document, "Uppgift")).contains(List.of("Registerutdrag kontrollerat", "39"));
        }
        libreOfficeOpens(docx, ReportFixture.REG_RISK);
    }

    @Test
    void theAnnualReportHasTheYearsChaptersChartsAndAppendix() {
        long plan = fixture.plan2023();
        byte[] pdf = reports.render(plan, ReportKind.ANNUAL, Format.PDF).content();
        byte[] docx = reports.render(plan, ReportKind.ANNUAL, Format.DOCX).content();
        assertThat(DocumentFiles.pdfUaProblems(pdf, "sv-SE", "Uppföljning intern kontroll 2023")).isEmpty();
        List<String> toc = DocumentFiles.pdfToc(pdf, 2).stream().map(DocumentFiles.TocEntry::text).toList();
        assertThat(toc).containsSubsequence("Inledning", "Ansvar", "Kommungemensamma granskningsområden",
                "Självskattning", "Översikt", "Direktåtgärder",
                "Självskattning utifrån kommungemensamma kriterier för utvärdering av intern kontroll",
                "Bilaga 1: Uppföljning förbättringsåtgärder");
        assertThat(flat(DocumentFiles.pdfBodyText(pdf))).contains("Denna rapport är årets tredje rapportering",
                "Antal direktåtgärder och granskningar per uppföljningsperiod: rapporterade 2, 0 och 0");
        assertThat(DocumentFiles.docxText(docx)).contains("Riskmatris");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getAllPictures()).hasSize(2);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
                && !p.getStyle().equals("TOCHeading")).map(p -> p.getText().strip()).toList();
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
