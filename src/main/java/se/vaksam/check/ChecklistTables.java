package se.vaksam.check;

import java.util.List;
import java.util.TreeSet;

import se.vaksam.check.Checklists.Checklist;
import se.vaksam.check.Checklists.Question;
import se.vaksam.plan.ResultTable;

/**
 * A checklist's answers counted with {@link Tally}: per question, one question per stratum, and two questions
 * against each other. Every sampled case is counted once in each row or cell group, so nothing vanishes: a
 * case without an answer is <em>Ej besvarad</em>, a case a conditional question does not apply to is
 * <em>Ej tillämpligt (villkor)</em>.
 */
final class ChecklistTables {

    /** The row of the cases whose sampled record has no stratum. */
    static final String NO_STRATUM = "Utan stratum";

    private ChecklistTables() {
    }

    static ResultTable questions(Checklist c) {
        Tally tally = new Tally(CaseOutcomes.outcomes(c));
        for (Question q : c.questions()) {
            tally.row(q.text());
            c.caseKeys().forEach(k -> tally.add(q.text(), c.outcome(q, k)));
        }
        return tally.table(c.title(), "Granskningsområde", false);
    }

    static ResultTable perStratum(Checklist c, Question q) {
        Tally tally = new Tally(CaseOutcomes.outcomes(c));
        new TreeSet<>(c.strata().values()).forEach(tally::row);
        c.caseKeys().forEach(k -> tally.add(c.strata().getOrDefault(k, NO_STRATUM), c.outcome(q, k)));
        return tally.table(c.title() + ": " + q.text() + " per stratum", "Stratum", true);
    }

    static ResultTable cross(Checklist c, Question rows, Question columns) {
        List<String> outcomes = CaseOutcomes.outcomes(c);
        Tally tally = new Tally(outcomes);
        outcomes.forEach(tally::row);
        tally.row(Tally.UNANSWERED);
        for (String k : c.caseKeys()) {
            String row = c.outcome(rows, k);
            tally.add(row == null ? Tally.UNANSWERED : row, c.outcome(columns, k));
        }
        return tally.table(c.title() + ": " + rows.text() + " × " + columns.text(), rows.text(), true);
    }
}
