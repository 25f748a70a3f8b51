package se.vaksam.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;

/**
 * The four documents the secretariat sends, made from the demo data through the API as their users fetch them:
 * the annual report and the first tertial report of the committee's plan, the yttrande on stadsrevisionen's
 * review and the kvalitetsberättelse. Each passes veraPDF's PDF/UA-1 rules and the layout checks: no table row
 * or chart across a page break, no heading printed twice. Run with {@code -Dvaksam.writeDocuments=true} to write
 * PNG renders of their first pages (and the heat map's page) to {@code docs/documents/}.
 */
@VaksamTest
class DemoDocumentsTests {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    static final Map<String, byte[]> DOCUMENTS = new LinkedHashMap<>();

    /** The four PDFs by name, fetched once for all tests of the class. */
    Map<String, byte[]> documents() {
        if (!DOCUMENTS.isEmpty()) {
            return DOCUMENTS;
        }
        ApiClient coordinator = new ApiClient(port, tokens, "ik.samordnare");
        int year = java.time.LocalDate.now(clock).getYear();
        long plan = jdbc.sql("""
                select p.id from plan p join org_unit u on u.id = p.committee_id
                where u.code = 'ASN' and p.year = ?""").param(year).query(Long.class).single();
        long review = jdbc.sql("select id from audit_review where number = 'SR-2019-82' order by id limit 1")
                .query(Long.class).single();
        DOCUMENTS.put("arsrapport", pdf(coordinator, "/api/v1/reports/plans/" + plan + "/annual?format=pdf"));
        DOCUMENTS.put("tertialrapport", pdf(coordinator, "/api/v1/reports/plans/" + plan + "/tertial-1?format=pdf"));
        DOCUMENTS.put("yttrande", pdf(coordinator, "/api/v1/audit-responses/" + review + "/document.pdf"));
        DOCUMENTS.put("kvalitetsberattelse", pdf(new ApiClient(port, tokens, "kval.controller"),
                "/api/v1/quality-reports/" + year + ".pdf"));
        return DOCUMENTS;
    }

    static byte[] pdf(ApiClient api, String path) {
        byte[] pdf = api.bytes(path);
        assertThat(new String(pdf, 0, Math.min(5, pdf.length), java.nio.charset.StandardCharsets.ISO_8859_1))
                .as(path).isEqualTo("%PDF-");
        return pdf;
    }

    @BeforeAll
    static void forget() {
        DOCUMENTS.clear();
    }

    @Test
    void everyDocumentPassesVeraPdfsPdfUaRules() {
        documents().forEach((name, pdf) -> assertThat(DocumentFiles.veraPdfFailures(pdf)).as(name).isEmpty());
    }

    @Test
    void noTableRowOrChartCrossesAPageAndNoHeadingIsPrintedTwice() {
        documents().forEach((name, pdf) -> assertThat(DocumentFiles.pdfLayoutProblems(pdf)).as(name).isEmpty());
    }

    @Test
    void everyPageAfterTheCoverCarriesTheHeaderAndSidaXAvY() {
        documents().forEach((name, pdf) -> {
            List<String> pages = DocumentFiles.pdfPages(pdf);
            for (int i = 1; i < pages.size(); i++) {
                assertThat(pages.get(i)).as("%s page %d", name, i + 1).contains("Malmö stad")
                        .contains("Sida " + (i + 1) + " av " + pages.size());
            }
        });
    }

    /** The PNGs a reader compares with the reference documents: first pages, and the heat map's page. */
    @Test
    void rendersOfTheFirstPagesAreWrittenWhenAsked() throws IOException {
        if (!Boolean.getBoolean("vaksam.writeDocuments")) {
            return;
        }
        Path dir = Path.of("docs/documents");
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> document : documents().entrySet()) {
            try (PDDocument pdf = Loader.loadPDF(document.getValue())) {
                PDFRenderer renderer = new PDFRenderer(pdf);
                int pages = Math.min(3, pdf.getNumberOfPages());
                for (int page = 0; page < pages; page++) {
                    write(renderer, page, dir.resolve(document.getKey() + "-sida-" + (page + 1) + ".png"));
                }
                List<String> texts = DocumentFiles.pdfPages(document.getValue());
                for (int page = 0; page < texts.size(); page++) {
                    if (texts.get(page).contains("Riskmatris")) {
                        write(renderer, page, dir.resolve(document.getKey() + "-riskmatris.png"));
                        break;
                    }
                }
            }
        }
        assertThat(dir.resolve("arsrapport-sida-1.png")).exists();
    }

    private static void write(PDFRenderer renderer, int page, Path file) throws IOException {
        BufferedImage image = renderer.renderImageWithDPI(page, 60);
        ImageIO.write(image, "png", file.toFile());
    }
}
