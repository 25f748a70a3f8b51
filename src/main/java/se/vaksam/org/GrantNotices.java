package se.vaksam.org;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.vaksam.shared.Notify;

/**
 * Tells the person and their manager that a privileged role was granted, as a notice (the notice module's
 * {@link Notify}): on both start pages, and by e-mail at once or in the daily digest as each of them chose.
 */
@Component
class GrantNotices {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final OrgQuery org;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    GrantNotices(OrgQuery org, ApplicationEventPublisher events, MessageSource messages, Clock clock) {
        this.org = org;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /** Publishes the notice of a privileged grant (in the granting transaction; the notice follows its commit). */
    void granted(Placement placement, Person person, OrgUnit unit) {
        List<String> recipients = new ArrayList<>(List.of(person.username()));
        org.nearestHeads(unit.id(), LocalDate.now(clock)).stream().map(OrgQuery.PersonView::username)
                .filter(username -> !recipients.contains(username)).forEach(recipients::add);
        String role = messages.getMessage("org.role." + placement.role().name(), null, placement.role().name(), SWEDISH);
        events.publishEvent(new Notify(recipients, "org.grant.notice", List.of(
                person.givenName() + " " + person.familyName(), role, unit.name(),
                placement.grantReason() == null ? "" : placement.grantReason()), "/people/" + person.id()));
    }
}
