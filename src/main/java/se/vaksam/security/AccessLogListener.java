package se.vaksam.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import se.vaksam.shared.Access;
import se.vaksam.shared.AccessScope;
import se.vaksam.shared.ConfidentialRecordRead;

/**
 * Writes every read of a confidential record to the append-only access log, synchronously and
 * in its own transaction, so the row exists even when the reading transaction is read-only. The
 * time of the read comes from the application's clock, like every date the log follow-up samples by.
 */
@Component
class AccessLogListener {

    private final JdbcClient jdbc;
    private final Access access;
    private final Clock clock;

    AccessLogListener(JdbcClient jdbc, Access access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ConfidentialRecordRead read) {
        AccessScope scope = access.current();
        String remote = null;
        String agent = null;
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            remote = request.getRemoteAddr();
            agent = truncate(request.getHeader("User-Agent"), 300);
        }
        jdbc.sql("""
                insert into access_log (username, person_id, record_type, record_id, remote_address, user_agent, read_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(scope.username(), scope.personId(), read.recordType(), read.recordId(), remote, agent,
                        OffsetDateTime.now(clock))
                .update();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
