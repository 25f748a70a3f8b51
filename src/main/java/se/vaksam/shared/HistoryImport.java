package se.vaksam.shared;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One kind of historical record a municipality brings in when it starts with Vaksam (past years' deviations,
 * internal-control plans, risks …). The module that owns the records implements it; the import module reads
 * the file (XLSX or CSV), offers the template, shows the preview and runs {@link #apply} in one transaction,
 * so an import is all or nothing.
 *
 * <p>Rows arrive as the file's cells by column header, trimmed, empty cells absent. Implementations check the
 * same rules and date order as the workflow (a decision cannot precede the report) and are idempotent by the
 * source system's id: importing the same file twice changes nothing, a changed row updates its record and
 * leaves history saying so.
 */
public interface HistoryImport {

    /** Stable key of the kind, used in paths and file names, e.g. {@code deviations}. */
    String kind();

    /** Message-bundle key of the kind's name as people see it. */
    String titleKey();

    /** Position among the kinds on the import page (lower first). */
    int order();

    /** The template's columns, in order. */
    List<Column> columns();

    /**
     * Every problem of the rows, all at once, without writing anything. An empty list means {@link #apply}
     * will succeed.
     */
    List<RowProblem> check(List<Map<String, String>> rows, Context context);

    /** Writes the rows in the caller's transaction; only called after {@link #check} found nothing. */
    Outcome apply(List<Map<String, String>> rows, Context context);

    /**
     * One column of the template.
     *
     * @param header the header cell, in Swedish, as the file must carry it
     * @param required whether every row must have a value
     * @param allowedValues the fixed values a cell may hold (a drop-down list in the XLSX template); empty when free
     * @param example the example row's value
     * @param descriptionKey message-bundle key explaining the column (format, meaning)
     */
    record Column(String header, boolean required, List<String> allowedValues, String example,
            String descriptionKey) {
        public Column {
            allowedValues = List.copyOf(allowedValues);
        }
    }

    /**
     * One problem, pointing at the cell as the person sees it in the file.
     *
     * @param row the row number in the file (the header is row 1, the first data row 2); 0 for the whole file
     * @param column the column's header, empty for the whole row or file
     * @param value the cell's value, empty when missing
     * @param messageKey the message-bundle key of the explanation
     * @param arguments the explanation's arguments
     */
    record RowProblem(int row, String column, String value, String messageKey, List<Object> arguments) {
        public RowProblem {
            arguments = List.copyOf(arguments);
        }
    }

    /**
     * The file being imported and who imports it, for the history of every record it touches.
     *
     * @param fileName the uploaded file's name
     * @param sha256 the file's SHA-256 in hex
     * @param username who imports
     * @param importedAt when (the application's clock)
     */
    record Context(String fileName, String sha256, String username, Instant importedAt) {
    }

    /** What an import did: records created, updated with changes, and left as they were. */
    record Outcome(int created, int updated, int unchanged) {
    }
}
