package se.vaksam.document;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Simple charts as {@link Block.Chart}: the SVG is built element by element (labels are escaped), in the
 * document font, with dark text on light fills. Each chart carries a text alternative that says what it shows.
 */
public final class Charts {

    static final String FONT = "Liberation Sans, Arial, sans-serif";
    private static final int LABEL_SIZE = 9;
    private static final int LINE = 11;
    private static final String[] PALETTE = {"#1d70b8", "#f47738", "#00703c", "#d4351c", "#6f72af", "#505a5f"};

    private Charts() {
    }

    /** A series of a bar chart: its name (legend), fill colour (#rrggbb, or null for the palette) and values. */
    public record Series(String name, String colour, List<Integer> values) {

        public Series {
            values = values == null ? List.of() : List.copyOf(values);
        }
    }

    /** One cell of a heat map: its text (e.g. a count), fill colour and text colour (#rrggbb). */
    public record Cell(String text, String fill, String textColour) {
    }

    /**
     * Grouped vertical bars: one group per category, one bar per series, value labels above the bars and a
     * legend below. Category labels wrap to their group's width (a word that still does not fit is shortened
     * with "…"; the text alternative carries the full text), legend entries wrap to a new line.
     */
    public static Block.Chart bars(String alt, List<String> categories, List<Series> series) {
        int width = 460;
        int left = 36;
        int top = 14;
        int plotHeight = 150;
        int plotWidth = width - left - 10;
        int max = Math.max(1, series.stream().flatMap(s -> s.values().stream()).mapToInt(v -> v == null ? 0 : v)
                .max().orElse(1));
        int groups = Math.max(1, categories.size());
        double groupWidth = (double) plotWidth / groups;
        List<List<String>> categoryLines = categories.stream()
                .map(c -> TextMeasure.wrap(c, LABEL_SIZE, groupWidth - 6)).toList();
        int labelLines = categoryLines.stream().mapToInt(List::size).max().orElse(1);
        List<double[]> legend = new ArrayList<>();
        double lx = left;
        double ly = top + plotHeight + 8 + labelLines * LINE + 10;
        for (Series s : series) {
            double entry = 14 + TextMeasure.width(s.name(), LABEL_SIZE) + 14;
            if (lx + entry > width - 4 && lx > left) {
                lx = left;
                ly += LINE + 4;
            }
            legend.add(new double[] {lx, ly});
            lx += entry;
        }
        int height = (int) Math.ceil(ly + 16);
        Document svg = svg(width, height);
        Element root = svg.child(0);
        line(root, left, top + plotHeight, left + plotWidth, top + plotHeight);
        double barWidth = Math.min(40, (groupWidth - 12) / Math.max(1, series.size()));
        for (int g = 0; g < categories.size(); g++) {
            double x0 = left + g * groupWidth + (groupWidth - barWidth * series.size()) / 2;
            for (int s = 0; s < series.size(); s++) {
                Integer value = g < series.get(s).values().size() ? series.get(s).values().get(g) : null;
                int v = value == null ? 0 : value;
                double h = (double) v / max * plotHeight;
                double x = x0 + s * barWidth;
                root.appendElement("rect").attr("x", num(x)).attr("y", num(top + plotHeight - h))
                        .attr("width", num(barWidth - 2)).attr("height", num(h)).attr("fill", colour(series.get(s), s));
                text(root, x + (barWidth - 2) / 2, top + plotHeight - h - 3, "middle", 9, String.valueOf(v));
            }
            lines(root, left + g * groupWidth + groupWidth / 2, top + plotHeight + 14, "middle", categoryLines.get(g));
        }
        for (int s = 0; s < series.size(); s++) {
            double[] at = legend.get(s);
            root.appendElement("rect").attr("x", num(at[0])).attr("y", num(at[1] - 9)).attr("width", "10")
                    .attr("height", "10").attr("fill", colour(series.get(s), s));
            text(root, at[0] + 14, at[1], "start", LABEL_SIZE, series.get(s).name());
        }
        return new Block.Chart(xml(svg), alt, 440, (int) Math.round(height * 440.0 / width));
    }

