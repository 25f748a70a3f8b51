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
        return schedule().due(period, year);
    }

    /** The deadlines read once, for a list that needs many due dates. */
    Schedule schedule() {
        return new Schedule(store.deadlines());
    }

    record Schedule(Map<Period, FollowUpStore.Deadline> deadlines) {

        LocalDate due(Period period, int year) {
            FollowUpStore.Deadline deadline = deadlines.get(period);
            return deadline == null ? period.end(year) : deadline.dueIn(year);
        }
    }

    Map<Period, FollowUpStore.Deadline> all() {
        return store.deadlines();
    }
}
