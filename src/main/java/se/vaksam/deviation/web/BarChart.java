package se.vaksam.deviation.web;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * A grouped bar chart as server-side SVG: one group per category (e.g. operational area), one bar per
 * series (e.g. year), values written on the bars. The chart is an image with a title and description
 * for screen readers; the same numbers stand in a table beside it.
 */
final class BarChart {

    private static final String[] COLOURS = {"#5694ca", "#1d70b8", "#003078", "#00703c", "#d4351c"};
    private static final int HEIGHT = 220;
    private static final int BAR = 22;
    private static final int GAP = 28;

    private BarChart() {
    }

    /**
     * @param title the chart's accessible name
     * @param description what it shows, for screen readers
     * @param groups the groups' labels
     * @param series the series' labels (the legend)
     * @param values values[group][series]
     */
    static String svg(String id, String title, String description, List<String> groups, List<String> series,
            long[][] values) {
        long max = 1;
        for (long[] row : values) {
            for (long v : row) {
                max = Math.max(max, v);
            }
        }
        int groupWidth = series.size() * BAR + GAP;
        int width = Math.max(320, 40 + groups.size() * groupWidth);
        int legendY = HEIGHT + 50;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"vk-chart\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(legendY + 20 * series.size()).append("\" viewBox=\"0 0 ").append(width)
                .append(' ').append(legendY + 20 * series.size()).append("\" aria-labelledby=\"").append(id)
                .append("-t ").append(id).append("-d\">");
        svg.append("<title id=\"").append(id).append("-t\">").append(esc(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-d\">").append(esc(description)).append("</desc>");
        svg.append("<line x1=\"30\" y1=\"").append(HEIGHT).append("\" x2=\"").append(width).append("\" y2=\"")
                .append(HEIGHT).append("\" stroke=\"#0b0c0c\"/>");
        for (int g = 0; g < groups.size(); g++) {
            int x0 = 40 + g * groupWidth;
            for (int s = 0; s < series.size(); s++) {
                long v = values[g][s];
                int h = (int) Math.round((HEIGHT - 30) * (double) v / max);
                int x = x0 + s * BAR;
                svg.append("<rect x=\"").append(x).append("\" y=\"").append(HEIGHT - h).append("\" width=\"")
                        .append(BAR - 2).append("\" height=\"").append(h).append("\" fill=\"")
                        .append(COLOURS[s % COLOURS.length]).append("\"/>");
                svg.append("<text x=\"").append(x + (BAR - 2) / 2).append("\" y=\"").append(HEIGHT - h - 4)
                        .append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"#0b0c0c\">").append(v).append("</text>");
            }
            svg.append("<text x=\"").append(x0).append("\" y=\"").append(HEIGHT + 16)
                    .append("\" font-size=\"12\" fill=\"#0b0c0c\">").append(esc(shorten(groups.get(g), groupWidth / 7)))
                    .append("</text>");
        }
        for (int s = 0; s < series.size(); s++) {
            int y = legendY + 20 * s;
            svg.append("<rect x=\"40\" y=\"").append(y - 11).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(COLOURS[s % COLOURS.length]).append("\"/>");
            svg.append("<text x=\"58\" y=\"").append(y).append("\" font-size=\"12\" fill=\"#0b0c0c\">")
                    .append(esc(series.get(s))).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, Math.max(1, max - 1)) + "…";
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }
}