    /**
     * A grid of coloured cells with row and column labels, e.g. a risk matrix (rows: likelihood, highest first;
     * columns: consequence) with the number of risks in each cell. The row axis title stands rotated beside the
     * row labels, the column axis title under the column labels; labels wrap within their cell (a word that
     * does not fit is shortened with "…", the text alternative carries the full text); a cell with empty text is
     * drawn empty.
     */
    public static Block.Chart heatMap(String alt, String rowAxis, String columnAxis, List<String> rowLabels,
            List<String> columnLabels, List<List<Cell>> cells) {
        int cell = 58;
        int axisWidth = 20;
        int rowLabelWidth = 104;
        int left = axisWidth + rowLabelWidth + 6;
        int top = 10;
        List<List<String>> columnLines = columnLabels.stream()
                .map(c -> TextMeasure.wrap(c, LABEL_SIZE, cell - 6)).toList();
        int labelLines = columnLines.stream().mapToInt(List::size).max().orElse(1);
        int gridHeight = cell * Math.max(1, rowLabels.size());
        int width = left + cell * Math.max(1, columnLabels.size()) + 10;
        int height = top + gridHeight + 6 + labelLines * LINE + 22;
        Document svg = svg(width, height);
        Element root = svg.child(0);
        for (int r = 0; r < rowLabels.size(); r++) {
            List<String> label = TextMeasure.wrap(rowLabels.get(r), LABEL_SIZE, rowLabelWidth - 4);
            double firstBaseline = top + r * cell + cell / 2.0 + 3 - (label.size() - 1) * LINE / 2.0;
            lines(root, left - 6, firstBaseline, "end", label);
            for (int c = 0; c < columnLabels.size(); c++) {
                Cell value = r < cells.size() && c < cells.get(r).size() ? cells.get(r).get(c)
                        : new Cell("", "#ffffff", "#000000");
                root.appendElement("rect").attr("x", num(left + c * cell)).attr("y", num(top + r * cell))
                        .attr("width", num(cell - 2)).attr("height", num(cell - 2)).attr("fill", value.fill())
                        .attr("stroke", "#505a5f").attr("stroke-width", "0.5");
                if (value.text() != null && !value.text().isBlank()) {
                    text(root, left + c * cell + cell / 2.0 - 1, top + r * cell + cell / 2.0 + 4, "middle", 12,
                            TextMeasure.fit(value.text(), 12, cell - 8)).attr("fill", value.textColour());
                }
            }
        }
        for (int c = 0; c < columnLabels.size(); c++) {
            lines(root, left + c * cell + cell / 2.0 - 1, top + gridHeight + 12, "middle", columnLines.get(c));
        }
        text(root, left + cell * columnLabels.size() / 2.0, height - 8, "middle", 10,
                TextMeasure.fit(columnAxis, 10, cell * Math.max(1, columnLabels.size())));
        double axisX = axisWidth / 2.0 + 4;
        double axisY = top + gridHeight / 2.0;
        text(root, axisX, axisY, "middle", 10, TextMeasure.fit(rowAxis, 10, gridHeight))
                .attr("transform", "rotate(-90 " + num(axisX) + " " + num(axisY) + ")");
        double scale = Math.min(1.0, 440.0 / width);
        return new Block.Chart(xml(svg), alt, (int) (width * scale), (int) (height * scale));
    }

    /** Lines of text one under the other, the first with its baseline at y. */
    private static void lines(Element root, double x, double y, String anchor, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            text(root, x, y + i * LINE, anchor, LABEL_SIZE, lines.get(i));
        }
    }

    private static Document svg(int width, int height) {
        Document svg = new Document("");
        svg.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .charset(StandardCharsets.UTF_8).prettyPrint(false);
        svg.appendElement("svg").attr("xmlns", "http://www.w3.org/2000/svg").attr("viewBox",
                "0 0 " + width + " " + height).attr("width", String.valueOf(width)).attr("height",
                        String.valueOf(height)).attr("font-family", FONT);
        return svg;
    }

    private static void line(Element root, double x1, double y1, double x2, double y2) {
        root.appendElement("line").attr("x1", num(x1)).attr("y1", num(y1)).attr("x2", num(x2)).attr("y2", num(y2))
                .attr("stroke", "#0b0c0c").attr("stroke-width", "1");
    }

    private static Element text(Element root, double x, double y, String anchor, int size, String text) {
        return root.appendElement("text").attr("x", num(x)).attr("y", num(y)).attr("text-anchor", anchor)
                .attr("font-size", String.valueOf(size)).attr("fill", "#0b0c0c").text(text == null ? "" : text);
    }

    private static String colour(Series series, int index) {
        String colour = series.colour();
        return colour != null && colour.matches("#[0-9a-fA-F]{6}") ? colour : PALETTE[index % PALETTE.length];
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String xml(Document svg) {
        return svg.outerHtml();
    }
}
