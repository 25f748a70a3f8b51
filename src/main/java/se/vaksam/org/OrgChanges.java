package se.vaksam.org;

import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import se.vaksam.shared.ChangeSet;
import se.vaksam.shared.RecordChanged;

/**
 * Publishes the organisation's {@link RecordChanged} events (record types {@code org.unit},
 * {@code org.person}, {@code org.placement}) from before/after snapshots, so the history shows
 * codes and usernames rather than database ids.
 */
@Component
class OrgChanges {

    static final String UNIT = "org.unit";
    static final String PERSON = "org.person";
    static final String PLACEMENT = "org.placement";

    private final ApplicationEventPublisher events;

    OrgChanges(ApplicationEventPublisher events) {
        this.events = events;
    }

    void created(String recordType, long id, State after, String reason) {
        events.publishEvent(new RecordChanged(recordType, Long.toString(id), RecordChanged.Action.CREATED,
                after.changesFrom(null).toList(), reason));
    }

    /** Publishes an update if anything changed; answers whether it did. */
    boolean updated(String recordType, long id, State before, State after, String reason) {
        ChangeSet changes = after.changesFrom(before);
        if (changes.isEmpty()) {
            return false;
        }
        events.publishEvent(new RecordChanged(recordType, Long.toString(id), RecordChanged.Action.UPDATED,
                changes.toList(), reason));
        return true;
    }

    /** A snapshot of a record's fields as the history shows them. */
    sealed interface State permits UnitState, PersonState, PlacementState {

        /** The changes from {@code before} (null: the record is new) to this state. */
        ChangeSet changesFrom(State before);
    }

    record UnitState(String code, String name, OrgUnitType type, String parentCode) implements State {

        @Override
        public ChangeSet changesFrom(State previous) {
            UnitState b = previous == null ? new UnitState(null, null, null, null) : (UnitState) previous;
            return ChangeSet.create().field("code", b.code, code).field("name", b.name, name)
                    .field("type", b.type, type).field("parent", b.parentCode, parentCode);
        }
    }

    record PersonState(String username, String givenName, String familyName, String email, String title,
            Boolean confidential) implements State {

        static PersonState of(Person p) {
            return new PersonState(p.username(), p.givenName(), p.familyName(), p.email(), p.title(), p.confidential());
        }

        @Override
        public ChangeSet changesFrom(State previous) {
            PersonState b = previous == null ? new PersonState(null, null, null, null, null, null) : (PersonState) previous;
            return ChangeSet.create().field("username", b.username, username).field("givenName", b.givenName, givenName)
                    .field("familyName", b.familyName, familyName).field("email", b.email, email)
                    .field("title", b.title, title).field("confidential", b.confidential, confidential);
        }
    }

    record PlacementState(String username, String unitCode, PlacementRole role, LocalDate validFrom,
            LocalDate validTo) implements State {

        @Override
        public ChangeSet changesFrom(State previous) {
            PlacementState b = previous == null ? new PlacementState(null, null, null, null, null) : (PlacementState) previous;
            return ChangeSet.create().field("person", b.username, username).field("unit", b.unitCode, unitCode)
                    .field("role", b.role, role).field("validFrom", b.validFrom, validFrom)
                    .field("validTo", b.validTo, validTo);
        }
    }
}
