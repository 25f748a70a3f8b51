package se.vaksam.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A file of historical records as a test writes it: rows of cells by header, written as the CSV Swedish Excel saves
 * (UTF-8 with BOM, {@code ;}, quoted cells). Rows are numbered as in the file: the header is row 1.
 */
public final class ImportSheet {

    private final List<String> headers;
    private final List<Map<String, String>> rows = new ArrayList<>();

    public ImportSheet(String... headers) {
        this.headers = List.of(headers);
    }

    /** Adds a row: header, value, header, value … (headers not named stay empty). */
    public ImportSheet row(String... headerAndValue) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < headerAndValue.length; i += 2) {
            if (!headers.contains(headerAndValue[i])) {
                throw new IllegalArgumentException("no column " + headerAndValue[i]);
            }
            row.put(headerAndValue[i], headerAndValue[i + 1]);
        }
        rows.add(row);
        return this;
    }

    /** Sets one cell of the row with the file's row number (the first data row is 2). */
    public ImportSheet set(int fileRow, String header, String value) {
        rows.get(fileRow - 2).put(header, value);
        return this;
    }

    public int size() {
        return rows.size();
    }

    public byte[] csv() {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, headers);
        for (Map<String, String> row : rows) {
            line(out, headers.stream().map(h -> row.getOrDefault(h, "")).toList());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A problem as the import API's refusal lists it (JSON), to find in its body. */
    public static String problem(int row, String column, String value, String message) {
        return "\"row\":" + row + ",\"column\":\"" + column + "\",\"value\":\"" + value + "\",\"message\":\""
                + message + "\"";
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append(String.join(";", cells.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList()))
                .append("\r\n");
    }
}
