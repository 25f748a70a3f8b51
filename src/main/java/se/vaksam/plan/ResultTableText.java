package se.vaksam.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import se.vaksam.shared.DomainException;

/**
 * Result tables as one cell of an imported file can carry them: per table a caption line, a header line and row
 * lines, cells separated by {@code |}, tables separated by an empty line. A column whose every filled cell is a
 * number ("1 234,5") is numeric.
 *
 * <pre>
 * Loggkontroller
 * År | Antal
 * 2021 | 12
 * </pre>
 */
final class ResultTableText {

    private ResultTableText() {
    }

    /** The tables of the text; an empty list for none. Refused with a message key when a table is malformed. */
    static List<ResultTable> parse(String text) {
        List<ResultTable> tables = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return tables;
        }
        for (String block : text.strip().split("\\R\\s*\\R")) {
            List<String> lines = block.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (lines.size() < 2) {
                throw new DomainException("plan.import.error.table");
            }
            List<String> headers = cells(lines.get(1));
            List<List<String>> rows = lines.subList(2, lines.size()).stream().map(ResultTableText::cells).toList();
            if (rows.stream().anyMatch(r -> r.size() != headers.size())) {
                throw new DomainException("plan.table.error.rowWidth", lines.get(0));
            }
            List<ResultTable.Column> columns = new ArrayList<>();
            for (int c = 0; c < headers.size(); c++) {
                int column = c;
                boolean numeric = rows.stream().anyMatch(r -> !r.get(column).isEmpty())
                        && rows.stream().map(r -> r.get(column)).allMatch(v -> v.isEmpty() || number(v));
                columns.add(new ResultTable.Column(headers.get(c), numeric));
            }
            ResultTable table = new ResultTable(lines.get(0), columns, rows.stream().map(r -> {
                List<ResultTable.Cell> cells = new ArrayList<>();
                for (int c = 0; c < r.size(); c++) {
                    cells.add(ResultTable.Cell.parse(r.get(c), columns.get(c).numeric()));
                }
                return (List<ResultTable.Cell>) cells;
            }).toList());
            table.check();
            tables.add(table);
        }
        return tables;
    }

    private static List<String> cells(String line) {
        return Arrays.stream(line.split("\\|", -1)).map(String::strip).toList();
    }

    private static boolean number(String value) {
        return value.replace(" ", "").replace("\u00a0", "").replace(',', '.').matches("-?\\d+(\\.\\d+)?");
    }
}
