package se.vaksam;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A backup of Vaksam's whole database as one file, and its restore, without {@code pg_dump} (the
 * embedded PostgreSQL 17 has none, and Debian's client cannot dump a newer server). The file is a zip:
 * a manifest with the schema's Flyway version, the rows per table and the sequences' values, and each
 * table of schema {@code public} in PostgreSQL's binary COPY format, read in one repeatable-read
 * transaction so that the tables agree with each other. Stored files (report snapshots with their
 * SHA-256) are rows like any other and come back byte for byte.
 *
 * <p>A restore goes into a database without a Vaksam schema: Flyway creates the schema of the
 * backup's version, the migrations' seed rows are replaced by the backup's rows (with the tables'
 * own triggers off, so counters and append-only guards do not act on restored rows), and the
 * sequences continue where they were. Table and sequence names come from the database's catalog,
 * never from the file.
 */
final class DatabaseBackup {

    private static final String MANIFEST = "vaksam-backup.properties";
    private static final String HISTORY = "flyway_schema_history";

    /** What a backup holds or a restore brought back: rows per table. */
    record Summary(String schemaVersion, Map<String, Long> rows) {

        long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private DatabaseBackup() {
    }

    static Summary backup(Connection db, Path file) throws SQLException, IOException {
        db.setAutoCommit(false);
        db.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        db.setReadOnly(true);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
            String version = schemaVersion(db);
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String table : tables(db)) {
                zip.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
                rows.put(table, copy.copyOut("copy public." + quoted(table) + " to stdout (format binary)",
                        new KeepOpen(zip)));
                zip.closeEntry();
            }
            Properties manifest = new Properties();
            manifest.setProperty("schema-version", version);
            rows.forEach((table, count) -> manifest.setProperty("rows." + table, Long.toString(count)));
            sequences(db).forEach((sequence, value) -> manifest.setProperty("sequence." + sequence, value));
            zip.putNextEntry(new ZipEntry(MANIFEST));
            manifest.store(zip, "Vaksam backup");
            zip.closeEntry();
            db.commit();
            return new Summary(version, rows);
        } catch (SQLException | IOException | RuntimeException e) {
            db.rollback();
            throw e;
        }
    }

    /** Restores into a database without a Vaksam schema (see the class comment); refuses any other. */
    static Summary restore(Connection db, javax.sql.DataSource dataSource, Path file) throws SQLException, IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry manifestEntry = zip.getEntry(MANIFEST);
            if (manifestEntry == null) {
                throw new IllegalArgumentException(file + " is not a Vaksam backup (no " + MANIFEST + ")");
            }
            Properties manifest = new Properties();
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                manifest.load(in);
            }
            String version = manifest.getProperty("schema-version");
            if (tables(db).contains(HISTORY)) {
                throw new IllegalStateException("The database already has a Vaksam schema: restore into an empty one");
            }
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(version).load().migrate();

            db.setAutoCommit(false);
            try {
                List<String> tables = tables(db);
                try (Statement sql = db.createStatement()) {
                    for (String table : tables) {
                        sql.execute("alter table public." + quoted(table) + " disable trigger user");
                    }
                    List<String> data = tables.stream().filter(t -> !t.equals(HISTORY)).map(t -> "public." + quoted(t)).toList();
                    if (!data.isEmpty()) {
                        sql.execute("truncate table " + String.join(", ", data));
                    }
                }
                CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
                Map<String, Long> rows = new LinkedHashMap<>();
                for (String table : inDependencyOrder(db, tables)) {
                    ZipEntry entry = zip.getEntry("tables/" + table + ".copy");
                    if (table.equals(HISTORY) || entry == null) {
                        continue;
                    }
                    try (InputStream in = zip.getInputStream(entry)) {
                        rows.put(table, copy.copyIn("copy public." + quoted(table) + " from stdin (format binary)", in));
                    }
                }
                try (Statement sql = db.createStatement()) {
                    for (String table : tables) {
                        sql.execute("alter table public." + quoted(table) + " enable trigger user");
                    }
                }
                restoreSequences(db, manifest);
                db.commit();
                return new Summary(version, rows);
            } catch (SQLException | IOException | RuntimeException e) {
                db.rollback();
                throw e;
            }
        }
    }

    private static String schemaVersion(Connection db) throws SQLException {
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery("""
                select version from flyway_schema_history where success and version is not null
                order by installed_rank desc limit 1""")) {
            if (!rs.next()) {
                throw new IllegalStateException("The database has no Vaksam schema to back up");
            }
            return rs.getString(1);
        }
    }

    private static List<String> tables(Connection db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery("""
                select tablename from pg_tables where schemaname = 'public' order by tablename""")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    /** Tables referenced by foreign keys before the tables that reference them (a table may refer to itself). */
    private static List<String> inDependencyOrder(Connection db, List<String> tables) throws SQLException {
        Map<String, Set<String>> needs = new LinkedHashMap<>();
        tables.forEach(t -> needs.put(t, new LinkedHashSet<>()));
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery("""
                select c.conrelid::regclass::text, c.confrelid::regclass::text from pg_constraint c
                join pg_namespace n on n.oid = c.connamespace
                where c.contype = 'f' and n.nspname = 'public'""")) {
            while (rs.next()) {
                String from = unquoted(rs.getString(1));
                String to = unquoted(rs.getString(2));
                if (needs.containsKey(from) && !from.equals(to)) {
                    needs.get(from).add(to);
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        while (!needs.isEmpty()) {
            List<String> ready = needs.entrySet().stream()
                    .filter(e -> e.getValue().stream().noneMatch(needs::containsKey))
                    .map(Map.Entry::getKey).toList();
            // a cycle of foreign keys: take any one table (its constraint fails loudly if the order matters)
            List<String> next = ready.isEmpty() ? List.of(needs.keySet().iterator().next()) : ready;
            ordered.addAll(next);
            next.forEach(needs::remove);
        }
        return ordered;
    }

    private static Map<String, String> sequences(Connection db) throws SQLException {
        Map<String, String> sequences = new LinkedHashMap<>();
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery("""
                select sequencename, last_value from pg_sequences where schemaname = 'public'""")) {
            while (rs.next()) {
                sequences.put(rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2));
            }
        }
        return sequences;
    }

    private static void restoreSequences(Connection db, Properties manifest) throws SQLException {
        try (PreparedStatement setval = db.prepareStatement("select setval(?::regclass, ?, true)")) {
            for (String sequence : sequences(db).keySet()) {
                String value = manifest.getProperty("sequence." + sequence, "");
                if (!value.isEmpty()) {
                    setval.setString(1, "public." + quoted(sequence));
                    setval.setLong(2, Long.parseLong(value));
                    setval.execute();
                }
            }
        }
    }

    /** A name from the catalog as a quoted identifier. */
    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static String unquoted(String regclass) {
        String name = regclass.startsWith("public.") ? regclass.substring("public.".length()) : regclass;
        return name.startsWith("\"") ? name.substring(1, name.length() - 1).replace("\"\"", "\"") : name;
    }

    /** Lets COPY write into the zip entry without closing the zip. */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
