package se.vaksam.plan;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

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
 * Sends the follow-up's e-mails in Swedish, with text from the message bundle. Without a mail server
 * ({@code spring.mail.host} unset) nothing is sent and this is logged once.
 */
@Component
class ReminderMail {

    private static final Logger log = LoggerFactory.getLogger(ReminderMail.class);
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final String from;
    private final String baseUrl;
    private final AtomicBoolean disabledLogged = new AtomicBoolean();

    ReminderMail(ObjectProvider<JavaMailSender> sender, MessageSource messages,
            @Value("${vaksam.mail.from:vaksam@localhost}") String from,
            @Value("${vaksam.base-url:http://localhost:8080}") String baseUrl) {
        this.sender = sender;
        this.messages = messages;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Whether a mail server is configured; logs once when it is not. */
    boolean enabled() {
        if (sender.getIfAvailable() != null) {
            return true;
        }
        if (disabledLogged.compareAndSet(false, true)) {
            log.info("No mail server configured (spring.mail.host): follow-up reminders are not sent by e-mail");
        }
        return false;
    }

    /**
     * Sends one message; the subject and body come from {@code <key>.subject} and {@code <key>.body}, whose
     * arguments are {@code args} followed by the link to {@code path}.
     *
     * @return whether the message was handed to the mail server
     */
    boolean send(String to, String key, String path, Object... args) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return false;
        }
        Object[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = baseUrl + path;
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(messages.getMessage(key + ".subject", all, SWEDISH));
        message.setText(messages.getMessage(key + ".body", all, SWEDISH));
        try {
            mail.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Could not send the e-mail {} to {}: {}", key, to, e.getMessage());
            return false;
        }
    }

    /** A text from the bundle in Swedish. */
    String text(String key) {
        return messages.getMessage(key, null, SWEDISH);
    }
}
