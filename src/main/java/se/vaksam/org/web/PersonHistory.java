package se.vaksam.org.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import se.vaksam.history.HistoryQuery;
import se.vaksam.org.OrgDirectory;

/**
 * A person's Historik: the changes of the person record itself, and the history of their
 * placements (added, ended), each entry with the placement's unit and role so it reads on its own.
 */
@Component
class PersonHistory {

    static final String PERSON = "org.person";
    static final String PLACEMENT = "org.placement";

    private final HistoryQuery history;

    PersonHistory(HistoryQuery history) {
        this.history = history;
    }

    /** One change of one placement, with the placement it concerns. */
    record PlacementEntry(OrgDirectory.PlacementRow placement, HistoryQuery.Entry entry) {

        /** What happened, in the placement's words: ADDED, ENDED (a last day set), or the history's action. */
        public String kind() {
            if ("CREATED".equals(entry.action())) {
                return "ADDED";
            }
            boolean ended = "UPDATED".equals(entry.action()) && entry.changes().stream()
                    .anyMatch(c -> "validTo".equals(c.field()) && c.after() != null);
            return ended ? "ENDED" : entry.action();
        }
    }

    List<HistoryQuery.Entry> ofPerson(OrgDirectory.PersonCard person) {
        return history.historyOf(PERSON, Long.toString(person.id()));
    }

    /** The history of all the person's placements, newest first; the person field is left out (it is this person). */
    List<PlacementEntry> ofPlacements(OrgDirectory.PersonCard person) {
        return person.placements().stream()
                .flatMap(p -> history.historyOf(PLACEMENT, Long.toString(p.id())).stream()
                        .map(entry -> new PlacementEntry(p, withoutPerson(entry))))
                .sorted(Comparator.comparing((PlacementEntry e) -> e.entry().changedAt())
                        .thenComparing(e -> e.entry().id()).reversed())
                .toList();
    }

    private static HistoryQuery.Entry withoutPerson(HistoryQuery.Entry entry) {
        return new HistoryQuery.Entry(entry.id(), entry.action(), entry.changedAt(), entry.username(), entry.reason(),
                entry.changes().stream().filter(c -> !"person".equals(c.field())).toList());
    }
}
