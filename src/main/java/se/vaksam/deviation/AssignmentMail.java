package se.vaksam.deviation;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import se.vaksam.org.OrgQuery;

/**
 * E-mails the person a deviation was assigned to, after the assignment committed (through the event
 * publication registry). The message names the case number and links to it, never its content.
 * Without a mail server ({@code spring.mail.host}) nothing is sent.
 */
@Component
class AssignmentMail {

    private static final Logger log = LoggerFactory.getLogger(AssignmentMail.class);
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final OrgQuery org;
    private final String from;
    private final String baseUrl;

    AssignmentMail(ObjectProvider<JavaMailSender> sender, MessageSource messages, OrgQuery org,
            @Value("${vaksam.mail.from:vaksam@localhost}") String from,
            @Value("${vaksam.base-url:http://localhost:8080}") String baseUrl) {
        this.sender = sender;
        this.messages = messages;
        this.org = org;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @ApplicationModuleListener
    void on(DeviationAssigned assigned) {
        JavaMailSender mail = sender.getIfAvailable();
        String to = org.person(assigned.assignee()).map(OrgQuery.PersonView::email).orElse(null);
        if (mail == null || to == null || to.isBlank()) {
            return;
        }
        Object[] args = {assigned.caseNumber(), baseUrl + "/deviations/" + assigned.deviationId()};
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(messages.getMessage("deviation.mail.assigned.subject", args, SWEDISH));
        message.setText(messages.getMessage("deviation.mail.assigned.body", args, SWEDISH));
        try {
            mail.send(message);
        } catch (MailException e) {
            log.warn("Could not send the assignment of {} to {}: {}", assigned.caseNumber(), to, e.getMessage());
        }
    }
}
