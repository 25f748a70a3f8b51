package se.vaksam.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import se.vaksam.document.DocumentFiles;

/**
 * What a document sent unchanged must not show, read back from its PDF and DOCX (issue 17): a sentence ending in a
 * colon followed by a heading or a "nothing registered" text instead of its list, a heading printed twice (the
 * same text twice in a row, a table captioned as its heading), a doubled prefix ("Granskning: Granskning: …").
 */
final class DocumentChecks {

    /** A DOCX body element: its kind (HEADING, TEXT, LIST, CAPTION, TABLE) and its text. */
    record Element(String kind, String text) {

        boolean heading() {
            return kind.equals("HEADING");
        }
    }

    private static final Pattern NOTHING = Pattern.compile(
            "(?i).*(inte registrerat|inte beslutat|det finns inga|inte påbörjad|ännu inte|ingen nämnd).*");
    private static final Pattern DOUBLED_PREFIX = Pattern.compile(
            "(?i).*\\b(risk|åtgärd|granskning)\\s*:\\s*(risk|åtgärd|granskning)\\s*:.*");

    private DocumentChecks() {
    }

    /** The DOCX's body in order (the title page and the table of contents left out). */
    static List<Element> docxBody(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<Element> body = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFTable table) {
                    body.add(new Element("TABLE", table.getRow(0).getCell(0).getText()));
                } else if (element instanceof XWPFParagraph p && !p.getText().isBlank()) {
                    String style = p.getStyle() == null ? "" : p.getStyle();
                    if (style.startsWith("TOC") || style.equals("Title") || style.equals("Subtitle")) {
                        continue;
                    }
                    String kind = style.startsWith("Heading") ? "HEADING" : style.equals("Caption") ? "CAPTION"
                            : p.getNumID() != null ? "LIST" : "TEXT";
                    body.add(new Element(kind, PlanReportTests.flat(p.getText())));
                }
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Texts ending in a colon that a heading or a "nothing registered" text follows instead of a list or table. */
    static List<String> danglingColons(List<Element> body) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            Element e = body.get(i);
            if (e.kind().equals("TEXT") && e.text().endsWith(":")) {
                Element next = i + 1 < body.size() ? body.get(i + 1) : new Element("END", "");
                if (!next.kind().equals("LIST") && !next.kind().equals("TABLE") && !next.kind().equals("CAPTION")) {
                    found.add(e.text() + " → " + next.kind() + " " + next.text());
                }
            }
        }
        return found;
    }

    /** Headings (or captions) whose text is the text just before them, and headings with a doubled prefix. */
    static List<String> repeatedHeadings(List<Element> body) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            Element e = body.get(i);
            if ((e.heading() || e.kind().equals("CAPTION")) && i > 0
                    && body.get(i - 1).text().equalsIgnoreCase(e.text())) {
                found.add("twice: " + e.text());
            }
            if (e.heading() && DOUBLED_PREFIX.matcher(e.text()).matches()) {
                found.add("doubled prefix: " + e.text());
            }
        }
        return found;
    }

    /** The PDF's lines after the table of contents, flattened, without blank lines. */
    static List<String> pdfLines(byte[] pdf) {
        List<String> pages = DocumentFiles.pdfPages(pdf);
        List<String> lines = new ArrayList<>();
        for (String page : pages.subList(Math.min(2, pages.size()), pages.size())) {
            for (String line : page.stripTrailing().replaceAll("\\R\\d+$", "").split("\\R")) {
                if (!line.isBlank()) {
                    lines.add(PlanReportTests.flat(line));
                }
            }
        }
        return lines;
    }

    /**
     * In the PDF: lines ending in a colon followed by one of the document's headings or a "nothing registered"
     * text; a heading line ("Vad ska göras:") itself may end in a colon. A list item (its marker is drawn, not
     * written) may read like a heading ("Kontrollmiljö"): {@code body} tells which texts are list items.
     */
    static List<String> pdfDanglingColons(List<String> lines, List<Element> body) {
        Set<String> headings = headingTexts(body);
        Set<String> listItems = Set.copyOf(body.stream().filter(e -> e.kind().equals("LIST")).map(Element::text)
                .toList());
        List<String> found = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i);
            String next = lines.get(i + 1);
            if (line.endsWith(":") && !headings.contains(line) && !listItems.contains(next.replaceFirst("^[•\\-] ", ""))
                    && (headings.contains(next) || NOTHING.matcher(next).matches())) {
                found.add(line + " → " + next);
            }
        }
        return found;
    }

    /** In the PDF: a heading line the same as the line before it, or with a doubled prefix. */
    static List<String> pdfRepeatedHeadings(List<String> lines, Set<String> headings) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (headings.contains(line) && i > 0 && lines.get(i - 1).equalsIgnoreCase(line)) {
                found.add("twice: " + line);
            }
            if (DOUBLED_PREFIX.matcher(line).matches()) {
                found.add("doubled prefix: " + line);
            }
        }
        return found;
    }

    /** The heading texts of the DOCX body. */
    static Set<String> headingTexts(List<Element> body) {
        return Set.copyOf(body.stream().filter(Element::heading).map(Element::text).toList());
    }
}
