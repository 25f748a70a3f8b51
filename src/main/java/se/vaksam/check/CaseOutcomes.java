package se.vaksam.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.vaksam.check.Checklists.Checklist;
import se.vaksam.check.Checklists.Question;

/**
 * How each question stands for one case, with conditions: a conditional question applies when its earlier
 * question was given the condition's answer, does not apply (<em>Ej tillämpligt (villkor)</em>) when that
 * question got another answer or does not apply itself, and is unknown while that question is unanswered —
 * then it counts as <em>Ej besvarad</em>, like the question it waits for.
 */
final class CaseOutcomes {

    /** A conditional question whose condition is not met for the case: neither asked nor unanswered. */
    static final String NOT_ASKED = "Ej tillämpligt (villkor)";

    private CaseOutcomes() {
    }

    /** The outcomes a checklist's answers are counted in (without Ej besvarad, which {@link Tally} adds). */
    static List<String> outcomes(Checklist checklist) {
        List<String> outcomes = new ArrayList<>();
        for (Answer a : Answer.values()) {
            outcomes.add(a.label());
        }
        if (checklist.hasConditions()) {
            outcomes.add(NOT_ASKED);
        }
        return outcomes;
    }

    /** TRUE when the question applies given these answers, FALSE when not, null while unknown. */
    static Boolean applies(Checklist checklist, Question question, Map<Long, Answer> answers) {
        if (!question.conditional()) {
            return Boolean.TRUE;
        }
        Question on = checklist.question(question.conditionQuestionId());
        Boolean onApplies = applies(checklist, on, answers);
        if (!Boolean.TRUE.equals(onApplies)) {
            return onApplies;
        }
        Answer given = answers.get(on.id());
        return given == null ? null : given == question.conditionAnswer();
    }

    /** An answer's label, {@link #NOT_ASKED}, or null for a question that applies (or may) and is unanswered. */
    static String outcome(Checklist checklist, Question question, String caseKey, Map<Long, Answer> answers) {
        Boolean applies = applies(checklist, question, answers);
        if (Boolean.FALSE.equals(applies)) {
            return NOT_ASKED;
        }
        Answer given = applies == null ? null : answers.get(question.id());
        return given == null ? null : given.label();
    }

    /**
     * The answers of a case after the changes (a null answer clears): answers kept for questions that no
     * longer apply are dropped; answers the changes give to a question that does not apply are refused, in
     * {@code refused}.
     */
    record Merged(Map<Long, Answer> answers, List<Question> refused) {
    }

    static Merged merge(Checklist checklist, Map<Long, Answer> current, Map<Long, Answer> changes) {
        Map<Long, Answer> answers = new HashMap<>(current);
        changes.forEach((question, answer) -> {
            if (answer == null) {
                answers.remove(question);
            } else {
                answers.put(question, answer);
            }
        });
        List<Question> refused = new ArrayList<>();
        for (Question q : checklist.questions()) {
            if (answers.containsKey(q.id()) && !Boolean.TRUE.equals(applies(checklist, q, answers))) {
                if (changes.get(q.id()) != null) {
                    refused.add(q);
                }
                answers.remove(q.id());
            }
        }
        return new Merged(answers, refused);
    }
}
