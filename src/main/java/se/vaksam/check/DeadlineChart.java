package se.vaksam.check;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * The share exceeded per start month as an inline SVG bar chart drawn on the server: this year's bar beside
 * last year's. Accessible: {@code role="img"} with a title and a description; the same numbers are in the
 * table next to it.
 */
public final class DeadlineChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 260;
    private static final int LEFT = 40;
    private static final int BOTTOM = 40;

    private DeadlineChart() {
    }

    public static String svg(DeadlineEvaluations.Evaluation e, String title, String description) {
        List<DeadlineEvaluations.MonthResult> months = e.months();
        int plotHeight = HEIGHT - BOTTOM - 20;
        double slot = (WIDTH - LEFT - 10) / (double) Math.max(1, months.size());
        double bar = Math.min(28, slot / 2.5);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"vk-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT)
                .append("\" aria-labelledby=\"deadline-chart-title deadline-chart-desc\">")
                .append("<title id=\"deadline-chart-title\">").append(HtmlUtils.htmlEscape(title)).append("</title>")
                .append("<desc id=\"deadline-chart-desc\">").append(HtmlUtils.htmlEscape(description)).append("</desc>");
        for (int p = 0; p <= 100; p += 25) {
            double y = 20 + plotHeight * (1 - p / 100.0);
            svg.append(String.format(java.util.Locale.ROOT,
                    "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>", LEFT,
                    WIDTH - 10, y, y));
            svg.append(String.format(java.util.Locale.ROOT,
                    "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" fill=\"#0b0c0c\">%d %%</text>",
                    LEFT - 4, y + 4, p));
        }
        for (int i = 0; i < months.size(); i++) {
            DeadlineEvaluations.MonthResult m = months.get(i);
            double x = LEFT + i * slot + slot / 2 - bar;
            bar(svg, x, bar, plotHeight, m.current().sharePercent(), "#1d70b8");
            bar(svg, x + bar, bar, plotHeight, m.previous().sharePercent(), "#b1b4b6");
            svg.append(String.format(java.util.Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" fill=\"#0b0c0c\">%s</text>",
                    x + bar, HEIGHT - BOTTOM + 16, HtmlUtils.htmlEscape(m.monthName().substring(0, 3))));
        }
        int y = e.request().year();
        svg.append(String.format(java.util.Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"#1d70b8\"/>"
                        + "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"#0b0c0c\">%d</text>"
                        + "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"#b1b4b6\"/>"
                        + "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"#0b0c0c\">%d</text>",
                LEFT, HEIGHT - 16, LEFT + 16, HEIGHT - 6, y, LEFT + 70, HEIGHT - 16, LEFT + 86, HEIGHT - 6, y - 1));
        return svg.append("</svg>").toString();
    }

    private static void bar(StringBuilder svg, double x, double width, int plotHeight, Integer share, String colour) {
        if (share == null) {
            return;
        }
        double h = plotHeight * share / 100.0;
        svg.append(String.format(java.util.Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>", x, 20 + plotHeight - h,
                width, h, colour));
    }
}
