package se.vaksam.security;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link AccessLogQuery} on the {@code access_log} table. */
@Component
class JdbcAccessLogQuery implements AccessLogQuery {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcAccessLogQuery(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> readersIn(LocalDate from, LocalDate to) {
        return jdbc.sql("select distinct username from access_log where read_at >= ? and read_at < ? order by username")
                .params(start(from), start(to.plusDays(1))).query(String.class).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Read> readsOf(String username, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select id, read_at, username, record_type, record_id, remote_address from access_log
                where username = ? and read_at >= ? and read_at < ? order by read_at, id""")
                .params(username, start(from), start(to.plusDays(1))).query(Read.class).list();
    }

    private OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toOffsetDateTime();
    }
}
