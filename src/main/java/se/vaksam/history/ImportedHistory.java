package se.vaksam.history;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.shared.RecordChanged;
import se.vaksam.shared.RecordsImported;

/**
 * Stores the history of a batch of imported records ({@link RecordsImported}) in the importing transaction: one
 * entry per record (action IMPORTED, by the importer, at the import's time, the file's name and SHA-256 as the
 * reason) and its field changes, written with a few array inserts per 10 000 records instead of one insert per
 * entry and change.
 */
@Component
class ImportedHistory {

    static final int CHUNK = 10_000;

    /** From how many records a batch refreshes the statistics of history_entry first. */
    static final int ANALYZE_FROM = 1_000;

    private final JdbcClient jdbc;

    ImportedHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(RecordsImported event) {
        Timestamp at = Timestamp.from(event.importedAt());
        String username = event.context().username();
        String reason = event.source();
        List<RecordsImported.Record> records = event.records();
        for (int from = 0; from < records.size(); from += CHUNK) {
            List<RecordsImported.Record> chunk = records.subList(from, Math.min(records.size(), from + CHUNK));
            String[] ids = chunk.stream().map(RecordsImported.Record::recordId).toArray(String[]::new);
            Map<String, Long> entryIds = new HashMap<>();
            jdbc.sql("""
                    insert into history_entry (record_type, record_id, action, changed_at, username, reason)
                    select :type, r, 'IMPORTED', :at, :username, :reason from unnest(cast(:ids as text[])) r
                    returning id, record_id""")
                    .param("type", event.recordType()).param("at", at).param("username", username)
                    .param("reason", reason).param("ids", ids)
                    .query((rs, n) -> entryIds.put(rs.getString("record_id"), rs.getLong("id"))).list();
            if (from == 0 && records.size() >= ANALYZE_FROM) {
                // The foreign-key check of history_change may hold a plan made while history_entry was small (a
                // sequential scan); with this many new entries that is one scan per change. Fresh statistics
                // invalidate it, and the check goes by the primary key again.
                jdbc.sql("analyze history_entry").update();
            }
            List<Long> entries = new ArrayList<>();
            List<String> fields = new ArrayList<>();
            List<String> before = new ArrayList<>();
            List<String> after = new ArrayList<>();
            for (RecordsImported.Record record : chunk) {
                Long entry = entryIds.get(record.recordId());
                for (RecordChanged.FieldChange change : record.changes()) {
                    entries.add(entry);
                    fields.add(change.field());
                    before.add(change.before());
                    after.add(change.after());
                }
            }
            if (!entries.isEmpty()) {
                jdbc.sql("""
                        insert into history_change (entry_id, field, before_value, after_value)
                        select * from unnest(cast(:entries as bigint[]), cast(:fields as text[]),
                            cast(:before as text[]), cast(:after as text[]))""")
                        .param("entries", entries.toArray(Long[]::new)).param("fields", fields.toArray(String[]::new))
                        .param("before", before.toArray(String[]::new)).param("after", after.toArray(String[]::new))
                        .update();
            }
        }
    }
}
