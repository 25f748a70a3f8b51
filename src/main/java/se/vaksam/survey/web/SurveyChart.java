package se.vaksam.survey.web;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

import se.vaksam.survey.SurveyResults;

/**
 * One question's result as a horizontal bar chart in SVG: one bar per answer (Ej besvarad included), the share
 * written beside it. An image with a title and description for screen readers; the same figures stand in the
 * table beside it.
 */
final class SurveyChart {

    private static final int ROW = 26;
    private static final int LABEL = 150;
    private static final int BAR = 180;

    private SurveyChart() {
    }

    static String svg(String id, SurveyResults.QuestionResult q, String description) {
        List<SurveyResults.Count> counts = q.counts();
        int height = counts.size() * ROW + 10;
        int width = LABEL + BAR + 60;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"vk-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"100%\" style=\"max-width:").append(width)
                .append("px\" aria-labelledby=\"").append(id).append("-t ").append(id).append("-d\">");
        svg.append("<title id=\"").append(id).append("-t\">").append(esc(q.question())).append("</title>");
        svg.append("<desc id=\"").append(id).append("-d\">").append(esc(description)).append("</desc>");
        for (int i = 0; i < counts.size(); i++) {
            SurveyResults.Count c = counts.get(i);
            int y = 5 + i * ROW;
            int w = (int) Math.round(BAR * c.percent() / 100.0);
            boolean missing = SurveyResults.NOT_ANSWERED.equals(c.answer());
            svg.append("<text x=\"").append(LABEL - 6).append("\" y=\"").append(y + 15)
                    .append("\" font-size=\"12\" text-anchor=\"end\" fill=\"#0b0c0c\">")
                    .append(esc(shorten(c.answer(), 22))).append("</text>");
            svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 3).append("\" width=\"").append(w)
                    .append("\" height=\"16\" fill=\"").append(missing ? "#505a5f" : "#1d70b8").append("\"/>");
            svg.append("<text x=\"").append(LABEL + w + 4).append("\" y=\"").append(y + 15)
                    .append("\" font-size=\"12\" fill=\"#0b0c0c\">").append(c.percent()).append(" %</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }
}
