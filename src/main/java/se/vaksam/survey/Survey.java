package se.vaksam.survey;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A survey with its questions and how many were asked (offered) and have answered.
 *
 * @param minGroup the smallest group (answers) whose breakdown is shown in anonymous mode
 * @param reminderDays how many days before the closing date those who have not answered are reminded
 */
@Schema(name = "Survey")
public record Survey(long id, long unitId, String title, String intro, boolean anonymous, int minGroup,
        LocalDate closesOn, int reminderDays, Long planItemId, SurveyStatus status, String createdBy,
        OffsetDateTime createdAt, int version, List<Question> questions, int offered, int answered) {

    /** The response rate in whole percent (half up), 0 when nobody was asked. */
    public int ratePercent() {
        return percent(answered, offered);
    }

    static int percent(long part, long whole) {
        return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }

    /**
     * One question.
     *
     * @param conditionQuestionId asked only when this earlier question got {@code conditionAnswer}; null: always
     */
    @Schema(name = "SurveyQuestion")
    public record Question(long id, int position, QuestionKind kind, String text, List<String> choices,
            boolean required, Long conditionQuestionId, String conditionAnswer) {
    }

    /** The question with this id, if it is one of this survey's. */
    public java.util.Optional<Question> question(long questionId) {
        return questions.stream().filter(q -> q.id() == questionId).findFirst();
    }
}
