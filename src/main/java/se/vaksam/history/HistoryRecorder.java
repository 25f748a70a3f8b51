package se.vaksam.history;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.vaksam.shared.Access;
import se.vaksam.shared.RecordChanged;

/**
 * Stores each {@link RecordChanged} synchronously in the publisher's transaction: if the
 * change rolls back, so does its history, and no change commits without it.
 */
@Component
class HistoryRecorder implements HistoryQuery {

    private final JdbcClient jdbc;
    private final Access access;

    HistoryRecorder(JdbcClient jdbc, Access access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @EventListener
    @Transactional
    public void on(RecordChanged event) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into history_entry (record_type, record_id, action, username, reason)
                values (?, ?, ?, ?, ?)""")
                .params(event.recordType(), event.recordId(), event.action().name(), access.current().username(),
                        blankToNull(event.reason()))
                .update(key, "id");
        long entryId = key.getKey().longValue();
        for (RecordChanged.FieldChange change : event.changes()) {
            jdbc.sql("insert into history_change (entry_id, field, before_value, after_value) values (?, ?, ?, ?)")
                    .params(entryId, change.field(), change.before(), change.after())
                    .update();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Entry> historyOf(String recordType, String recordId) {
        Map<Long, Entry> entries = new LinkedHashMap<>();
        jdbc.sql("""
                select id, action, changed_at, username, reason from history_entry
                where record_type = ? and record_id = ? order by changed_at desc, id desc""")
                .params(recordType, recordId)
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getString("action"),
                        rs.getObject("changed_at", OffsetDateTime.class), rs.getString("username"),
                        rs.getString("reason"), new java.util.ArrayList<>()))
                .list()
                .forEach(entry -> entries.put(entry.id(), entry));
        if (entries.isEmpty()) {
            return List.of();
        }
        jdbc.sql("""
                select c.entry_id, c.field, c.before_value, c.after_value from history_change c
                join history_entry e on e.id = c.entry_id
                where e.record_type = ? and e.record_id = ? order by c.id""")
                .params(recordType, recordId)
                .query(rs -> {
                    entries.get(rs.getLong("entry_id")).changes()
                            .add(new Change(rs.getString("field"), rs.getString("before_value"), rs.getString("after_value")));
                });
        return List.copyOf(entries.values());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
