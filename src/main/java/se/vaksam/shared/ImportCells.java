package se.vaksam.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import se.vaksam.shared.HistoryImport.RowProblem;

/**
 * One row of an imported file ({@link HistoryImport}) as a module reads it: its cells by header, and every problem
 * found in it, pointing at the cell (row number as in the file, header, value) with a Swedish message key. The
 * common problems (missing, not a date, not a number, not one of the fixed values …) have the keys
 * {@code import.error.*} of the main bundle; a module adds its own with {@link #problem}.
 */
public final class ImportCells {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final int number;
    private final Map<String, String> cells;
    private final List<RowProblem> problems;

    private ImportCells(int number, Map<String, String> cells, List<RowProblem> problems) {
        this.number = number;
        this.cells = cells;
        this.problems = problems;
    }

    /** The rows of a file, each adding its problems to {@code problems}: the header is row 1, the first data row 2. */
    public static List<ImportCells> of(List<Map<String, String>> rows, List<RowProblem> problems) {
        return IntStream.range(0, rows.size()).mapToObj(i -> new ImportCells(i + 2, rows.get(i), problems)).toList();
    }

    /** The row's number in the file. */
    public int number() {
        return number;
    }

    /** The cell's text, stripped, or null when empty or absent. */
    public String text(String header) {
        String value = cells.get(header);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The cell's text of at most {@code max} characters, or null when empty; longer is a problem. */
    public String text(String header, int max) {
        String value = text(header);
        if (value != null && value.length() > max) {
            problem(header, "import.error.tooLong", max);
        }
        return value;
    }

    /** The cell's text, which must be there (at most {@code max} characters). */
    public String required(String header, int max) {
        String value = text(header, max);
        if (value == null) {
            problem(header, "import.error.required");
        }
        return value;
    }

    /** A date written ÅÅÅÅ-MM-DD, null when empty; another form is a problem. */
    public LocalDate date(String header) {
        String value = text(header);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problem(header, "import.error.date");
            return null;
        }
    }

    /** A year between {@link Bounds#FIRST_YEAR} and {@link Bounds#LAST_YEAR}, which must be there. */
    public Integer requiredYear(String header) {
        Integer year = requiredNumber(header);
        if (year != null && (year < Bounds.FIRST_YEAR || year > Bounds.LAST_YEAR)) {
            problem(header, "import.error.year", Bounds.FIRST_YEAR, Bounds.LAST_YEAR);
            return null;
        }
        return year;
    }

    /** A whole number, which must be there. */
    public Integer requiredNumber(String header) {
        String value = text(header);
        if (value == null) {
            problem(header, "import.error.required");
            return null;
        }
        try {
            // a spreadsheet may store a whole number as 3.0
            return value.endsWith(".0") ? Integer.parseInt(value.substring(0, value.length() - 2))
                    : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            problem(header, "import.error.number");
            return null;
        }
    }

    /**
     * The value of a column with fixed values, by its label as the template lists it (case ignored), null when
     * empty; an unknown label is a problem listing the allowed ones.
     */
    public <T> T choice(String header, Map<String, T> byLabel) {
        String value = text(header);
        if (value == null) {
            return null;
        }
        for (Map.Entry<String, T> entry : byLabel.entrySet()) {
            if (entry.getKey().toLowerCase(SWEDISH).equals(value.toLowerCase(SWEDISH))) {
                return entry.getValue();
            }
        }
        problem(header, "import.error.choice", String.join(", ", byLabel.keySet()));
        return null;
    }

    /** A column with fixed values that every row must fill. */
    public <T> T requiredChoice(String header, Map<String, T> byLabel) {
        if (text(header) == null) {
            problem(header, "import.error.required");
            return null;
        }
        return choice(header, byLabel);
    }

    /** A problem with the cell under {@code header} (its value as in the file). */
    public void problem(String header, String key, Object... arguments) {
        String value = cells.get(header);
        problems.add(new RowProblem(number, header, value == null ? "" : value.strip(), key, List.of(arguments)));
    }
}
