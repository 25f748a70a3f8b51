package se.vaksam.org;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.vaksam.shared.AccessScope;
import se.vaksam.shared.TaskSource;

/**
 * Tells the person and their manager that a privileged role was granted: a notice on both start pages
 * (<em>Mina uppgifter</em>, for {@link #DAYS_SHOWN} days) and an e-mail to each.
 */
@Component
class GrantNotices implements TaskSource {

    static final int DAYS_SHOWN = 30;

    private static final Logger log = LoggerFactory.getLogger(GrantNotices.class);
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final JdbcClient jdbc;
    private final OrgQuery org;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final Clock clock;
    private final String from;
    private final String baseUrl;

    GrantNotices(JdbcClient jdbc, OrgQuery org, ApplicationEventPublisher events, ObjectProvider<JavaMailSender> sender,
            MessageSource messages, Clock clock, @Value("${vaksam.mail.from:vaksam@localhost}") String from,
            @Value("${vaksam.base-url:http://localhost:8080}") String baseUrl) {
        this.jdbc = jdbc;
        this.org = org;
        this.events = events;
        this.sender = sender;
        this.messages = messages;
        this.clock = clock;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Records the notices of a privileged grant (in the granting transaction) and has the e-mails sent after it. */
    void granted(Placement placement, Person person, OrgUnit unit) {
        List<Long> recipients = new ArrayList<>(List.of(person.id()));
        org.nearestHeads(unit.id(), LocalDate.now(clock)).stream().map(OrgQuery.PersonView::id)
                .filter(id -> !recipients.contains(id)).forEach(recipients::add);
        for (long recipient : recipients) {
            jdbc.sql("insert into grant_notice (placement_id, recipient_id) values (?, ?)")
                    .params(placement.id(), recipient).update();
        }
        events.publishEvent(new PrivilegedRoleGranted(placement.id(), List.copyOf(recipients)));
    }

    @ApplicationModuleListener
    void on(PrivilegedRoleGranted granted) {
        JavaMailSender mail = sender.getIfAvailable();
        Notice notice = notice(granted.placementId());
        if (mail == null || notice == null) {
            return;
        }
        Object[] args = {notice.fullName(), role(notice.role()), notice.unitName(), notice.grantReason(),
                notice.grantedBy(), baseUrl + "/people/" + notice.personId()};
        for (OrgQuery.PersonView recipient : org.people(granted.recipientIds()).values()) {
            if (recipient.email() == null || recipient.email().isBlank()) {
                continue;
            }
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(recipient.email());
            message.setSubject(messages.getMessage("org.grant.mail.subject", args, SWEDISH));
            message.setText(messages.getMessage("org.grant.mail.body", args, SWEDISH));
            try {
                mail.send(message);
            } catch (MailException e) {
                log.warn("Could not tell {} of placement {}: {}", recipient.username(), granted.placementId(),
                        e.getMessage());
            }
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> openTasks(AccessScope scope) {
        if (scope.personId() == null) {
            return List.of();
        }
        return jdbc.sql(NOTICE_SELECT + """
                 join grant_notice n on n.placement_id = pl.id
                where n.recipient_id = ? and n.created_at >= ? order by n.created_at desc""")
                .params(scope.personId(), OffsetDateTime.now(clock).minusDays(DAYS_SHOWN))
                .query(Notice.class).list().stream()
                .map(n -> new Task("org.grant.task", messages.getMessage("org.grant.task.title",
                        new Object[] {n.fullName(), role(n.role()), n.unitName()}, SWEDISH), "/people/" + n.personId(),
                        null))
                .toList();
    }

    private static final String NOTICE_SELECT = """
            select pl.id as placement_id, p.id as person_id, p.given_name || ' ' || p.family_name as full_name,
                   pl.role, u.name as unit_name, pl.grant_reason, pl.granted_by
            from placement pl join person p on p.id = pl.person_id join org_unit u on u.id = pl.unit_id""";

    private Notice notice(long placementId) {
        return jdbc.sql(NOTICE_SELECT + " where pl.id = ?").param(placementId).query(Notice.class).optional()
                .orElse(null);
    }

    private String role(String role) {
        return messages.getMessage("org.role." + role, null, role, SWEDISH);
    }

    record Notice(long placementId, long personId, String fullName, String role, String unitName, String grantReason,
            String grantedBy) {
    }
}
