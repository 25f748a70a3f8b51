package se.vaksam.notice;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.vaksam.org.OrgQuery;
import se.vaksam.shared.AccessScope;
import se.vaksam.shared.Notify;
import se.vaksam.shared.TaskSource;

/**
 * Stores each {@link Notify} as one notice per person, shows a person's notices of the last {@link #DAYS_SHOWN}
 * days on their start page, and e-mails them: at once, or — for those who chose it — gathered into one daily
 * digest sent by the scheduler (07:00 Swedish time). Without a mail server nothing is mailed; the notices stay on
 * the start page.
 */
@Component
class Notices implements TaskSource {

    static final int DAYS_SHOWN = 14;
    static final int SHOWN = 20;
    static final int DIGEST_BATCH = 5000;

    private static final Logger log = LoggerFactory.getLogger(Notices.class);
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final NoticeStore store;
    private final OrgQuery org;
    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final Clock clock;
    private final String from;
    private final String baseUrl;

    Notices(NoticeStore store, OrgQuery org, ObjectProvider<JavaMailSender> sender, MessageSource messages,
            Clock clock, @Value("${vaksam.mail.from:vaksam@localhost}") String from,
            @Value("${vaksam.base-url:http://localhost:8080}") String baseUrl) {
        this.store = store;
        this.org = org;
        this.sender = sender;
        this.messages = messages;
        this.clock = clock;
        this.from = from;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** After the change committed: one notice per person, mailed at once unless they chose the daily digest. */
    @ApplicationModuleListener
    void on(Notify notify) {
        Set<String> recipients = notify.usernames().stream().filter(u -> u != null && !u.isBlank())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (recipients.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Set<String> digest = store.digestPeople(recipients);
        JavaMailSender mail = sender.getIfAvailable();
        String line = line(notify.messageKey(), notify.args());
        for (String recipient : recipients) {
            long id = store.insert(recipient, notify.messageKey(), notify.args(), notify.path(), now);
            if (mail == null || digest.contains(recipient)) {
                continue;
            }
            Object[] args = {line, baseUrl + notify.path()};
            if (send(mail, recipient, messages.getMessage("notice.mail.subject", args, SWEDISH),
                    messages.getMessage("notice.mail.body", args, SWEDISH))) {
                store.mailed(List.of(id), now);
            }
        }
    }

    @Scheduled(cron = "${vaksam.notice.digest-cron:0 0 7 * * *}", zone = "Europe/Stockholm")
    void daily() {
        sendDigests();
    }

    /** Sends each person with notices not yet mailed one e-mail listing them; returns how many e-mails were sent. */
    int sendDigests() {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return 0;
        }
        Map<String, List<NoticeStore.Notice>> byPerson = store.unmailed(DIGEST_BATCH).stream()
                .collect(Collectors.groupingBy(NoticeStore.Notice::recipientUsername, LinkedHashMap::new,
                        Collectors.toList()));
        OffsetDateTime now = OffsetDateTime.now(clock);
        int sent = 0;
        for (Map.Entry<String, List<NoticeStore.Notice>> person : byPerson.entrySet()) {
            List<String> lines = new ArrayList<>();
            for (NoticeStore.Notice n : person.getValue()) {
                lines.add(messages.getMessage("notice.digest.line",
                        new Object[] {line(n.messageKey(), n.argList()), baseUrl + n.path()}, SWEDISH));
            }
            Object[] args = {lines.size(), String.join("\n\n", lines)};
            if (send(mail, person.getKey(), messages.getMessage("notice.digest.subject", args, SWEDISH),
                    messages.getMessage("notice.digest.body", args, SWEDISH))) {
                sent++;
            }
            store.mailed(person.getValue().stream().map(NoticeStore.Notice::id).toList(), now);
        }
        return sent;
    }

    @Override
    public List<Task> openTasks(AccessScope scope) {
        return List.of();
    }

    @Override
    public List<Task> notices(AccessScope scope) {
        OffsetDateTime since = OffsetDateTime.now(clock).minusDays(DAYS_SHOWN);
        return store.since(scope.username(), since, SHOWN).stream()
                .map(n -> new Task("notice.task", line(n.messageKey(), n.argList()), n.path(),
                        n.createdAt().atZoneSameInstant(STOCKHOLM).toLocalDate()))
                .toList();
    }

    private String line(String key, List<String> args) {
        return messages.getMessage(key, args.toArray(), key, SWEDISH);
    }

    private boolean send(JavaMailSender mail, String username, String subject, String text) {
        String to = org.person(username).map(OrgQuery.PersonView::email).orElse(null);
        if (to == null || to.isBlank()) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        try {
            mail.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Could not mail a notice to {}: {}", username, e.getMessage());
            return false;
        }
    }
}
