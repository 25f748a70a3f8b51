package se.vaksam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;

/**
 * A backup of the database restores into an empty database as the same records: every table with the
 * same rows, the sequences where they were, and the report versions' stored files with the SHA-256
 * they were stored with.
 */
@VaksamTest
class DatabaseBackupTests {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path temp;

    @Test
    void aBackupRestoredIntoAnEmptyDatabaseHasTheSameRecordsAndFiles() throws Exception {
        long plan = jdbc.sql("select min(id) from plan").query(Long.class).single();
        var sent = new ApiClient(port, tokens, "admin").send("POST", "/api/v1/reports/plans/" + plan
                + "/tertial-1/versions", "{\"diaryNumber\":\"ASN-2026-0900\"}");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);

        Path file = temp.resolve("vaksam.backup");
        DatabaseBackup.Summary backedUp;
        Map<String, String> original;
        Map<String, String> before;
        do { // the application's listeners may still be finishing the sending's events: until nothing moved
            before = fingerprints(jdbc);
            try (Connection db = dataSource.getConnection()) {
                backedUp = DatabaseBackup.backup(db, file);
            }
            original = fingerprints(jdbc);
        } while (!original.equals(before));
        assertThat(Files.size(file)).isPositive();
        assertThat(backedUp.rows()).containsKeys("report_snapshot", "org_unit", "history_entry");

        try (EmbeddedPostgres empty = DatabaseConfiguration.startEmbedded(temp.resolve("pg").toFile(), true, 0)) {
            DataSource target = empty.getPostgresDatabase();
            try (Connection db = target.getConnection()) {
                DatabaseBackup.restore(db, target, file);
            }
            JdbcClient restored = JdbcClient.create(target);
            assertThat(fingerprints(restored)).isEqualTo(original);
            List<Map<String, Object>> files = restored.sql(
                    "select sha256, encode(sha256(content), 'hex') as actual from report_snapshot").query().listOfRows();
            assertThat(files).isNotEmpty().allSatisfy(f -> assertThat(f.get("actual")).isEqualTo(f.get("sha256")));
            assertThat(restored.sql("select count(*) from report_snapshot where diary_number = 'ASN-2026-0900'")
                    .query(Long.class).single()).isEqualTo(2);

            try (Connection db = target.getConnection()) {
                assertThatThrownBy(() -> DatabaseBackup.restore(db, target, file))
                        .hasMessageContaining("restore into an empty one");
            }
        }
    }

    /** Each table's row count and a digest of its rows, and each sequence's value. */
    private static Map<String, String> fingerprints(JdbcClient db) {
        Map<String, String> prints = new LinkedHashMap<>();
        for (String table : db.sql("select tablename from pg_tables where schemaname = 'public' "
                + "and tablename <> 'flyway_schema_history' order by tablename").query(String.class).list()) {
            prints.put(table, db.sql("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') "
                    + "from public.\"" + table + "\" t").query(String.class).single());
        }
        db.sql("select sequencename, coalesce(last_value, 0) from pg_sequences where schemaname = 'public'")
                .query((rs, n) -> prints.put("sequence " + rs.getString(1), rs.getString(2))).list();
        return prints;
    }
}
