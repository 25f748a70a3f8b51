package se.vaksam.selfassessment;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import se.vaksam.shared.ChangeSet;
import se.vaksam.shared.RecordChanged;

/**
 * Publishes the {@link RecordChanged} events of self-assessments (record type
 * {@code selfassessment.assessment}); each answer shows as its criterion with rating and motivation.
 */
@Component
class SelfAssessmentChanges {

    static final String ASSESSMENT = "selfassessment.assessment";

    private final ApplicationEventPublisher events;

    SelfAssessmentChanges(ApplicationEventPublisher events) {
        this.events = events;
    }

    void created(SelfAssessment after) {
        events.publishEvent(new RecordChanged(ASSESSMENT, after.id().toString(), RecordChanged.Action.CREATED,
                ChangeSet.create().field("year", null, after.year()).field("status", null, after.status()).toList(),
                null));
    }

    void updated(SelfAssessment before, SelfAssessment after, String reason) {
        ChangeSet changes = ChangeSet.create().field("status", before.status(), after.status())
                .field("submittedBy", before.submittedBy(), after.submittedBy())
                .field("summary", before.summary(), after.summary());
        List<Answer> old = before.answers();
        List<Answer> now = after.answers();
        for (int i = 0; i < now.size(); i++) {
            changes.field(now.get(i).criterionText(), i < old.size() ? old.get(i).shown() : null, now.get(i).shown());
        }
        if (!changes.isEmpty()) {
            events.publishEvent(new RecordChanged(ASSESSMENT, after.id().toString(), RecordChanged.Action.UPDATED,
                    changes.toList(), reason == null || reason.isBlank() ? null : reason.strip()));
        }
    }
}
