package se.vaksam.org;

import java.util.List;
import java.util.Map;

/**
 * One kind's rows as read from a CSV file or a sheet, before any checks.
 *
 * @param kind what the rows hold
 * @param source the sheet name for a workbook, null for a CSV file
 * @param rows the non-blank data rows
 * @param missingColumns required columns the header lacks
 */
record TransferTable(TransferKind kind, String source, List<Row> rows, List<String> missingColumns) {

    /** A data row: its number as the user sees it (the header is row 1) and its values by column. */
    record Row(int number, Map<String, String> values) {

        /** The stripped value of the column, or an empty string. */
        String get(String column) {
            String value = values.get(column);
            return value == null ? "" : value.strip();
        }
    }
}
