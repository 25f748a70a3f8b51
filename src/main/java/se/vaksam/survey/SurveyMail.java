package se.vaksam.survey;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The invitations and reminders by e-mail, in Swedish, each with the recipient's personal link (the same mail
 * server as the other reminders; nothing is sent without {@code spring.mail.host}).
 */
@Component
class SurveyMail {

    private static final Logger log = LoggerFactory.getLogger(SurveyMail.class);
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final String from;
    private final String baseUrl;

    SurveyMail(ObjectProvider<JavaMailSender> sender, MessageSource messages,
            @Value("${vaksam.mail.from:vaksam@localhost}") String from,
            @Value("${vaksam.base-url:http://localhost:8080}") String baseUrl) {
        this.sender = sender;
        this.messages = messages;
        this.from = from;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    boolean configured() {
        return sender.getIfAvailable() != null;
    }

    /** Sends one invitation ({@code reminder} false) or reminder; false when the mail server refused it. */
    boolean send(String to, Survey survey, String token, boolean reminder) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return false;
        }
        Object[] args = {survey.title(), survey.closesOn().toString(), baseUrl + "/enkat/" + token,
                survey.anonymous() ? messages.getMessage("survey.mail.anonymous", null, SWEDISH) : ""};
        String kind = reminder ? "reminder" : "invitation";
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(messages.getMessage("survey.mail." + kind + ".subject", args, SWEDISH));
        message.setText(messages.getMessage("survey.mail." + kind + ".body", args, SWEDISH));
        try {
            mail.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Could not send the survey {} to {}: {}", kind, to, e.getMessage());
            return false;
        }
    }
}
