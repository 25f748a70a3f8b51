package se.vaksam.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.vaksam.shared.AccessScope;
import se.vaksam.shared.TaskSource;

/** Overdue re-reviews (omprövning) on the start page of the risk's owner. */
@Component
class RiskReviewTasks implements TaskSource {

    private final RiskStore store;
    private final Clock clock;

    RiskReviewTasks(RiskStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public List<Task> openTasks(AccessScope scope) {
        if (scope.personId() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, RiskQuery.Assessment> latest = store.latestAssessments();
        return store.risks().stream().filter(r -> scope.personId().equals(r.ownerPersonId()))
                .map(r -> {
                    RiskQuery.Assessment last = latest.get(r.id());
                    LocalDate due = last == null ? r.createdOn() : last.assessedOn().plusMonths(r.reviewIntervalMonths());
                    return new Task("risk.task.review", r.title(), "/risks/" + r.id(), due);
                })
                .filter(t -> t.due().isBefore(today)).toList();
    }
}
