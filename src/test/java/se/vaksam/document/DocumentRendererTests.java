package se.vaksam.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The renderers, from a document holding every block kind and hostile text, read back from the files. */
class DocumentRendererTests {

    static final String HOSTILE = "<script>alert('x')</script> & < > \"citat\" åäö ÅÄÖ é";
    static final String LONG_WORD = "Donaudampfschiffahrtsgesellschaftskapitän".repeat(8);
    static final String LONG_SECTION = ("Långt avsnitt med svenska tecken åäö. ").repeat(270).strip();

    final DocumentRenderer renderer = new DocumentRenderer();

    static Doc sample() {
        Doc.Builder b = Doc.builder(Doc.Meta.swedish("Provdokument – tertial 2", "Arbetsmarknads- och socialnämnden"))
                .titlePage(new Doc.TitlePage("Provdokument – tertial 2", "Arbetsmarknads- och socialnämnden",
                        List.of(new Block.Field("Datum", "2025-09-15"), new Block.Field("Diarienummer", "ASN-2025-1"))))
                .tableOfContents("Innehållsförteckning");
        b.heading(1, "Inledning").paragraph("Första stycket.")
                .add(Block.Paragraph.of(Block.Run.plain("Läs mer i "), Block.Run.italic("Riktlinje för intern kontroll"),
                        Block.Run.plain(" och "), Block.Run.bold("fetstil")))
                .heading(2, "Ansvar " + HOSTILE).paragraph(HOSTILE).paragraph(LONG_WORD)
                .text("Ett stycke.\n\n- punkt ett\n- punkt två & <b>tre</b>\n\nSista stycket.")
                .add(new Block.Table("Tabell " + HOSTILE, List.of(Block.Column.text("År"), Block.Column.number("Antal")),
                        List.of(List.of("2020", "370"), List.of("2024", "1 117"), List.of(HOSTILE, LONG_WORD))))
                .add(new Block.KeyValues(List.of(new Block.Field("Till", "Nämnden"), new Block.Field("Från", HOSTILE))))
                .add(Charts.bars("Status per period: T1 2 genomförda", List.of("T1", "T2", "Årsuppföljning"),
                        List.of(new Charts.Series("Genomförd", null, List.of(2, 1, 0)),
                                new Charts.Series("Pågår <&>", null, List.of(0, 1, 3)))))
                .pageBreak().heading(1, "Långt avsnitt").paragraph(LONG_SECTION);
        for (int i = 1; i <= 6; i++) {
            b.heading(2, "Avsnitt " + i);
            for (int j = 0; j < 8; j++) {
                b.paragraph("Text i avsnitt " + i + ", stycke " + j + ". " + "Fyllnadstext. ".repeat(30));
            }
        }
        return b.build();
    }

    @Test
    void htmlEscapesEveryTextAndLinksTheTableOfContents() {
        String html = renderer.html(sample());
        var parsed = Jsoup.parse(html);
        assertThat(parsed.select("script")).isEmpty();
        assertThat(parsed.select("b")).isEmpty();
        assertThat(parsed.select("html").attr("lang")).isEqualTo("sv-SE");
        assertThat(parsed.title()).isEqualTo("Provdokument – tertial 2");
        assertThat(parsed.select("h2#h2").text()).isEqualTo("Ansvar " + HOSTILE);
        assertThat(parsed.select("td").eachText()).contains(HOSTILE, LONG_WORD, "1 117");
        assertThat(parsed.select("p").eachText()).contains(LONG_SECTION);
        assertThat(parsed.select("nav.toc a").eachAttr("href")).startsWith("#h1", "#h2");
        assertThat(parsed.select("svg rect")).isNotEmpty();
        assertThat(parsed.select("svg").attr("aria-label")).startsWith("Status per period");
        assertThat(parsed.select("main.doc-page > ul li").eachText()).containsExactly("punkt ett", "punkt två & <b>tre</b>");
    }

    @Test
    void pdfIsAccessibleAndItsTableOfContentsPointsToTheHeadings() {
        byte[] pdf = renderer.pdf(sample());
        assertThat(DocumentFiles.pdfUaProblems(pdf, "sv-SE", "Provdokument – tertial 2")).isEmpty();
        List<String> pages = DocumentFiles.pdfPages(pdf);
        assertThat(pages.size()).isGreaterThanOrEqualTo(5);
        assertThat(pages.get(0)).contains("Provdokument – tertial 2", "ASN-2025-1");
        String text = String.join("\n", pages);
        assertThat(text).contains("<script>alert('x')</script> & < >", "åäö ÅÄÖ", "punkt två & <b>tre</b>");
        String body = DocumentFiles.pdfBodyText(pdf).replaceAll("\\s", "");
        assertThat(body.contains(LONG_WORD)).as("long word whole").isTrue();
        assertThat(body.contains(LONG_SECTION.replaceAll("\\s", ""))).as("10 000-character section whole").isTrue();
        List<DocumentFiles.TocEntry> toc = DocumentFiles.pdfToc(pdf, 2);
        assertThat(toc).extracting(DocumentFiles.TocEntry::text).startsWith("Inledning");
        assertThat(toc).hasSizeGreaterThanOrEqualTo(9);
        for (DocumentFiles.TocEntry entry : toc) {
            String shortText = entry.text().length() > 20 ? entry.text().substring(0, 20) : entry.text();
            assertThat(pages.get(entry.page() - 1)).as("page %d has %s", entry.page(), entry.text())
                    .contains(shortText);
        }
        assertThat(toc.get(toc.size() - 1).page()).isGreaterThan(toc.get(0).page());
    }

    @Test
    void docxHasWordHeadingsTocFieldTablesAndPictures() throws Exception {
        byte[] docx = renderer.docx(sample());
        assertThat(DocumentFiles.docxHeadings(docx)).startsWith("1 Inledning", "2 Ansvar " + HOSTILE,
                "1 Långt avsnitt", "2 Avsnitt 1");
        String text = DocumentFiles.docxText(docx);
        assertThat(text).contains(HOSTILE, LONG_WORD, LONG_SECTION, "1 117", "punkt två & <b>tre</b>");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String body = document.getDocument().xmlText();
            assertThat(body).contains("TOC \\o \"1-3\"");
            assertThat(document.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(document.getTables()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(document.getAllPictures()).hasSize(1);
            assertThat(body).contains("descr=\"Status per period: T1 2 genomförda\"");
            assertThat(document.getProperties().getCoreProperties().getTitle()).isEqualTo("Provdokument – tertial 2");
        }
    }

    @Test
    void libreOfficeOpensTheDocx() throws Exception {
        Path office = DocumentFiles.libreOffice();
        assumeTrue(office != null, "LibreOffice is not installed (apt-get install libreoffice-writer-nogui); "
                + "CI installs it, so this check runs there");
        byte[] pdf = DocumentFiles.convertWithLibreOffice(office, renderer.docx(sample()));
        assertThat(DocumentFiles.pdfText(pdf)).contains("Inledning", "Avsnitt 6", "1 117");
    }
}
