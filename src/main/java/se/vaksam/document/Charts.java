package se.vaksam.document;

import java.nio.charset.StandardCharsets;
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

    private static final String FONT = "Liberation Sans, Arial, sans-serif";
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
     * legend below.
     */
    public static Block.Chart bars(String alt, List<String> categories, List<Series> series) {
        int width = 460;
        int height = 240;
        int left = 36;
        int top = 14;
        int plotHeight = 150;
        int plotWidth = width - left - 10;
        int max = Math.max(1, series.stream().flatMap(s -> s.values().stream()).mapToInt(v -> v == null ? 0 : v)
                .max().orElse(1));
        Document svg = svg(width, height);
        Element root = svg.child(0);
        line(root, left, top + plotHeight, left + plotWidth, top + plotHeight);
        int groups = Math.max(1, categories.size());
        double groupWidth = (double) plotWidth / groups;
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
            text(root, left + g * groupWidth + groupWidth / 2, top + plotHeight + 14, "middle", 10, categories.get(g));
        }
        double lx = left;
        for (int s = 0; s < series.size(); s++) {
            root.appendElement("rect").attr("x", num(lx)).attr("y", num(height - 30)).attr("width", "10")
                    .attr("height", "10").attr("fill", colour(series.get(s), s));
            text(root, lx + 14, height - 21, "start", 10, series.get(s).name());
            lx += 24 + series.get(s).name().length() * 5.6;
            if (lx > width - 60 && s < series.size() - 1) {
                lx = left;
            }
        }
        return new Block.Chart(xml(svg), alt, 440, 230);
    }

    /**
     * A grid of coloured cells with row and column labels, e.g. a risk matrix (rows: likelihood, highest first;
     * columns: consequence) with the number of risks in each cell.
     */
    public static Block.Chart heatMap(String alt, String rowAxis, String columnAxis, List<String> rowLabels,
            List<String> columnLabels, List<List<Cell>> cells) {
        int cell = 44;
        int left = 110;
        int top = 10;
        int width = left + cell * Math.max(1, columnLabels.size()) + 10;
        int height = top + cell * Math.max(1, rowLabels.size()) + 50;
        Document svg = svg(width, height);
        Element root = svg.child(0);
        for (int r = 0; r < rowLabels.size(); r++) {
            text(root, left - 6, top + r * cell + cell / 2.0 + 4, "end", 9, rowLabels.get(r));
            for (int c = 0; c < columnLabels.size(); c++) {
                Cell value = r < cells.size() && c < cells.get(r).size() ? cells.get(r).get(c)
                        : new Cell("", "#ffffff", "#000000");
                root.appendElement("rect").attr("x", num(left + c * cell)).attr("y", num(top + r * cell))
                        .attr("width", num(cell - 2)).attr("height", num(cell - 2)).attr("fill", value.fill())
                        .attr("stroke", "#505a5f").attr("stroke-width", "0.5");
                text(root, left + c * cell + cell / 2.0 - 1, top + r * cell + cell / 2.0 + 4, "middle", 12,
                        value.text()).attr("fill", value.textColour());
            }
        }
        for (int c = 0; c < columnLabels.size(); c++) {
            text(root, left + c * cell + cell / 2.0, top + rowLabels.size() * cell + 12, "middle", 9,
                    columnLabels.get(c));
        }
        text(root, left + cell * columnLabels.size() / 2.0, height - 14, "middle", 10, columnAxis);
        text(root, 4, height - 14, "start", 10, rowAxis);
        double scale = Math.min(1.0, 440.0 / width);
        return new Block.Chart(xml(svg), alt, (int) (width * scale), (int) (height * scale));
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
