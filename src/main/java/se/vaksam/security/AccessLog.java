package se.vaksam.security;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.vaksam.shared.ConfidentialRecordRead;

/**
 * Reads the append-only access log (<em>åtkomstlogg</em>). There is deliberately nothing here
 * that changes or deletes entries; the database refuses that anyway.
 */
@Component
class AccessLog {

    static final int LIMIT = 200;

    /** The record type under which reading the access log is itself logged. */
    static final String RECORD_TYPE = AccessLogReaders.RECORD_TYPE;

    private final JdbcClient jdbc;
    private final Clock clock;

    AccessLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The newest entries matching the filter, at most {@code limit}. */
    @Transactional(readOnly = true)
    List<Entry> search(Filter filter, int limit) {
        StringBuilder sql = new StringBuilder("""
                select id, read_at, username, person_id, record_type, record_id, remote_address, user_agent
                from access_log where true""");
        List<Object> params = new ArrayList<>();
        if (filter.username() != null) {
            sql.append(" and username = ?");
            params.add(filter.username());
        }
        if (filter.recordType() != null) {
            sql.append(" and record_type = ?");
            params.add(filter.recordType());
        }
        if (filter.from() != null) {
            sql.append(" and read_at >= ?");
            params.add(filter.from().atStartOfDay(clock.getZone()).toOffsetDateTime());
        }
        if (filter.to() != null) {
            sql.append(" and read_at < ?");
            params.add(filter.to().plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime());
        }
        sql.append(" order by read_at desc, id desc limit ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(Entry.class).list();
    }

    @Transactional(readOnly = true)
    Optional<Entry> entry(long id) {
        return jdbc.sql("""
                select id, read_at, username, person_id, record_type, record_id, remote_address, user_agent
                from access_log where id = ?""").param(id).query(Entry.class).optional();
    }

    /** The event that logs a search of the access log, with what was searched for. */
    static ConfidentialRecordRead readOf(Filter filter) {
        return AccessLogReaders.read(java.util.stream.Stream.of(filter.username(), filter.recordType(), filter.from(),
                filter.to()).map(v -> v == null ? "*" : v.toString()).collect(java.util.stream.Collectors.joining(" ")));
    }

    /** The record types that occur in the log, for the filter's choices. */
    @Transactional(readOnly = true)
    List<String> recordTypes() {
        return jdbc.sql("select distinct record_type from access_log order by record_type").query(String.class).list();
    }

    /** What to look for; null fields match everything. Dates are whole days, Swedish time. */
    record Filter(String username, String recordType, LocalDate from, LocalDate to) {

        Filter {
            username = blankToNull(username);
            recordType = blankToNull(recordType);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    @Schema(name = "AccessLogEntry")
    record Entry(long id, OffsetDateTime readAt, String username, Long personId, String recordType, String recordId,
            String remoteAddress, String userAgent) {
    }
}
