package se.vaksam.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import se.vaksam.shared.HistoryImport.RowProblem;

/**
 * One row of an imported file ({@link HistoryImport}) as a module reads it: its cells by header, and every problem
 * found in it, pointing at the cell (row number as in the file, header, value) with a Swedish message key of the
 * {@code imports} bundle or the module's own.
 */
public final class ImportedRow {

    private final int number;
    private final Map<String, String> cells;
    private final List<RowProblem> problems;

    private ImportedRow(int number, Map<String, String> cells, List<RowProblem> problems) {
        this.number = number;
        this.cells = cells;
        this.problems = problems;
    }

    /** The rows of a file: the header is row 1, so the first data row is row 2. Problems go to {@code problems}. */
    public static List<ImportedRow> of(List<Map<String, String>> rows, List<RowProblem> problems) {
        return IntStream.range(0, rows.size()).mapToObj(i -> new ImportedRow(i + 2, rows.get(i), problems)).toList();
    }

    /** The fixed values of a column as the file carries them (the template's drop-down list), in order. */
    @SafeVarargs
    public static <E> Map<String, E> labels(Map.Entry<String, E>... labelAndValue) {
        Map<String, E> labels = new LinkedHashMap<>();
        for (Map.Entry<String, E> entry : labelAndValue) {
            labels.put(entry.getKey(), entry.getValue());
        }
        return java.util.Collections.unmodifiableMap(labels);
    }

    /** The label of a value, or null. */
    public static <E> String label(Map<String, E> labels, E value) {
        return labels.entrySet().stream().filter(e -> e.getValue().equals(value)).map(Map.Entry::getKey).findFirst()
                .orElse(null);
    }

    public int number() {
        return number;
    }

    /** The cell's text, or null when empty or absent. */
    public String text(String header) {
        String value = cells.get(header);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The cell's text, or null; longer than {@code max} characters is a problem. */
    public String text(String header, int max) {
        String value = text(header);
        if (value != null && value.length() > max) {
            problem(header, "imports.error.tooLong", max);
        }
        return value;
    }

    /** The cell's text; empty is a problem. */
    public String required(String header, int max) {
        String value = text(header, max);
        if (value == null) {
            problem(header, "imports.error.required");
        }
        return value;
    }

    /** A date written ÅÅÅÅ-MM-DD, not after {@code today}; null when empty. */
    public LocalDate date(String header, LocalDate today) {
        String value = text(header);
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.isAfter(today)) {
                problem(header, "imports.error.future");
            }
            return date;
        } catch (DateTimeParseException e) {
            problem(header, "imports.error.date");
            return null;
        }
    }

    /** A date written ÅÅÅÅ-MM-DD, null when empty; another form is a problem. */
    public LocalDate date(String header) {
        return date(header, LocalDate.MAX);
    }

    /** A year between {@link Bounds#FIRST_YEAR} and {@link Bounds#LAST_YEAR}, which must be there. */
    public Integer requiredYear(String header) {
        if (text(header) == null) {
            problem(header, "imports.error.required");
            return null;
        }
        Integer year = wholeNumber(header);
        if (year != null && (year < Bounds.FIRST_YEAR || year > Bounds.LAST_YEAR)) {
            problem(header, "imports.error.year", Bounds.FIRST_YEAR, Bounds.LAST_YEAR);
            return null;
        }
        return year;
    }

    /** A whole number, which must be there. */
    public Integer requiredNumber(String header) {
        if (text(header) == null) {
            problem(header, "imports.error.required");
            return null;
        }
        return wholeNumber(header);
    }

    /** A whole number (a spreadsheet may store 3 as 3.0); null when empty or not a number (a problem). */
    private Integer wholeNumber(String header) {
        String value = text(header);
        if (value == null) {
            return null;
        }
        try {
            return Integer.parseInt(value.endsWith(".0") ? value.substring(0, value.length() - 2) : value);
        } catch (NumberFormatException e) {
            problem(header, "imports.error.wholeNumber");
            return null;
        }
    }

    /** A whole number between {@code min} and {@code max}; null when empty. */
    public Integer number(String header, int min, int max) {
        String value = text(header);
        if (value == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.endsWith(".0") ? value.substring(0, value.length() - 2) : value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(header, "imports.error.number", min, max);
        return null;
    }

    /** The value of a column with fixed values (case ignored); an unknown one is a problem listing the allowed. */
    public <E> E choice(String header, Map<String, E> labels) {
        String value = text(header);
        if (value == null) {
            return null;
        }
        for (Map.Entry<String, E> entry : labels.entrySet()) {
            if (entry.getKey().toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT))) {
                return entry.getValue();
            }
        }
        problem(header, "imports.error.choice", String.join(", ", labels.keySet()));
        return null;
    }

    /** A column with fixed values that every row must fill. */
    public <E> E requiredChoice(String header, Map<String, E> labels) {
        if (text(header) == null) {
            problem(header, "imports.error.required");
            return null;
        }
        return choice(header, labels);
    }

    /** A problem with the cell under {@code header} (its value as in the file). */
    public void problem(String header, String key, Object... arguments) {
        String value = cells.get(header);
        problems.add(new RowProblem(number, header, value == null ? "" : value.strip(), key, List.of(arguments)));
    }
}
