package se.vaksam.security;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * How other modules read the access log (åtkomstloggen) for the systematic log follow-up
 * (systematisk logguppföljning): who read confidential records in a period, and what one person read.
 * Dates are whole days in the application's time zone, both ends included. Read only, like the log.
 */
public interface AccessLogQuery {

    /** The distinct usernames that read any confidential record in the period, sorted. */
    List<String> readersIn(LocalDate from, LocalDate to);

    /** One person's reads in the period, oldest first. */
    List<Read> readsOf(String username, LocalDate from, LocalDate to);

    /** One read of a confidential record. */
    record Read(long id, OffsetDateTime readAt, String username, String recordType, String recordId,
            String remoteAddress) {
    }
}
