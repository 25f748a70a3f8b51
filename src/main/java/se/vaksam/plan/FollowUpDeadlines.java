package se.vaksam.plan;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.vaksam.shared.Period;

/** When each period's reports are due, from the table {@code follow_up_deadline} (15 May, 15 September, 31 January). */
@Component
class FollowUpDeadlines {

    private final FollowUpStore store;

    FollowUpDeadlines(FollowUpStore store) {
        this.store = store;
    }

    LocalDate due(Period period, int year) {
        FollowUpStore.Deadline deadline = store.deadlines().get(period);
        return deadline == null ? period.end(year) : deadline.dueIn(year);
    }

    Map<Period, FollowUpStore.Deadline> all() {
        return store.deadlines();
    }
}
