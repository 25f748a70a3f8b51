package se.vaksam.history;

import java.time.OffsetDateTime;
import java.util.List;

/** Reads a record's history, newest first. */
public interface HistoryQuery {

    List<Entry> historyOf(String recordType, String recordId);

    record Entry(long id, String action, OffsetDateTime changedAt, String username, String reason,
            List<Change> changes) {
    }

    record Change(String field, String before, String after) {
    }
}
