package se.vaksam.deviation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import se.vaksam.org.OrgQuery;
import se.vaksam.org.OrgUnitType;
import se.vaksam.shared.Notify;

/**
 * Who is told of what (through {@link Notify}, in the transaction that made the change): a new deviation is told to
 * the heads of its unit (the nearest unit above that has one), an assignment to the person assigned, and a lex Sarah
 * case that awaits the committee's decision (assessed, or referred to the ordförande) to the committee's members.
 * The notices name the case number and the unit, never the content.
 */
@Component
class DeviationNotices {

    static final String COMMITTEE_MEMBER = "COMMITTEE_MEMBER";

    private final DeviationStore store;
    private final OrgQuery org;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeviationNotices(DeviationStore store, OrgQuery org, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.org = org;
        this.events = events;
        this.clock = clock;
    }

    void reported(long id) {
        store.find(id).ifPresent(d -> {
            List<String> heads = org.nearestHeads(d.unitId(), LocalDate.now(clock)).stream()
                    .map(OrgQuery.PersonView::username).filter(u -> !u.equals(d.reportedBy())).toList();
            tell(heads, "deviation.notice.reported", d);
        });
    }

    void stepTaken(DeviationRecord before, DeviationStatus next, String assignee) {
        if (assignee != null) {
            tell(List.of(assignee), "deviation.notice.assigned", before);
        }
        if (next == DeviationStatus.ASSESSED || next == DeviationStatus.AWAITING_CHAIR) {
            LocalDate today = LocalDate.now(clock);
            List<String> members = org.ancestors(before.unitId()).stream()
                    .filter(u -> u.type() == OrgUnitType.COMMITTEE).findFirst()
                    .map(committee -> org.peopleWithRole(COMMITTEE_MEMBER, committee.id(), today)).orElse(List.of())
                    .stream().map(OrgQuery.PersonView::username).toList();
            tell(members, "deviation.notice.awaitingDecision", before);
        }
    }

    private void tell(List<String> usernames, String key, DeviationRecord d) {
        if (usernames.isEmpty()) {
            return;
        }
        String unit = org.unit(d.unitId()).map(OrgQuery.UnitView::name).orElse("");
        events.publishEvent(new Notify(usernames, key, List.of(d.caseNumber(), unit), "/deviations/" + d.id()));
    }
}
