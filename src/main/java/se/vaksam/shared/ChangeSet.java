package se.vaksam.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects the fields that really changed between two versions of a record, for a
 * {@link RecordChanged} event. Unchanged fields are skipped.
 */
public final class ChangeSet {

    private final List<RecordChanged.FieldChange> changes = new ArrayList<>();

    public static ChangeSet create() {
        return new ChangeSet();
    }

    public ChangeSet field(String name, Object before, Object after) {
        String b = before == null ? null : before.toString();
        String a = after == null ? null : after.toString();
        if (!Objects.equals(b, a)) {
            changes.add(new RecordChanged.FieldChange(name, b, a));
        }
        return this;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public List<RecordChanged.FieldChange> toList() {
        return List.copyOf(changes);
    }
}
