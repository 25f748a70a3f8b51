package se.vaksam.selfassessment;

import java.util.List;
import org.springframework.stereotype.Component;
import se.vaksam.shared.AccessScope;
import se.vaksam.shared.TaskSource;

/** Drafts not yet submitted to kommunstyrelsen, on the start page of those who write them. */
@Component
class SelfAssessmentTasks implements TaskSource {

    private final SelfAssessmentScope scope;
    private final SelfAssessmentRepository assessments;

    SelfAssessmentTasks(SelfAssessmentScope scope, SelfAssessmentRepository assessments) {
        this.scope = scope;
        this.assessments = assessments;
    }

    @Override
    public List<Task> openTasks(AccessScope person) {
        return scope.readableCommittees(person).stream().filter(c -> scope.mayWrite(person, c.id()))
                .flatMap(c -> assessments.findByCommitteeIdOrderByYearDesc(c.id()).stream()
                        .filter(a -> a.status() == AssessmentStatus.DRAFT)
                        .map(a -> new Task("selfassessment.task.draft", c.name() + " " + a.year(),
                                "/self-assessments/" + a.id(), null)))
                .toList();
    }
}
