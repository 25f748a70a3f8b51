package se.vaksam.plan;

import java.util.List;

/**
 * A review's results: Resultat (text and tables), Orsak, Analys, Sammanfattning/Slutsats and Har granskningen
 * lett till åtgärder?
 */
public record ReviewReport(String result, String cause, String analysis, String conclusion, String ledToActions,
        List<ResultTable> tables) {

    public ReviewReport {
        tables = tables == null ? List.of() : List.copyOf(tables);
    }
}
