package se.vaksam.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Reads rendered files back for tests (and for the other document modules' tests): PDF text per page with
 * PDFBox, DOCX headings with POI, the PDF's table of contents with its page numbers, and LibreOffice's verdict.
 */
public final class DocumentFiles {

    private DocumentFiles() {
    }

    /** The text of each page, first page at index 0. */
    public static List<String> pdfPages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text in the order it was written (not sorted by position): a table cell's wrapped lines stay together,
     * so a row reads cell after cell.
     */
    public static String pdfTextAsWritten(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String pdfText(byte[] pdf) {
        return String.join("\n", pdfPages(pdf));
    }

    /** The text of all pages without the page-number footers: text that runs across pages reads on. */
    public static String pdfBodyText(byte[] pdf) {
        return String.join("\n", pdfPages(pdf).stream().map(p -> p.stripTrailing().replaceAll("\\R\\d+$", ""))
                .toList());
    }

    /**
     * What keeps the PDF from the PDF/UA basics: tagged (MarkInfo, structure tree with a Document element),
     * language, title shown as window title, every font embedded. Empty when all hold.
     */
    public static List<String> pdfUaProblems(byte[] pdf, String language, String title) {
        List<String> problems = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            if (catalog.getMarkInfo() == null || !catalog.getMarkInfo().isMarked()) {
                problems.add("not marked as tagged");
            }
            if (catalog.getStructureTreeRoot() == null || catalog.getStructureTreeRoot().getKids().isEmpty()) {
                problems.add("no structure tree");
            }
            if (!language.equals(catalog.getLanguage())) {
                problems.add("language " + catalog.getLanguage());
            }
            if (!title.equals(document.getDocumentInformation().getTitle())) {
                problems.add("title " + document.getDocumentInformation().getTitle());
            }
            if (catalog.getViewerPreferences() == null || !catalog.getViewerPreferences().displayDocTitle()) {
                problems.add("DisplayDocTitle not set");
            }
            if (catalog.getMetadata() == null) {
                problems.add("no XMP metadata");
            }
            for (var page : document.getPages()) {
                var resources = page.getResources();
                for (var name : resources.getFontNames()) {
                    var font = resources.getFont(name);
                    if (!font.isEmbedded()) {
                        problems.add("font not embedded: " + font.getName());
                    }
                }
            }
        } catch (IOException e) {
            problems.add("cannot be read: " + e.getMessage());
        }
        return problems;
    }

    /** A line of the PDF's table of contents: the heading and the page number printed after it. */
    public record TocEntry(String text, int page) {
    }

    private static final Pattern TOC_LINE = Pattern.compile("^(.*?)[ .\u00a0]*\\.{3,}\\s*(\\d+)\\s*$");

    /** The TOC entries printed on the given page (1-based): lines ending in dot leaders and a page number. */
    public static List<TocEntry> pdfToc(byte[] pdf, int tocPage) {
        List<TocEntry> entries = new ArrayList<>();
        for (String line : pdfPages(pdf).get(tocPage - 1).split("\\R")) {
            Matcher m = TOC_LINE.matcher(line.strip());
            if (m.matches()) {
                entries.add(new TocEntry(m.group(1).strip(), Integer.parseInt(m.group(2))));
            }
        }
        return entries;
    }

    /** The DOCX's paragraphs in a style ("Heading1" …), as style id and text, in order. */
    public static List<String> docxHeadings(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> headings = new ArrayList<>();
            for (XWPFParagraph p : document.getParagraphs()) {
                if (p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                    headings.add(p.getStyle().substring("Heading".length()) + " " + p.getText());
                }
            }
            return headings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every text of the DOCX: paragraphs and table cells, in body order. */
    public static String docxText(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The LibreOffice binary, or null when it is not installed (CI installs it). */
    public static Path libreOffice() {
        for (String candidate : List.of("/usr/bin/libreoffice", "/usr/bin/soffice", "/usr/local/bin/soffice")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        return null;
    }

    /** Converts a DOCX to PDF with LibreOffice headless; returns the PDF, or fails with LibreOffice's output. */
    public static byte[] convertWithLibreOffice(Path office, byte[] docx) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("vaksam-lo");
        Path input = dir.resolve("document.docx");
        Files.write(input, docx);
        Process process = new ProcessBuilder(office.toString(), "-env:UserInstallation=file://" + dir.resolve("profile"),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), input.toString())
                .redirectErrorStream(true).start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes());
        if (!finished) {
            process.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish: " + output);
        }
        Path pdf = dir.resolve("document.pdf");
        if (process.exitValue() != 0 || !Files.exists(pdf)) {
            throw new AssertionError("LibreOffice could not convert the DOCX (exit " + process.exitValue() + "): "
                    + output);
        }
        return Files.readAllBytes(pdf);
    }
}
