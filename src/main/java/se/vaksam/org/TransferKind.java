package se.vaksam.org;

import java.util.List;

/**
 * The three kinds of organisation data that can be exported and imported, each as one CSV
 * file or one sheet of the workbook, with the columns of {@code demo/*.csv}.
 */
public enum TransferKind {
    UNITS("Enheter", "units", List.of("code", "name", "type", "parent_code")),
    PEOPLE("Personer", "people", List.of("username", "given_name", "family_name", "email", "title", "confidential")),
    PLACEMENTS("Placeringar", "placements", List.of("username", "unit_code", "role", "valid_from", "valid_to"));

    private final String sheetName;
    private final String fileName;
    private final List<String> columns;

    TransferKind(String sheetName, String fileName, List<String> columns) {
        this.sheetName = sheetName;
        this.fileName = fileName;
        this.columns = columns;
    }

    /** The sheet's name in the workbook. */
    public String sheetName() {
        return sheetName;
    }

    /** The CSV file's base name, e.g. {@code units} for {@code units.csv}. */
    public String fileName() {
        return fileName;
    }

    public List<String> columns() {
        return columns;
    }
}
