package se.vaksam.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import se.vaksam.shared.HistoryImport;
import se.vaksam.shared.HistoryImport.RowProblem;

/**
 * One row of an imported file as the plan module reads it: its cells by header, and every problem found in it,
 * pointing at the cell (row number as in the file, header, value) with a Swedish message key.
 */
final class ImportRow {

    private final int number;
    private final Map<String, String> cells;
    private final List<RowProblem> problems;

    ImportRow(int number, Map<String, String> cells, List<RowProblem> problems) {
        this.number = number;
        this.cells = cells;
        this.problems = problems;
    }

    /** The rows of a file: the header is row 1, so the first data row is row 2. */
    static List<ImportRow> of(List<Map<String, String>> rows, List<RowProblem> problems) {
        return java.util.stream.IntStream.range(0, rows.size())
                .mapToObj(i -> new ImportRow(i + 2, rows.get(i), problems)).toList();
    }

    int number() {
        return number;
    }

    /** The cell's text, or null when empty or absent. */
    String text(String header) {
        String value = cells.get(header);
        return value == null || value.isBlank() ? null : value.strip();
    }

    String required(String header) {
        String value = text(header);
        if (value == null) {
            problem(header, "plan.import.error.required");
        }
        return value;
    }

    LocalDate date(String header) {
        String value = text(header);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problem(header, "plan.import.error.date");
            return null;
        }
    }

    Integer year(String header) {
        String value = text(header);
        if (value == null) {
            return null;
        }
        try {
            int year = Integer.parseInt(value);
            if (year >= se.vaksam.shared.Bounds.FIRST_YEAR && year <= se.vaksam.shared.Bounds.LAST_YEAR) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(header, "plan.import.error.year");
        return null;
    }

    /** The value of a column with fixed values; an unknown value is a problem listing the allowed ones. */
    <E extends Enum<E>> E choice(String header, ImportLabels<E> labels) {
        String value = text(header);
        if (value == null) {
            return null;
        }
        E found = labels.valueOf(value);
        if (found == null) {
            problem(header, "plan.import.error.choice", String.join(", ", labels.labels()));
        }
        return found;
    }

    /** A column with fixed values that every row must fill. */
    <E extends Enum<E>> E requiredChoice(String header, ImportLabels<E> labels) {
        if (text(header) == null) {
            required(header);
            return null;
        }
        return choice(header, labels);
    }

    /** A column of a plan module's template; its description is {@code plan.import.column.<key>}. */
    static HistoryImport.Column column(String header, boolean required, List<String> values, String example,
            String key) {
        return new HistoryImport.Column(header, required, values, example, "plan.import.column." + key);
    }

    /** A problem with the cell under {@code header} (its value as in the file). */
    void problem(String header, String key, Object... arguments) {
        String value = cells.get(header);
        problems.add(new RowProblem(number, header, value == null ? "" : value.strip(), key, List.of(arguments)));
    }
}
