package se.vaksam.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.vaksam.plan.ResultTable;

/**
 * Counts of outcomes per row, where a missing answer is counted too: every counted case lands in one of the
 * given outcomes or in <em>Ej besvarad</em>, so a row's total is the number of cases asked. Written as a
 * {@link ResultTable}: row header | each outcome (antal) | Ej besvarad (antal) | Totalt (antal) | each
 * outcome (%) | Ej besvarad (%), percentages of the row's total to one decimal, optionally with a
 * <em>Totalt</em> row. Rows are the questions of a checklist, the strata of a sample, or the outcomes of
 * another question (a cross-tab); a survey's answers can be counted the same way.
 */
public final class Tally {

    /** The outcome of a case that was asked and did not answer. */
    public static final String UNANSWERED = "Ej besvarad";
    public static final String TOTAL = "Totalt";

    private final List<String> outcomes;
    private final Map<String, long[]> rows = new LinkedHashMap<>();

    /** A tally over the given outcomes (in column order, {@link #UNANSWERED} is added last). */
    public Tally(List<String> outcomes) {
        List<String> all = new ArrayList<>(outcomes);
        all.remove(UNANSWERED);
        all.add(UNANSWERED);
        this.outcomes = List.copyOf(all);
    }

    /** Declares a row, so that it is shown (with zeros) even when nothing is counted in it. */
    public Tally row(String row) {
        rows.computeIfAbsent(row, r -> new long[outcomes.size()]);
        return this;
    }

    /** Counts one case in the row; a null outcome is {@link #UNANSWERED}. */
    public Tally add(String row, String outcome) {
        int column = outcomes.indexOf(outcome == null ? UNANSWERED : outcome);
        if (column < 0) {
            throw new IllegalArgumentException("not an outcome of this tally: " + outcome);
        }
        row(row);
        rows.get(row)[column]++;
        return this;
    }

    /** How many cases of the row had the outcome (null = {@link #UNANSWERED}). */
    public long counted(String row, String outcome) {
        long[] counts = rows.get(row);
        int column = outcomes.indexOf(outcome == null ? UNANSWERED : outcome);
        return counts == null || column < 0 ? 0 : counts[column];
    }

    /** The cases counted in the row. */
    public long total(String row) {
        long[] counts = rows.get(row);
        return counts == null ? 0 : java.util.Arrays.stream(counts).sum();
    }

    /** The counts as a result table; with {@code totalRow} a last row sums every column. */
    public ResultTable table(String caption, String rowHeader, boolean totalRow) {
        List<ResultTable.Column> columns = new ArrayList<>();
        columns.add(new ResultTable.Column(rowHeader, false));
        outcomes.forEach(o -> columns.add(new ResultTable.Column(o + " (antal)", true)));
        columns.add(new ResultTable.Column(TOTAL + " (antal)", true));
        outcomes.forEach(o -> columns.add(new ResultTable.Column(o + " (%)", true)));
        List<List<ResultTable.Cell>> table = new ArrayList<>();
        rows.forEach((row, counts) -> table.add(line(row, counts)));
        if (totalRow) {
            long[] sums = new long[outcomes.size()];
            rows.values().forEach(counts -> {
                for (int i = 0; i < counts.length; i++) {
                    sums[i] += counts[i];
                }
            });
            table.add(line(TOTAL, sums));
        }
        return new ResultTable(caption, columns, table);
    }

    private static List<ResultTable.Cell> line(String row, long[] counts) {
        long total = java.util.Arrays.stream(counts).sum();
        List<ResultTable.Cell> cells = new ArrayList<>();
        cells.add(ResultTable.Cell.text(row));
        for (long n : counts) {
            cells.add(ResultTable.Cell.number(n));
        }
        cells.add(ResultTable.Cell.number(total));
        for (long n : counts) {
            cells.add(total == 0 ? new ResultTable.Cell(null, null) : new ResultTable.Cell(null, percent(n, total)));
        }
        return cells;
    }

    /** {@code n} of {@code total} in per cent, to one decimal (half up), without a trailing zero. */
    static BigDecimal percent(long n, long total) {
        return BigDecimal.valueOf(n * 100).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }
}
