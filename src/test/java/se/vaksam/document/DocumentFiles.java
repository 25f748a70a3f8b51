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
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.text.TextPosition;
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

    /**
     * The text of all pages without the running header and footer (the line every page but the cover starts
     * with, the "Sida x av y" line): text that runs across pages reads on.
     */
    public static String pdfBodyText(byte[] pdf) {
        List<String> pages = pdfPages(pdf);
        java.util.Map<String, Long> firstLines = pages.stream().map(p -> p.strip().split("\\R", 2)[0])
                .collect(java.util.stream.Collectors.groupingBy(l -> l, java.util.stream.Collectors.counting()));
        List<String> bodies = new ArrayList<>();
        for (String page : pages) {
            List<String> lines = new ArrayList<>(List.of(page.strip().split("\\R")));
            if (!lines.isEmpty() && FOOTER.matcher(lines.get(lines.size() - 1)).find()) {
                lines.remove(lines.size() - 1);
            }
            if (pages.size() > 2 && !lines.isEmpty() && firstLines.getOrDefault(lines.get(0), 0L) > 1) {
                lines.remove(0);
            }
            bodies.add(String.join("\n", lines));
        }
        return String.join("\n", bodies);
    }

    private static final Pattern FOOTER = Pattern.compile("(^|\\s)Sida \\d+ av \\d+\\s*$|^\\d+$");

    /**
     * The failed rules of veraPDF's PDF/UA-1 profile (the Matterhorn machine checks), each as "clause-test:
     * description (count)"; empty when the PDF passes.
     */
    public static List<String> veraPdfFailures(byte[] pdf) {
        org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider.initialise();
        var flavour = org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1;
        var foundry = org.verapdf.pdfa.Foundries.defaultInstance();
        try (var parser = foundry.createParser(new ByteArrayInputStream(pdf), flavour)) {
            var result = foundry.createValidator(flavour, false).validate(parser);
            java.util.Map<String, Integer> failed = new java.util.TreeMap<>();
            java.util.Map<String, String> descriptions = new java.util.HashMap<>();
            for (var assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == org.verapdf.pdfa.results.TestAssertion.Status.FAILED) {
                    String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
                    failed.merge(rule, 1, Integer::sum);
                    descriptions.putIfAbsent(rule, assertion.getMessage() + " at " + assertion.getLocationContext());
                }
            }
            return failed.entrySet().stream().map(e -> e.getKey() + ": " + descriptions.get(e.getKey()) + " ("
                    + e.getValue() + ")").toList();
        } catch (Exception e) {
            return List.of("veraPDF cannot read it: " + e);
        }
    }

    /**
     * What keeps a rendered document from reading as one: a table row or a figure (chart) whose content lies on
     * more than one page (from the tagged structure: the pages of each TR's and Figure's marked content), and a
     * line printed twice in a row in bold, i.e. a heading followed by itself ("Kontrollmiljö / Kontrollmiljö").
     */
    public static List<String> pdfLayoutProblems(byte[] pdf) {
        List<String> problems = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var root = document.getDocumentCatalog().getStructureTreeRoot();
            if (root != null) {
                for (Object kid : root.getKids()) {
                    if (kid instanceof PDStructureElement element) {
                        split(document, element, problems);
                    }
                }
            }
            problems.addAll(repeatedBoldLines(document));
        } catch (IOException e) {
            problems.add("cannot be read: " + e.getMessage());
        }
        return problems;
    }

    private static void split(PDDocument document, PDStructureElement element, List<String> problems) {
        String type = element.getStandardStructureType();
        if ("TR".equals(type) || "Figure".equals(type)) {
            java.util.Set<Integer> pages = new java.util.TreeSet<>();
            pages(document, element, element.getPage(), pages);
            if (pages.size() > 1) {
                problems.add(type + " split across pages " + pages);
            }
            return;
        }
        for (Object kid : element.getKids()) {
            if (kid instanceof PDStructureElement child) {
                split(document, child, problems);
            }
        }
    }

    private static void pages(PDDocument document, PDStructureElement element, PDPage inherited,
            java.util.Set<Integer> pages) {
        PDPage page = element.getPage() != null ? element.getPage() : inherited;
        for (Object kid : element.getKids()) {
            if (kid instanceof PDStructureElement child) {
                pages(document, child, page, pages);
            } else if (kid instanceof PDMarkedContentReference reference) {
                PDPage on = reference.getPage() != null ? reference.getPage() : page;
                if (on != null) {
                    pages.add(document.getPages().indexOf(on) + 1);
                }
            } else if (kid instanceof Integer && page != null) {
                pages.add(document.getPages().indexOf(page) + 1);
            }
        }
    }

    /**
     * Lines set in bold that are followed, on a line below, by the same text, per page. The same text beside it on
     * the same line (two table header cells ending in the same word) is not a repetition.
     */
    private static List<String> repeatedBoldLines(PDDocument document) throws IOException {
        List<String> problems = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            String previous;
            float previousY;

            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                boolean bold = !positions.isEmpty()
                        && positions.get(0).getFont().getName() != null
                        && positions.get(0).getFont().getName().contains("Bold");
                String line = text.strip();
                float y = positions.isEmpty() ? 0 : positions.get(0).getYDirAdj();
                if (bold && line.length() > 2 && line.equals(previous) && y > previousY + 1) {
                    problems.add("printed twice: " + line + " (page " + getCurrentPageNo() + ")");
                }
                previous = bold ? line : null;
                previousY = y;
                super.writeString(text, positions);
            }
        };
        stripper.setSortByPosition(true);
        stripper.getText(document);
        return problems;
    }

    /**
     * Text boxes of a chart's SVG that overlap: each {@code <text>} measured in the documents' font at its size
     * and anchor (a rotated text as its rotated box). Empty when no two labels run into each other.
     */
    public static List<String> chartTextOverlaps(String svg) {
        var parsed = org.jsoup.parser.Parser.xmlParser().parseInput(svg, "");
        List<java.awt.geom.Rectangle2D> boxes = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        java.awt.Font font;
        try (var in = DocumentFiles.class.getClassLoader().getResourceAsStream("fonts/LiberationSans-Regular.ttf")) {
            font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        var context = new java.awt.font.FontRenderContext(null, true, true);
        for (var text : parsed.select("text")) {
            String content = text.text();
            if (content.isBlank()) {
                continue;
            }
            double size = Double.parseDouble(text.attr("font-size"));
            double x = Double.parseDouble(text.attr("x"));
            double y = Double.parseDouble(text.attr("y"));
            double width = font.deriveFont((float) size).getStringBounds(content, context).getWidth();
            double left = switch (text.attr("text-anchor")) {
                case "middle" -> x - width / 2;
                case "end" -> x - width;
                default -> x;
            };
            java.awt.geom.Rectangle2D box = new java.awt.geom.Rectangle2D.Double(left, y - size * 0.8, width, size);
            if (text.attr("transform").startsWith("rotate(-90")) {
                box = new java.awt.geom.Rectangle2D.Double(x - size * 0.8, y - width / 2, size, width);
            }
            for (int i = 0; i < boxes.size(); i++) {
                if (boxes.get(i).intersects(box)) {
                    return List.of("\"" + texts.get(i) + "\" overlaps \"" + content + "\"");
                }
            }
            boxes.add(box);
            texts.add(content);
        }
        return List.of();
    }


    /**
     * What keeps the PDF from the PDF/UA basics: tagged (MarkInfo, structure tree with a Document element),
     * language, title shown as window title, every font embedded, and every failed rule of veraPDF's PDF/UA-1
     * validation ({@link #veraPdfFailures}). Empty when all hold.
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
        veraPdfFailures(pdf).forEach(failure -> problems.add("PDF/UA-1 " + failure));
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
