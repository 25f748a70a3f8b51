package se.vaksam.check;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import se.vaksam.org.OrgQuery;

/**
 * The annual wheel's daily e-mail run: every person of a duty's target group is reminded once,
 * {@code vaksam.follow-up.reminder-days} days before the due date (the same setting and mail server as the
 * tertial follow-up's reminders; nothing is sent without {@code spring.mail.host}).
 */
@Component
class DutyReminders {

    private static final Logger log = LoggerFactory.getLogger(DutyReminders.class);
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final Duties duties;
    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final Clock clock;
    private final int daysBefore;
    private final String from;
    private final String baseUrl;

    DutyReminders(Duties duties, ObjectProvider<JavaMailSender> sender, MessageSource messages, Clock clock,
            @Value("${vaksam.follow-up.reminder-days:7}") int daysBefore,
            @Value("${vaksam.mail.from:vaksam@localhost}") String from,
            @Value("${vaksam.base-url:http://localhost:8080}") String baseUrl) {
        this.duties = duties;
        this.sender = sender;
        this.messages = messages;
        this.clock = clock;
        this.daysBefore = daysBefore;
        this.from = from;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @Scheduled(cron = "${vaksam.follow-up.reminder-cron:0 0 7 * * *}", zone = "Europe/Stockholm")
    void daily() {
        run(LocalDate.now(clock));
    }

    /** Sends the reminders due on {@code today}; returns how many e-mails were sent. */
    int run(LocalDate today) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return 0;
        }
        int sent = 0;
        for (Duties.Duty duty : duties.allDuties()) {
            for (LocalDate due : duty.rule().dueDates(duty.dayOfMonth(), duty.monthOfYear(), duty.daysBefore(), today,
                    today.plusDays(daysBefore))) {
                if (duty.completions().stream().anyMatch(c -> c.dueOn().equals(due))) {
                    continue;
                }
                for (OrgQuery.PersonView person : duties.targetGroup(duty)) {
                    if (person.email() == null || person.email().isBlank()) {
                        continue;
                    }
                    if (duties.remind(duty.id(), due, person.id()) && send(mail, person.email(), duty, due)) {
                        sent++;
                    }
                }
            }
        }
        return sent;
    }

    private boolean send(JavaMailSender mail, String to, Duties.Duty duty, LocalDate due) {
        Object[] args = {duty.title(), due.toString(), duty.unitName(), baseUrl + "/recurring-duties/" + duty.id()};
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(messages.getMessage("check.mail.duty.subject", args, SWEDISH));
        message.setText(messages.getMessage("check.mail.duty.body", args, SWEDISH));
        try {
            mail.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Could not send the duty reminder to {}: {}", to, e.getMessage());
            return false;
        }
    }
}
