package se.vaksam.shared;

import java.time.Instant;
import java.util.List;

/**
 * Published (synchronously, inside the import's transaction) by a module that imported historical records
 * ({@link HistoryImport#apply}): one event for the whole batch, so that the history module can store an
 * entry per record (action {@link RecordChanged.Action#IMPORTED}) with batch inserts. Each entry says from
 * which file (name and SHA-256), by whom and when.
 *
 * @param recordType stable type name, e.g. {@code deviation.deviation}
 * @param context the file and who imports it
 * @param records the records created or changed, each with its field changes
 */
public record RecordsImported(String recordType, HistoryImport.Context context, List<Record> records) {

    public RecordsImported {
        records = List.copyOf(records);
    }

    /** One record the import created or changed, and what it set (before and after). */
    public record Record(String recordId, List<RecordChanged.FieldChange> changes) {
        public Record {
            changes = List.copyOf(changes);
        }
    }

    /** The entry's reason: the file's name and checksum. */
    public String source() {
        return context.fileName() + " (SHA-256 " + context.sha256() + ")";
    }

    /** When the import ran. */
    public Instant importedAt() {
        return context.importedAt();
    }
}
