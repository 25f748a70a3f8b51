package se.vaksam.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The engine's layout promises, read back from the files: the municipality's look in every format, no table row
 * or chart across a page break, wrapped TOC entries with their page number on their last line, wide tables on
 * landscape pages instead of words broken without a hyphen, chart labels that do not run into each other, and a
 * DOCX table of contents with the PDF's page numbers.
 */
class DocumentEngineTests {

    /** A 1×1 PNG (a red pixel). */
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");

    static final Branding LOOK = new Branding("Malmö stad", null, "Arbetsmarknads- och socialförvaltningen",
            "#1d3c6e", "#dfe8f3", "Liberation Sans", Branding.CoverLayout.STANDARD,
            new Branding.Logo(PNG, "image/png", "Malmö stads logotyp"), 3);

    final DocumentRenderer renderer = new DocumentRenderer(LOOK);

    static final List<String> CONSEQUENCES = List.of("1 Försumbar", "2 Måttlig", "3 Betydande", "4 Allvarlig");
    static final List<String> LIKELIHOODS = List.of("4 Sannolik", "3 Möjlig", "2 Mindre sannolik", "1 Osannolik");

    static Block.Chart riskMatrix() {
        List<List<Charts.Cell>> cells = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            List<Charts.Cell> row = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                row.add(new Charts.Cell(r == c ? String.valueOf(r + 1) : "", "#ffdd00", "#0b0c0c"));
            }
            cells.add(row);
        }
        return Charts.heatMap("Riskmatris med fyra risker.", "Sannolikhet", "Konsekvens", LIKELIHOODS, CONSEQUENCES,
                cells);
    }

    /** Five text columns with the words of the kvalitetsberättelse's appendix tables. */
    static Block.Table wideTable(int rows) {
        List<List<String>> body = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            body.add(List.of("Barn- och familjeenheten " + i, "Egenkontroll av barnavårdsutredningar",
                    "Utredningsenheten", "Resultatet visar att dokumentationen behöver förbättras",
                    "Förbättringsåtgärderna genomförs under hösten"));
        }
        return new Block.Table("Bilaga 2: Egenkontroller", List.of(Block.Column.text("Verksamhetsområde"),
                Block.Column.text("Egenkontroll"), Block.Column.text("Var genomfördes egenkontrollen"),
                Block.Column.text("Resultat av egenkontrollen"), Block.Column.text("Förbättringsåtgärder")), body);
    }

    static Doc document() {
        Doc.Builder b = Doc.builder(Doc.Meta.swedish("Uppföljning intern kontroll 2025",
                "Arbetsmarknads- och socialnämnden"))
                .titlePage(new Doc.TitlePage("Uppföljning intern kontroll 2025", "Arbetsmarknads- och socialnämnden",
                        List.of(new Block.Field("Datum", "2026-01-20"), new Block.Field("Diarienummer", "ASN-2025-1"))))
                .tableOfContents("Innehållsförteckning");
        b.heading(1, "Inledning").paragraph("Första stycket. " + "Fyllnadstext. ".repeat(120));
        b.heading(2, "Granskningar och åtgärder är anpassade efter nämndens risker och de kommungemensamma "
                + "granskningsområdena som kommunstyrelsen har beslutat om");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(List.of("Rad " + i, ("Granskningar och åtgärder är anpassade " + i + ". ").repeat(1 + i % 4)));
        }
        b.add(new Block.Table("Lång tabell", List.of(Block.Column.text("Rad"), Block.Column.text("Text")), rows));
        b.heading(1, "Översikt").paragraph("Fyllnadstext. ".repeat(200)).add(riskMatrix());
        b.heading(1, "Bilaga 2 Egenkontroller").paragraph("Tabellen visar årets egenkontroller.").add(wideTable(6));
        b.heading(1, "Avslutning").paragraph("Sista stycket.");
        return b.build();
    }

    @Test
    void everyFormatCarriesTheMunicipalitysLook() throws Exception {
        Doc doc = document();
        byte[] pdf = renderer.pdf(doc);
        List<String> pages = DocumentFiles.pdfPages(pdf);
        assertThat(pages.get(0)).doesNotContain("Sida 1").doesNotContain("Dnr ");
        assertThat(pages.get(1)).contains("Malmö stad – Arbetsmarknads- och socialnämnden", "Dnr ASN-2025-1",
                "Arbetsmarknads- och socialförvaltningen", "Sida 2 av " + pages.size());
        try (var loaded = Loader.loadPDF(pdf)) {
            var cover = loaded.getPage(0).getResources();
            assertThat(cover.getXObjectNames()).as("the logo on the cover").isNotEmpty();
        }

        String html = renderer.html(doc);
        var parsed = Jsoup.parse(html);
        assertThat(parsed.select(".title-page img").attr("alt")).isEqualTo("Malmö stads logotyp");
        assertThat(parsed.select("style").html()).contains("color: #1d3c6e", "background: #dfe8f3",
                "\"Dnr ASN-2025-1\"");

        byte[] docx = renderer.docx(doc);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String header = document.getHeaderList().stream().map(h -> h.getText()).reduce("", String::concat);
            String footer = document.getFooterList().stream().map(f -> f.getText()).reduce("", String::concat);
            assertThat(header).contains("Malmö stad – Arbetsmarknads- och socialnämnden", "Dnr ASN-2025-1");
            assertThat(footer).contains("Arbetsmarknads- och socialförvaltningen", "Sida");
            assertThat(document.getDocument().xmlText()).contains("descr=\"Malmö stads logotyp\"");
            assertThat(document.getStyles().getStyle("Heading1").getCTStyle().xmlText()).contains("1d3c6e");
        }
    }

    @Test
    void theBrandingRefusesUnreadableColoursAndLogosWithoutAlternative() {
        assertThat(Branding.contrast("#1d3c6e", "#ffffff")).isGreaterThan(4.5);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Branding.validate(new Branding("Malmö stad",
                null, null, "#ffdd00", "#e8e8e8", "Liberation Sans", Branding.CoverLayout.STANDARD, null, 0))))
                .hasMessage("document.branding.error.contrast");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Branding.validate(new Branding("Malmö stad",
                null, null, "#000000", "#e8e8e8", "Liberation Sans", Branding.CoverLayout.STANDARD,
                new Branding.Logo(PNG, "image/png", " "), 0)))).hasMessage("document.branding.error.logoAlt");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Branding.validate(new Branding("Malmö stad",
                null, null, "#000000", "#e8e8e8", "Comic Sans", Branding.CoverLayout.STANDARD, null, 0))))
                .hasMessage("document.branding.error.font");
        assertThat(BrandingCss.string("a\"b\\c</style>")).isEqualTo("\"a\\\"b\\\\c\\3c /style\\3e \"");
    }

    @Test
    void noRowOrChartCrossesAPageAndThePdfPassesPdfUa() {
        byte[] pdf = renderer.pdf(document());
        assertThat(DocumentFiles.pdfLayoutProblems(pdf)).isEmpty();
        assertThat(DocumentFiles.veraPdfFailures(pdf)).isEmpty();
    }

    @Test
    void aWrappedTableOfContentsEntryKeepsItsPageNumberOnItsLastLine() {
        byte[] pdf = renderer.pdf(document());
        List<String> tocLines = List.of(DocumentFiles.pdfPages(pdf).get(1).split("\\R"));
        int first = -1;
        for (int i = 0; i < tocLines.size(); i++) {
            if (tocLines.get(i).startsWith("Granskningar och åtgärder är anpassade")) {
                first = i;
            }
        }
        assertThat(first).as("the long entry in the TOC").isNotNegative();
        assertThat(tocLines.get(first)).as("its first line has no page number").doesNotMatch(".*\\.{3,}\\s*\\d+\\s*$");
        assertThat(tocLines.get(first + 1)).as("its last line ends in leaders and the page number")
                .contains("granskningsområdena").matches(".*\\.{3,}\\s*\\d+\\s*$");
    }

    @Test
    void aTableWhoseWordsDoNotFitPortraitGoesOnALandscapePageWithItsHeading() throws Exception {
        assertThat(wideTable(1).landscape()).isTrue();
        assertThat(new Block.Table("Smal", List.of(Block.Column.text("År"), Block.Column.number("Antal")),
                List.of(List.of("2024", "1 117"))).landscape()).isFalse();
        byte[] pdf = renderer.pdf(document());
        List<String> pages = DocumentFiles.pdfPages(pdf);
        try (var loaded = Loader.loadPDF(pdf)) {
            for (int i = 0; i < pages.size(); i++) {
                var box = loaded.getPage(i).getMediaBox();
                boolean landscape = box.getWidth() > box.getHeight();
                assertThat(landscape).as("page %d: %s", i + 1, pages.get(i))
                        .isEqualTo(pages.get(i).contains("Egenkontroll av"));
            }
        }
        String landscapePage = pages.stream().filter(p -> p.contains("Egenkontroll av")).findFirst().orElseThrow();
        assertThat(landscapePage).contains("Bilaga 2 Egenkontroller", "Tabellen visar årets egenkontroller.",
                "barnavårdsutredningar", "Förbättringsåtgärderna", "dokumentationen");
        for (String line : landscapePage.split("\\R")) {
            assertThat(line).as("no word broken without a hyphen").doesNotContainPattern("barnavård$|^sutredningar");
        }
    }

    @Test
    void heatMapLabelsStandApartTheRowAxisBesideItsAxisAndEmptyCellsAreEmpty() {
        Block.Chart chart = riskMatrix();
        assertThat(DocumentFiles.chartTextOverlaps(chart.svg())).isEmpty();
        var svg = org.jsoup.parser.Parser.xmlParser().parseInput(chart.svg(), "");
        var axis = svg.select("text").stream().filter(t -> t.text().equals("Sannolikhet")).findFirst().orElseThrow();
        assertThat(axis.attr("transform")).startsWith("rotate(-90");
        assertThat(String.join(" ", svg.select("text").eachText())).contains("Betydande", "Allvarlig", "Måttlig",
                "Mindre sannolik");
        assertThat(svg.select("text").eachText()).doesNotContain("0");
        Block.Chart bars = Charts.bars("Staplar.", List.of("Tertial 1", "Tertial 2", "Årsuppföljning med lång text"),
                List.of(new Charts.Series("Rapporterade", null, List.of(1, 2, 3)),
                        new Charts.Series("Ej rapporterade", null, List.of(3, 2, 1))));
        assertThat(DocumentFiles.chartTextOverlaps(bars.svg())).isEmpty();
    }

    @Test
    void theDocxTableOfContentsCarriesThePdfsPageNumbers() throws Exception {
        Doc doc = document();
        byte[] pdf = renderer.pdf(doc);
        List<DocumentFiles.TocEntry> pdfToc = DocumentFiles.pdfToc(pdf, 2);
        byte[] docx = renderer.docx(doc);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> entries = document.getParagraphs().stream()
                    .filter(p -> p.getStyle() != null && p.getStyle().startsWith("TOC") && !"TOCHeading".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(entries).hasSize(5);
            assertThat(entries.get(0)).isEqualTo("Inledning\t" + pdfToc.get(0).page());
            assertThat(entries.get(entries.size() - 1))
                    .isEqualTo("Avslutning\t" + pdfToc.get(pdfToc.size() - 1).page());
            assertThat(entries).allMatch(e -> e.matches("(?s).+\\t\\d+"));
        }
    }

    @Test
    void thePreviewIsSetAsAPageWithAPrintStylesheet() {
        var parsed = Jsoup.parse(renderer.html(document()));
        assertThat(parsed.select("body > main.doc-page > h1")).isNotEmpty();
        String css = parsed.select("style").html();
        assertThat(css).contains("@media screen", "max-width: 210mm", "@media print", "size: A4");
    }
}
