package se.vaksam.plan;

import java.util.List;

/**
 * A review's results: Resultat (text and tables), Orsak, Analys, Sammanfattning/Slutsats and Har granskningen
 * lett till åtgärder? Tables left out ({@code null}) keep the tables already attached; an empty list removes them.
 */
public record ReviewReport(String result, String cause, String analysis, String conclusion, String ledToActions,
        List<ResultTable> tables) {

    public ReviewReport {
        tables = tables == null ? null : List.copyOf(tables);
    }

    /** Whether the report says which tables the result has (rather than keeping those attached). */
    public boolean replacesTables() {
        return tables != null;
    }
}
