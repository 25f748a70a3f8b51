package se.vaksam.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.plan.PlanManagement;
import se.vaksam.plan.ResultTable;
import se.vaksam.shared.DomainException;

/**
 * A survey's results: per question the count and share of every answer and of <em>Ej besvarad</em> (offered −
 * answered − not asked because of a condition), the same per group (unit) — in anonymous mode only for groups
 * with at least the survey's minimum of answers —, a cross-tab of two questions, and result tables for a plan
 * review. Shares are of the offered, in whole percent.
 */
@Service
@Transactional(readOnly = true)
public class SurveyResults {

    /** The label of the people who were asked and did not answer. */
    public static final String NOT_ANSWERED = "Ej besvarad";

    /** The label of those not asked a question because of their earlier answers. */
    public static final String NOT_ASKED = "Ej aktuell";

    private final Surveys surveys;
    private final SurveyStore store;
    private final PlanManagement plans;

    SurveyResults(Surveys surveys, SurveyStore store, PlanManagement plans) {
        this.surveys = surveys;
        this.store = store;
        this.plans = plans;
    }

    @Schema(name = "SurveyCount")
    public record Count(String answer, int count, int percent) {
    }

    /** One question's result; {@code mean} only for NUMBER questions with answers. */
    @Schema(name = "SurveyQuestionResult")
    public record QuestionResult(long questionId, String question, QuestionKind kind, int offered, int answered,
            List<Count> counts, BigDecimal mean) {
    }

    /** One group's figures; {@code shown} false (and no questions) when it is smaller than the minimum. */
    @Schema(name = "SurveyGroupResult")
    public record GroupResult(long unitId, String unitName, int offered, int answered, int ratePercent, boolean shown,
            List<QuestionResult> questions) {
    }

    @Schema(name = "SurveyResult")
    public record Result(long surveyId, String title, boolean anonymous, int minGroup, int offered, int answered,
            int ratePercent, List<QuestionResult> questions, List<GroupResult> groups) {
    }

    @Schema(name = "SurveyCrossTab", description = "Rader: svaren på den första frågan, kolumner: på den andra; "
            + "cells[rad][kolumn] är antal svarande")
    public record CrossTab(String rowQuestion, String columnQuestion, List<String> rows, List<String> columns,
            int[][] cells) {
    }

    public Result result(long surveyId) {
        Survey survey = surveys.survey(surveyId);
        List<SurveyStore.Given> answers = store.answers(surveyId);
        List<SurveyStore.Group> groups = store.groups(surveyId);
        Map<Long, String> names = surveys.unitNames(groups.stream().map(SurveyStore.Group::unitId).toList());
        List<GroupResult> byGroup = new ArrayList<>();
        for (SurveyStore.Group g : groups) {
            boolean shown = !survey.anonymous() || g.answered() >= survey.minGroup();
            List<QuestionResult> questions = shown ? questions(survey, g.offered(),
                    answers.stream().filter(a -> a.unitId() == g.unitId()).toList()) : List.of();
            byGroup.add(new GroupResult(g.unitId(), names.getOrDefault(g.unitId(), ""), g.offered(), g.answered(),
                    Survey.percent(g.answered(), g.offered()), shown, questions));
        }
        return new Result(survey.id(), survey.title(), survey.anonymous(), survey.minGroup(), survey.offered(),
                survey.answered(), survey.ratePercent(), questions(survey, survey.offered(), answers), byGroup);
    }

    private static List<QuestionResult> questions(Survey survey, int offered, List<SurveyStore.Given> answers) {
        Map<Long, Map<Long, SurveyStore.Given>> byResponse = byResponse(answers);
        List<QuestionResult> results = new ArrayList<>();
        for (Survey.Question q : survey.questions()) {
            List<SurveyStore.Given> given = answers.stream().filter(a -> a.questionId() == q.id()).toList();
            int notAsked = q.conditionQuestionId() == null ? 0 : (int) byResponse.values().stream()
                    .filter(r -> !choices(r.get(q.conditionQuestionId())).contains(q.conditionAnswer())).count();
            List<Count> counts = new ArrayList<>();
            for (String choice : q.choices()) {
                int n = (int) given.stream().filter(a -> a.choices().contains(choice)).count();
                counts.add(new Count(choice, n, Survey.percent(n, offered)));
            }
            if (q.kind() == QuestionKind.NUMBER || q.kind() == QuestionKind.TEXT) {
                counts.add(new Count("Besvarad", given.size(), Survey.percent(given.size(), offered)));
            }
            if (q.conditionQuestionId() != null) {
                counts.add(new Count(NOT_ASKED, notAsked, Survey.percent(notAsked, offered)));
            }
            int notAnswered = offered - given.size() - notAsked;
            counts.add(new Count(NOT_ANSWERED, notAnswered, Survey.percent(notAnswered, offered)));
            BigDecimal mean = q.kind() != QuestionKind.NUMBER || given.isEmpty() ? null
                    : given.stream().map(SurveyStore.Given::number).reduce(BigDecimal.ZERO, BigDecimal::add)
                            .divide(BigDecimal.valueOf(given.size()), 1, RoundingMode.HALF_UP);
            results.add(new QuestionResult(q.id(), q.text(), q.kind(), offered, given.size(), counts, mean));
        }
        return results;
    }

