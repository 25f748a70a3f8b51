package se.vaksam.history;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/** Reads a record's history, newest first. */
public interface HistoryQuery {

    List<Entry> historyOf(String recordType, String recordId);

    @Schema(name = "HistoryEntry")
    record Entry(long id, String action, OffsetDateTime changedAt, String username, String reason,
            List<Change> changes) {
    }

    @Schema(name = "HistoryChange")
    record Change(String field, String before, String after) {
    }
}
