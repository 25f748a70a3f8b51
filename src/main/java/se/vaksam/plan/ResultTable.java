package se.vaksam.plan;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

import se.vaksam.shared.DomainException;

/**
 * A review's result table as data: a caption, column headers (numeric columns hold numbers) and rows of
 * cells, e.g. the log control "År | Antal".
 */
public record ResultTable(String caption, List<Column> columns, List<List<Cell>> rows) {

    public ResultTable {
        columns = columns == null ? List.of() : List.copyOf(columns);
        rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
    }

    public record Column(String header, boolean numeric) {
    }

    /** A cell: text for text columns, a number for numeric ones (empty when both are null). */
    @Schema(name = "ResultTableCell")
    public record Cell(String text, BigDecimal number) {

        public static Cell text(String text) {
            return new Cell(text, null);
        }

        public static Cell number(long number) {
            return new Cell(null, BigDecimal.valueOf(number));
        }

        /** Parses what a person typed into a cell of the given column ("1 234,5" is a number). */
        public static Cell parse(String typed, boolean numeric) {
            String value = typed == null ? "" : typed.strip();
            if (value.isEmpty()) {
                return new Cell(null, null);
            }
            if (!numeric) {
                return text(value);
            }
            try {
                return new Cell(null, new BigDecimal(value.replace(" ", "").replace("\u00a0", "").replace(',', '.')));
            } catch (NumberFormatException e) {
                throw new DomainException("plan.table.error.number", value);
            }
        }

        /** How the cell is shown: numbers in Swedish notation without trailing zeros. */
        public String display() {
            if (number != null) {
                return number.stripTrailingZeros().toPlainString().replace('.', ',');
            }
            return text == null ? "" : text;
        }
    }

    void check() {
        if (caption == null || caption.isBlank()) {
            throw new DomainException("plan.table.error.caption");
        }
        if (columns.isEmpty() || columns.stream().anyMatch(c -> c.header() == null || c.header().isBlank())) {
            throw new DomainException("plan.table.error.columns", caption);
        }
        if (rows.stream().anyMatch(r -> r.size() != columns.size())) {
            throw new DomainException("plan.table.error.rowWidth", caption);
        }
    }
}
