package se.vaksam.deviation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The batch writes of an import of historical deviations: array inserts and updates ({@code unnest}) of 10 000
 * rows a statement, so that the statistics triggers (V71) run once per statement and 100 000 rows go in within
 * seconds, all in the caller's transaction.
 */
@Repository
class ImportStore {

    static final int CHUNK = 10_000;

    /** The columns an import writes, with their SQL types (each travels as a text array). */
    static final Map<String, String> COLUMNS = columns();

    private final JdbcClient jdbc;

    ImportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Map<String, String> columns() {
        Map<String, String> c = new LinkedHashMap<>();
        for (String text : List.of("kind", "status", "title", "description", "reporter_kind", "concerned_person",
                "assigned_username", "investigation", "assessment", "decision", "decision_body", "ivo_reply",
                "measures", "outcome")) {
            c.put(text, "text");
        }
        for (String id : List.of("unit_id", "area_unit_id", "area_category_id")) {
            c.put(id, "bigint");
        }
        for (String date : List.of("occurred_on", "received_on", "assigned_on", "immediate_action_on",
                "investigation_started_on", "investigated_on", "decided_on", "ivo_notified_on", "ivo_replied_on",
                "closed_on")) {
            c.put(date, "date");
        }
        for (String flag : List.of("confidential", "serious", "decided_before_investigation")) {
            c.put(flag, "boolean");
        }
        return c;
    }

    /** A stored imported deviation: its id, case number and written columns as text (null where empty). */
    record Stored(long id, String caseNumber, Map<String, String> values) {
    }

    /** The deviations already imported under these source keys ({@code system \0 id}), by key. */
    Map<String, Stored> existing(Collection<ImportedRows.Row> rows) {
        Map<String, Stored> found = new HashMap<>();
        String[] systems = rows.stream().map(ImportedRows.Row::sourceSystem).toArray(String[]::new);
        String[] ids = rows.stream().map(ImportedRows.Row::sourceId).toArray(String[]::new);
        String select = String.join(", ", COLUMNS.keySet().stream().map(c -> "d." + c + "::text as " + c).toList());
        jdbc.sql("select d.id, d.case_number, d.source_system, d.source_id, " + select + " from deviation d"
                        + " join unnest(cast(:systems as text[]), cast(:ids as text[])) k(s, i)"
                        + " on d.source_system = k.s and d.source_id = k.i")
                .param("systems", systems).param("ids", ids)
                .query(rs -> {
                    Map<String, String> values = new HashMap<>();
                    for (String column : COLUMNS.keySet()) {
                        values.put(column, rs.getString(column));
                    }
                    found.put(rs.getString("source_system") + "\u0000" + rs.getString("source_id"),
                            new Stored(rs.getLong("id"), rs.getString("case_number"), values));
                });
        return found;
    }

    /** Which of these case numbers are taken, and by which source key (empty text for a record not imported). */
    Map<String, String> caseNumbersTaken(Collection<String> caseNumbers) {
        Map<String, String> taken = new HashMap<>();
        jdbc.sql("select case_number, source_system, source_id from deviation where case_number = any(:numbers)")
                .param("numbers", caseNumbers.toArray(String[]::new))
                .query(rs -> {
                    taken.put(rs.getString("case_number"), rs.getString("source_id") == null ? ""
                            : rs.getString("source_system") + "\u0000" + rs.getString("source_id"));
                });
        return taken;
    }

    /**
     * Reserves {@code count} case numbers of the year after at least {@code atLeast} (the source's own AVV numbers
     * of that year), in the counter row of the transaction; returns the first.
     */
    int reserveCaseNumbers(int year, int count, int atLeast) {
        int last = jdbc.sql("""
                insert into deviation_case_counter (year, last_number) values (:year, :last)
                on conflict (year) do update
                set last_number = greatest(deviation_case_counter.last_number, :atLeast) + :count
                returning last_number""")
                .param("year", year).param("last", atLeast + count).param("atLeast", atLeast).param("count", count)
                .query(Integer.class).single();
        return last - count + 1;
    }

    /** Inserts the rows (values by column, plus case number and source key); returns the ids by source key. */
    Map<String, Long> insert(List<ImportedRows.Row> rows, Map<String, String> caseNumbers) {
        Map<String, Long> ids = new HashMap<>();
        List<String> columns = new ArrayList<>(COLUMNS.keySet());
        String targets = String.join(", ", columns) + ", case_number, source_system, source_id";
        String selects = String.join(", ", columns.stream().map(c -> "cast(u." + c + " as " + COLUMNS.get(c) + ")").toList())
                + ", u.case_number, u.source_system, u.source_id";
        String sql = "insert into deviation (" + targets + ") select " + selects + " from unnest("
                + String.join(", ", columns.stream().map(c -> "cast(:" + c + " as text[])").toList())
                + ", cast(:case_number as text[]), cast(:source_system as text[]), cast(:source_id as text[]))"
                + " as u(" + targets + ") returning id, source_system, source_id";
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<ImportedRows.Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            JdbcClient.StatementSpec statement = jdbc.sql(sql);
            for (String column : columns) {
                statement = statement.param(column, chunk.stream().map(r -> text(r.values().get(column)))
                        .toArray(String[]::new));
            }
            statement.param("case_number", chunk.stream().map(r -> caseNumbers.get(r.key())).toArray(String[]::new))
                    .param("source_system", chunk.stream().map(ImportedRows.Row::sourceSystem).toArray(String[]::new))
                    .param("source_id", chunk.stream().map(ImportedRows.Row::sourceId).toArray(String[]::new))
                    .query(rs -> {
                        ids.put(rs.getString("source_system") + "\u0000" + rs.getString("source_id"), rs.getLong("id"));
                    });
        }
        return ids;
    }

    /** Rewrites the rows' columns (and case numbers) on the given ids; the version goes up by one. */
    void update(List<ImportedRows.Row> rows, Map<String, Long> ids, Map<String, String> caseNumbers) {
        List<String> columns = new ArrayList<>(COLUMNS.keySet());
        String sets = String.join(", ", columns.stream().map(c -> c + " = cast(u." + c + " as " + COLUMNS.get(c) + ")")
                .toList());
        String sql = "update deviation d set " + sets + ", case_number = u.case_number, version = d.version + 1"
                + " from unnest(cast(:id as bigint[]), "
                + String.join(", ", columns.stream().map(c -> "cast(:" + c + " as text[])").toList())
                + ", cast(:case_number as text[])) as u(id, " + String.join(", ", columns) + ", case_number)"
                + " where d.id = u.id";
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<ImportedRows.Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            JdbcClient.StatementSpec statement = jdbc.sql(sql)
                    .param("id", chunk.stream().map(r -> ids.get(r.key())).toArray(Long[]::new));
            for (String column : columns) {
                statement = statement.param(column, chunk.stream().map(r -> text(r.values().get(column)))
                        .toArray(String[]::new));
            }
            statement.param("case_number", chunk.stream().map(r -> caseNumbers.get(r.key())).toArray(String[]::new))
                    .update();
        }
    }

    /** A value as PostgreSQL's text of it (dates yyyy-MM-dd, enums by name, booleans true/false). */
    static String text(Object value) {
        return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
    }
}