    private static Map<Long, Map<Long, SurveyStore.Given>> byResponse(List<SurveyStore.Given> answers) {
        return answers.stream().collect(Collectors.groupingBy(SurveyStore.Given::responseId, LinkedHashMap::new,
                Collectors.toMap(SurveyStore.Given::questionId, a -> a)));
    }

    private static List<String> choices(SurveyStore.Given given) {
        return given == null ? List.of() : given.choices();
    }

    /**
     * Two counted questions against each other over everyone asked: a respondent counts in every choice they
     * gave; whoever did not answer a question counts under <em>Ej besvarad</em>. In anonymous mode refused while
     * fewer than the minimum have answered.
     */
    public CrossTab crossTab(long surveyId, long rowQuestionId, long columnQuestionId) {
        Survey survey = surveys.survey(surveyId);
        Survey.Question rq = counted(survey, rowQuestionId);
        Survey.Question cq = counted(survey, columnQuestionId);
        if (survey.anonymous() && survey.answered() < survey.minGroup()) {
            throw new DomainException("survey.error.tooFew", survey.minGroup());
        }
        List<String> rows = new ArrayList<>(rq.choices());
        rows.add(NOT_ANSWERED);
        List<String> columns = new ArrayList<>(cq.choices());
        columns.add(NOT_ANSWERED);
        int[][] cells = new int[rows.size()][columns.size()];
        Map<Long, Map<Long, SurveyStore.Given>> byResponse = byResponse(store.answers(surveyId));
        for (Map<Long, SurveyStore.Given> response : byResponse.values()) {
            List<String> r = choices(response.get(rq.id()));
            List<String> c = choices(response.get(cq.id()));
            for (String a : r.isEmpty() ? List.of(NOT_ANSWERED) : r) {
                for (String b : c.isEmpty() ? List.of(NOT_ANSWERED) : c) {
                    cells[rows.indexOf(a)][columns.indexOf(b)]++;
                }
            }
        }
        cells[rows.size() - 1][columns.size() - 1] += survey.offered() - byResponse.size();
        return new CrossTab(rq.text(), cq.text(), rows, columns, cells);
    }

    private static Survey.Question counted(Survey survey, long questionId) {
        Survey.Question q = survey.question(questionId).orElseThrow(() -> new DomainException("survey.error.noQuestion"));
        if (!q.kind().counted()) {
            throw new DomainException("survey.error.notCounted");
        }
        return q;
    }

    /** The survey's result as one table: Fråga | Svar | Antal | Andel av tillfrågade (%), Ej besvarad included. */
    public ResultTable table(long surveyId) {
        Result r = result(surveyId);
        List<List<ResultTable.Cell>> rows = new ArrayList<>();
        rows.add(List.of(ResultTable.Cell.text("Tillfrågade"), ResultTable.Cell.text(""),
                ResultTable.Cell.number(r.offered()), ResultTable.Cell.number(r.offered() == 0 ? 0 : 100)));
        rows.add(List.of(ResultTable.Cell.text("Svarade (svarsfrekvens)"), ResultTable.Cell.text(""),
                ResultTable.Cell.number(r.answered()), ResultTable.Cell.number(r.ratePercent())));
        for (QuestionResult q : r.questions()) {
            for (Count c : q.counts()) {
                rows.add(List.of(ResultTable.Cell.text(q.question()), ResultTable.Cell.text(c.answer()),
                        ResultTable.Cell.number(c.count()), ResultTable.Cell.number(c.percent())));
            }
        }
        return new ResultTable(r.title(), List.of(new ResultTable.Column("Fråga", false), new ResultTable.Column("Svar", false),
                        new ResultTable.Column("Antal", true), new ResultTable.Column("Andel av tillfrågade (%)", true)),
                rows);
    }

    /** A cross-tab as a table: the first question's answers down, the second's across. */
    public ResultTable table(long surveyId, long rowQuestionId, long columnQuestionId) {
        CrossTab t = crossTab(surveyId, rowQuestionId, columnQuestionId);
        List<ResultTable.Column> columns = new ArrayList<>();
        columns.add(new ResultTable.Column(t.rowQuestion(), false));
        t.columns().forEach(c -> columns.add(new ResultTable.Column(c, true)));
        List<List<ResultTable.Cell>> rows = new ArrayList<>();
        for (int i = 0; i < t.rows().size(); i++) {
            List<ResultTable.Cell> row = new ArrayList<>();
            row.add(ResultTable.Cell.text(t.rows().get(i)));
            for (int n : t.cells()[i]) {
                row.add(ResultTable.Cell.number(n));
            }
            rows.add(row);
        }
        return new ResultTable(t.rowQuestion() + " × " + t.columnQuestion(), columns, rows);
    }

    /**
     * Puts the survey's result table (or, with both question ids, the cross-tab) into the linked review's
     * result, replacing the table with the same caption.
     */
    @Transactional
    public ResultTable attachToReview(long surveyId, Long rowQuestionId, Long columnQuestionId) {
        Survey survey = surveys.survey(surveyId);
        if (survey.planItemId() == null) {
            throw new DomainException("survey.error.noReview");
        }
        ResultTable table = rowQuestionId != null && columnQuestionId != null
                ? table(surveyId, rowQuestionId, columnQuestionId) : table(surveyId);
        plans.putResultTable(survey.planItemId(), table);
        return table;
    }
}
