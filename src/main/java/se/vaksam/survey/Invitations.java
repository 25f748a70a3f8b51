package se.vaksam.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.shared.ChangeSet;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.RecordChanged;

/**
 * Sending a survey: every recipient not yet invited gets a fresh one-time token (only its hash is stored) and an
 * e-mail with the personal link; the survey opens for answers. Reminders work the same way with a second token,
 * so the first link keeps working.
 */
@Service
@Transactional
public class Invitations {

    private final Surveys surveys;
    private final SurveyStore store;
    private final SurveyMail mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Invitations(Surveys surveys, SurveyStore store, SurveyMail mail, ApplicationEventPublisher events, Clock clock) {
        this.surveys = surveys;
        this.store = store;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    /** Sends the survey to everyone not yet invited; returns how many e-mails were sent. */
    public int send(long surveyId, int version) {
        Survey survey = surveys.changeable(surveyId, version);
        if (!mail.configured()) {
            throw new DomainException("survey.error.noMail");
        }
        Map<String, String> tokens = issue(survey);
        int sent = 0;
        for (Map.Entry<String, String> e : tokens.entrySet()) {
            if (mail.send(e.getKey(), survey, e.getValue(), false)) {
                sent++;
            }
        }
        return sent;
    }

    /** Opens the survey and gives every recipient not yet invited a token: e-mail address → token. */
    Map<String, String> issue(Survey survey) {
        List<SurveyStore.Invitee> invitees = store.uninvited(survey.id());
        if (survey.offered() == 0) {
            throw new DomainException("survey.error.noRecipients");
        }
        Map<String, String> tokens = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>();
        List<byte[]> hashes = new ArrayList<>();
        for (SurveyStore.Invitee invitee : invitees) {
            String token = Tokens.next();
            tokens.put(invitee.email(), token);
            ids.add(invitee.id());
            hashes.add(Tokens.hash(token));
        }
        store.setTokens(ids, hashes, false);
        store.status(survey.id(), SurveyStatus.OPEN, OffsetDateTime.now(clock));
        events.publishEvent(new RecordChanged(Surveys.TYPE, Long.toString(survey.id()), RecordChanged.Action.UPDATED,
                ChangeSet.create().field("status", survey.status().name(), SurveyStatus.OPEN.name())
                        .field("invited", null, Integer.toString(invitees.size())).toList(), null));
        return tokens;
    }

    /**
     * Reminds, once, every invited recipient who has not answered, of the open surveys whose reminder day
     * ({@code reminderDays} before the closing date) has come; returns how many e-mails were sent.
     */
    int remind(LocalDate today) {
        if (!mail.configured()) {
            return 0;
        }
        int sent = 0;
        for (SurveyStore.Head head : store.openClosingBy(today, today)) {
            Survey survey = head.with(List.of());
            List<SurveyStore.Invitee> due = store.toRemind(survey.id());
            List<Long> ids = new ArrayList<>();
            List<byte[]> hashes = new ArrayList<>();
            Map<String, String> tokens = new LinkedHashMap<>();
            for (SurveyStore.Invitee invitee : due) {
                String token = Tokens.next();
                ids.add(invitee.id());
                hashes.add(Tokens.hash(token));
                tokens.put(invitee.email(), token);
            }
            store.setTokens(ids, hashes, true);
            for (Map.Entry<String, String> e : tokens.entrySet()) {
                if (mail.send(e.getKey(), survey, e.getValue(), true)) {
                    sent++;
                }
            }
        }
        return sent;
    }
}
