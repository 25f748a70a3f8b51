package se.vaksam.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One block of a {@link Doc}'s body. All texts are plain text; renderers escape them. The set of block
 * kinds is closed so that every renderer handles every kind.
 */
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.BulletList, Block.Table, Block.Chart,
        Block.PageBreak, Block.TableOfContents, Block.KeyValues {

    /**
     * A heading (level 1–4). Listed headings up to the TOC's level appear in the table of contents and as PDF
     * bookmarks; DOCX uses the built-in "Heading N" styles.
     *
     * @param listed whether it appears in the table of contents and bookmarks (default: levels 1–3); an unlisted
     *        heading, such as a label ("Beskrivning av risk") repeated under every item, is still a heading
     */
    record Heading(int level, String text, boolean listed) implements Block {

        public Heading {
            if (level < 1 || level > 4) {
                throw new IllegalArgumentException("heading level must be 1–4: " + level);
            }
            text = text == null ? "" : text;
        }

        public Heading(int level, String text) {
            this(level, text, level <= 3);
        }

        /** A heading left out of the table of contents and bookmarks. */
        public static Heading unlisted(int level, String text) {
            return new Heading(level, text, false);
        }
    }

    /** How a run of text is set. */
    enum Style { PLAIN, ITALIC, BOLD }

    /** A piece of a paragraph in one style. */
    record Run(String text, Style style) {

        public Run {
            text = text == null ? "" : text;
            style = style == null ? Style.PLAIN : style;
        }

        public static Run plain(String text) {
            return new Run(text, Style.PLAIN);
        }

        public static Run italic(String text) {
            return new Run(text, Style.ITALIC);
        }

        public static Run bold(String text) {
            return new Run(text, Style.BOLD);
        }
    }

    /** A paragraph of runs. Line breaks inside a run's text are kept as line breaks. */
    record Paragraph(List<Run> runs) implements Block {

        public Paragraph {
            runs = runs == null ? List.of() : List.copyOf(runs);
        }

        public static Paragraph of(String text) {
            return new Paragraph(List.of(Run.plain(text)));
        }

        public static Paragraph of(Run... runs) {
            return new Paragraph(Arrays.asList(runs));
        }

        public String text() {
            return runs.stream().map(Run::text).reduce("", String::concat);
        }
    }

    /** A bulleted list; each item is a paragraph. */
    record BulletList(List<Paragraph> items) implements Block {

        public BulletList {
            items = items == null ? List.of() : List.copyOf(items);
        }

        public static BulletList of(List<String> texts) {
            return new BulletList(texts.stream().map(Paragraph::of).toList());
        }
    }

    /** A table column: its header and whether it holds numbers (right-aligned). */
    record Column(String header, boolean numeric) {

        public static Column text(String header) {
            return new Column(header, false);
        }

        public static Column number(String header) {
            return new Column(header, true);
        }
    }

    /** Which way the page of a table is turned. */
    enum Orientation {
        /** Portrait, unless a word of the table would not fit its column there: then a landscape page. */
        AUTO,
        PORTRAIT,
        LANDSCAPE
    }

    /**
     * A real table: a caption (shown above it and used as its accessible name), a header row and rows of cell
     * texts, each row as wide as the header. No row is split across pages; the header row repeats on every page.
     * A table whose words do not fit its columns on a portrait page goes on a landscape page (PDF) together
     * with the heading and text just before it, so that no word is broken without a hyphen.
     */
    record Table(String caption, List<Column> columns, List<List<String>> rows, Orientation orientation)
            implements Block {

        public Table {
            columns = columns == null ? List.of() : List.copyOf(columns);
            rows = rows == null ? List.of()
                    : rows.stream().map(r -> r.stream().map(c -> c == null ? "" : c).toList()).toList();
            orientation = orientation == null ? Orientation.AUTO : orientation;
            for (List<String> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("row width " + row.size() + " ≠ " + columns.size());
                }
            }
        }

        /** A table turned as its words need ({@link Orientation#AUTO}). */
        public Table(String caption, List<Column> columns, List<List<String>> rows) {
            this(caption, columns, rows, Orientation.AUTO);
        }

        /**
         * Whether the table goes on a landscape page: when asked to, or (AUTO) when a word does not fit its column
         * on a portrait page but does on a landscape one.
         */
        public boolean landscape() {
            return switch (orientation) {
                case LANDSCAPE -> true;
                case PORTRAIT -> false;
                case AUTO -> !wordsFit(PORTRAIT_WIDTH_PT) && wordsFit(LANDSCAPE_WIDTH_PT);
            };
        }

        /** Text width of a portrait and a landscape A4 page with the documents' margins, in points. */
        static final double PORTRAIT_WIDTH_PT = (210 - 47) * 72 / 25.4;
        static final double LANDSCAPE_WIDTH_PT = (297 - 47) * 72 / 25.4;
        /** The size of table text and the padding of a cell, in points (document.css). */
        static final double CELL_FONT_PT = 10;
        static final double CELL_PADDING_PT = 10 + 1.5;

        /** Whether every word of every cell fits its column (equal widths) on a page this wide. */
        boolean wordsFit(double widthPt) {
            if (columns.isEmpty()) {
                return true;
            }
            double column = widthPt / columns.size() - CELL_PADDING_PT;
            for (int c = 0; c < columns.size(); c++) {
                // headers are bold: a little wider than the regular face that is measured
                if (longestWord(columns.get(c).header()) * 1.08 > column) {
                    return false;
                }
                for (List<String> row : rows) {
                    if (longestWord(row.get(c)) > column) {
                        return false;
                    }
                }
            }
            return true;
        }

        private static double longestWord(String text) {
            double longest = 0;
            for (String word : text.split("\\s+")) {
                longest = Math.max(longest, TextMeasure.width(word, CELL_FONT_PT));
            }
            return longest;
        }
    }

    /**
     * A chart as SVG (an {@code <svg>} element as XML text, e.g. from {@link Charts}) with its text alternative.
     * HTML and PDF embed the SVG; DOCX embeds it rasterised to PNG with the alternative as its description.
     *
     * @param svg the SVG document or element, well-formed XML
     * @param alt the text alternative (required)
     * @param widthPt width in points (1/72 inch) on paper
     * @param heightPt height in points on paper
     */
    record Chart(String svg, String alt, int widthPt, int heightPt) implements Block {

        public Chart {
            if (alt == null || alt.isBlank()) {
                throw new IllegalArgumentException("a chart needs a text alternative");
            }
        }
    }

    /** Starts a new page (ignored in HTML preview except for printing). */
    record PageBreak() implements Block {
    }

    /**
     * The table of contents: headings up to {@code maxLevel} with page numbers (PDF: computed; DOCX: a TOC field
     * updated when the document is opened; HTML: links).
     */
    record TableOfContents(String title, int maxLevel) implements Block {
    }

    /** A label and its value, e.g. "Diarienummer" – "ASN-2025-1234". */
    record Field(String label, String value) {

        public Field {
            label = label == null ? "" : label;
            value = value == null ? "" : value;
        }
    }

    /** A header or address block: label–value pairs set as a two-column table without header row. */
    record KeyValues(List<Field> fields) implements Block {

        public KeyValues {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }
    }

    /**
     * Plain text as typed into a text area: paragraphs separated by blank lines; consecutive lines starting with
     * "- " or "• " become a bullet list; other single line breaks stay line breaks within the paragraph.
     */
    static List<Block> fromText(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return blocks;
        }
        List<String> paragraph = new ArrayList<>();
        List<String> bullets = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            String stripped = line.strip();
            boolean bullet = stripped.startsWith("- ") || stripped.startsWith("• ");
            if (bullet || stripped.isEmpty()) {
                flushParagraph(paragraph, blocks);
            }
            if (!bullet) {
                flushBullets(bullets, blocks);
            }
            if (bullet) {
                bullets.add(stripped.substring(2).strip());
            } else if (!stripped.isEmpty()) {
                paragraph.add(stripped);
            }
        }
        flushParagraph(paragraph, blocks);
        flushBullets(bullets, blocks);
        return blocks;
    }

    private static void flushParagraph(List<String> lines, List<Block> blocks) {
        if (!lines.isEmpty()) {
            blocks.add(Paragraph.of(String.join("\n", lines)));
            lines.clear();
        }
    }

    private static void flushBullets(List<String> items, List<Block> blocks) {
        if (!items.isEmpty()) {
            blocks.add(BulletList.of(List.copyOf(items)));
            items.clear();
        }
    }
}
