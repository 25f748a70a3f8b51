package se.vaksam.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Files for the history imports ({@code POST /api/v1/imports/{kind}}) as a person saves them from Excel: rows of
 * cells by header, written as CSV UTF-8 with a byte-order mark and semicolons, the headers in the order the rows
 * first name them.
 */
public final class ImportFiles {

    private ImportFiles() {
    }

    /** A row of cells, header and value in turn. */
    public static Map<String, String> row(String... headerAndValue) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < headerAndValue.length; i += 2) {
            row.put(headerAndValue[i], headerAndValue[i + 1]);
        }
        return row;
    }

    /** The row with some cells replaced or added. */
    public static Map<String, String> with(Map<String, String> row, String... headerAndValue) {
        Map<String, String> copy = new LinkedHashMap<>(row);
        copy.putAll(row(headerAndValue));
        return copy;
    }

    public static byte[] csv(List<Map<String, String>> rows) {
        Set<String> headers = new LinkedHashSet<>();
        rows.forEach(r -> headers.addAll(r.keySet()));
        StringBuilder out = new StringBuilder("\uFEFF").append(String.join(";", headers)).append("\r\n");
        for (Map<String, String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String header : headers) {
                String value = row.getOrDefault(header, "");
                cells.add(value.contains(";") || value.contains("\"") || value.contains("\n")
                        ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
            }
            out.append(String.join(";", cells)).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
