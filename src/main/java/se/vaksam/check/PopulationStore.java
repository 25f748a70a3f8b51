package se.vaksam.check;

import java.time.Clock;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Populations and their records; records are written with PostgreSQL's COPY (100 000 rows in well under a second). */
@Repository
class PopulationStore {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final DataSource dataSource;

    PopulationStore(JdbcClient jdbc, DataSource dataSource, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    long insert(String name, long unitId, String fileName, String checksum, int rowCount, String username) {
        return jdbc.sql("""
                insert into check_population (name, unit_id, file_name, checksum, row_count, imported_by, imported_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(name, unitId, fileName, checksum, rowCount, username, OffsetDateTime.now(clock)).query(Long.class).single();
    }

    void replace(long id, String fileName, String checksum, int rowCount, String username) {
        jdbc.sql("""
                update check_population set file_name = ?, checksum = ?, row_count = ?, imported_by = ?,
                    imported_at = ?, version = version + 1 where id = ?""")
                .params(fileName, checksum, rowCount, username, OffsetDateTime.now(clock), id).update();
        jdbc.sql("delete from check_population_row where population_id = ?").param(id).update();
    }

    void copyRows(long populationId, List<PopulationRow> rows) {
        StringBuilder data = new StringBuilder(rows.size() * 80);
        for (PopulationRow r : rows) {
            data.append(populationId).append('\t').append(r.rowNumber()).append('\t').append(esc(r.key()))
                    .append('\t').append(esc(r.stratum())).append('\t').append(esc(r.label())).append('\t')
                    .append(esc(r.startedOn())).append('\t').append(esc(r.completedOn())).append('\t')
                    .append(esc(r.extendedOn())).append('\t').append(esc(r.receivedAt())).append('\t')
                    .append(esc(r.answeredAt())).append('\n');
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    copy check_population_row (population_id, row_number, case_key, stratum, label, started_on,
                        completed_on, extended_on, received_at, answered_at) from stdin""",
                    new StringReader(data.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not store the population's rows", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static String esc(Object value) {
        if (value == null) {
            return "\\N";
        }
        return value.toString().replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    record PopulationRecord(long id, String name, long unitId, String fileName, String checksum, int rowCount,
            String importedBy, OffsetDateTime importedAt, int version) {
    }

    Optional<PopulationRecord> population(long id) {
        return jdbc.sql("""
                select id, name, unit_id, file_name, checksum, row_count, imported_by, imported_at, version
                from check_population where id = ?""").param(id).query(PopulationRecord.class).optional();
    }

    List<PopulationRecord> populations() {
        return jdbc.sql("""
                select id, name, unit_id, file_name, checksum, row_count, imported_by, imported_at, version
                from check_population order by imported_at desc, id desc""").query(PopulationRecord.class).list();
    }

    List<PopulationRow> rows(long populationId) {
        return rows(populationId, 0, Integer.MAX_VALUE);
    }

    /** At most {@code limit} records after row number {@code after}, in row order. */
    List<PopulationRow> rows(long populationId, int after, int limit) {
        return jdbc.sql("""
                select row_number, case_key, stratum, label, started_on, completed_on, extended_on, received_at,
                    answered_at from check_population_row where population_id = ? and row_number > ?
                order by row_number limit ?""")
                .params(populationId, after, limit)
                .query((rs, n) -> new PopulationRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDateTime.class),
                        rs.getObject(9, LocalDateTime.class)))
                .list();
    }
}
