package se.vaksam.survey;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How other modules (the quality report's kvalitetsberättelse) read the figures of surveys run elsewhere, year on
 * year: the series imported (e.g. "Brukarundersökning"), and per series the offered, answered and response rate
 * per year and area, with the counts of answers to single questions.
 */
public interface SurveyQuery {

    /** The names of the imported series, alphabetically. */
    List<String> series();

    /** One series per year, oldest first, each with its areas and a total over them. */
    List<Year> years(String series);

    /** The counts of answers to single questions of one series and year, by area, question and answer. */
    List<AnswerCount> answers(String series, int year);

    /** One area's figures in one year; {@code offered} null when the source did not say. */
    @Schema(name = "SurveyAreaFigures")
    record Area(String area, Integer offered, int answered, Integer ratePercent) {
    }

    /** One year of a series: the total (of areas with both figures) and every area. */
    @Schema(name = "SurveyYearFigures")
    record Year(int year, Area total, List<Area> areas) {
    }

    @Schema(name = "SurveyAnswerCount")
    record AnswerCount(String area, String question, String answer, int count) {
    }
}
