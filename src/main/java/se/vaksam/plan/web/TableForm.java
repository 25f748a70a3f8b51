package se.vaksam.plan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.vaksam.plan.ResultTable;

/**
 * Result tables as edited in a plain HTML form: {@code tables} (count), {@code t0.caption}, {@code t0.cols},
 * {@code t0.rows}, headers {@code t0.h1}, numeric flags {@code t0.n1}, cells {@code t0.r2c1}. Buttons named
 * {@code op} add or remove rows, columns and tables without saving ({@code addRow:0}, {@code delCol:0:1} …).
 */
record TableForm(List<Table> tables) {

    record Table(String caption, List<String> headers, List<Boolean> numeric, List<List<String>> rows) {
    }

    static TableForm of(List<ResultTable> tables) {
        List<Table> list = new ArrayList<>();
        for (ResultTable t : tables) {
            list.add(new Table(t.caption(), new ArrayList<>(t.columns().stream().map(ResultTable.Column::header).toList()),
                    new ArrayList<>(t.columns().stream().map(ResultTable.Column::numeric).toList()),
                    new ArrayList<>(t.rows().stream().map(r -> (List<String>) new ArrayList<>(r.stream()
                            .map(ResultTable.Cell::display).toList())).toList())));
        }
        return new TableForm(list);
    }

    static TableForm parse(Map<String, String> p) {
        int count = count(p.get("tables"));
        List<Table> list = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            String prefix = "t" + t + ".";
            int cols = count(p.get(prefix + "cols"));
            int rows = count(p.get(prefix + "rows"));
            List<String> headers = new ArrayList<>();
            List<Boolean> numeric = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                headers.add(p.getOrDefault(prefix + "h" + c, ""));
                numeric.add(p.containsKey(prefix + "n" + c));
            }
            List<List<String>> cells = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < cols; c++) {
                    row.add(p.getOrDefault(prefix + "r" + r + "c" + c, ""));
                }
                cells.add(row);
            }
            list.add(new Table(p.getOrDefault(prefix + "caption", ""), headers, numeric, cells));
        }
        return new TableForm(list);
    }

    private static int count(String s) {
        try {
            return s == null ? 0 : Math.max(0, Math.min(50, Integer.parseInt(s)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Applies an editing operation; returns false for anything that is not one (e.g. saving). */
    boolean apply(String op) {
        if (op == null) {
            return false;
        }
        String[] parts = op.split(":");
        switch (parts[0]) {
            case "addTable" -> tables.add(new Table("", new ArrayList<>(List.of("", "")),
                    new ArrayList<>(List.of(false, false)), new ArrayList<>(List.of(new ArrayList<>(List.of("", ""))))));
            case "delTable" -> tables.remove(index(parts, 1));
            case "addRow" -> {
                Table t = tables.get(index(parts, 1));
                t.rows().add(new ArrayList<>(java.util.Collections.nCopies(t.headers().size(), "")));
            }
            case "delRow" -> tables.get(index(parts, 1)).rows().remove(index(parts, 2));
            case "addCol" -> {
                Table t = tables.get(index(parts, 1));
                t.headers().add("");
                t.numeric().add(false);
                t.rows().forEach(r -> r.add(""));
            }
            case "delCol" -> {
                Table t = tables.get(index(parts, 1));
                int c = index(parts, 2);
                if (t.headers().size() > 1) {
                    t.headers().remove(c);
                    t.numeric().remove(c);
                    t.rows().forEach(r -> r.remove(c));
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static int index(String[] parts, int i) {
        return Integer.parseInt(parts[i]);
    }

    List<ResultTable> toTables() {
        List<ResultTable> result = new ArrayList<>();
        for (Table t : tables) {
            List<ResultTable.Column> columns = new ArrayList<>();
            for (int c = 0; c < t.headers().size(); c++) {
                columns.add(new ResultTable.Column(t.headers().get(c).strip(), t.numeric().get(c)));
            }
            List<List<ResultTable.Cell>> rows = new ArrayList<>();
            for (List<String> row : t.rows()) {
                List<ResultTable.Cell> cells = new ArrayList<>();
                for (int c = 0; c < row.size(); c++) {
                    cells.add(ResultTable.Cell.parse(row.get(c), t.numeric().get(c)));
                }
                rows.add(cells);
            }
            result.add(new ResultTable(t.caption().strip(), columns, rows));
        }
        return result;
    }
}
