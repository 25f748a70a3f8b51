package se.vaksam.survey;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The daily run that reminds those who have not answered, once, before a survey closes. */
@Component
class SurveyReminders {

    private final Invitations invitations;
    private final Clock clock;

    SurveyReminders(Invitations invitations, Clock clock) {
        this.invitations = invitations;
        this.clock = clock;
    }

    @Scheduled(cron = "${vaksam.follow-up.reminder-cron:0 0 7 * * *}", zone = "Europe/Stockholm")
    void daily() {
        run(LocalDate.now(clock));
    }

    int run(LocalDate today) {
        return invitations.remind(today);
    }
}
