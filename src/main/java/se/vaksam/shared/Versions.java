package se.vaksam.shared;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Optimistic locking by a {@code version} column: an update guarded by {@code version = ?} that
 * changed no row lost to someone who saved first. {@link #checked} then reads the version the row
 * has now, so that the 409 tells the caller both the version it sent and the current one.
 */
public final class Versions {

    private Versions() {
    }

    /** After an update of the row whose {@code id} is {@code id}; see {@link #checked(int, JdbcClient, String, String, Object, int)}. */
    public static void checked(int rows, JdbcClient jdbc, String table, Object id, int seenVersion) {
        checked(rows, jdbc, table, "id", id, seenVersion);
    }

    /**
     * Throws a {@link StaleVersionException} with the row's current version when the guarded update
     * changed no row.
     *
     * @param table     a table name written in the code, never taken from a request
     * @param keyColumn the key column of that table, written in the code
     */
    public static void checked(int rows, JdbcClient jdbc, String table, String keyColumn, Object key,
            int seenVersion) {
        if (rows > 0) {
            return;
        }
        Integer current = jdbc.sql("select version from " + table + " where " + keyColumn + " = ?").param(key)
                .query(Integer.class).optional().orElse(null);
        throw new StaleVersionException(table + " " + key, seenVersion, current);
    }
}
