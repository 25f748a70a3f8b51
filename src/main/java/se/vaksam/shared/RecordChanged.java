package se.vaksam.shared;

import java.util.List;

/**
 * Published (synchronously, inside the changing transaction) by any module whenever a record
 * is created, changed or removed. The history module stores it as the record's <em>Historik</em>.
 *
 * @param recordType stable type name, e.g. {@code org.unit}
 * @param recordId the record's id as text
 * @param action what happened
 * @param changes field-level before/after values (empty for a plain removal)
 * @param reason an optional reason the user gave
 */
public record RecordChanged(String recordType, String recordId, Action action,
        List<FieldChange> changes, String reason) {

    /** IMPORTED: brought in (created or changed) by an import of historical records, see {@link RecordsImported}. */
    public enum Action { CREATED, UPDATED, DELETED, IMPORTED }

    /** One field's value before and after; {@code null} where absent. */
    public record FieldChange(String field, String before, String after) {
    }
}
