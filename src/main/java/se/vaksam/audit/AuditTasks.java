package se.vaksam.audit;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import se.vaksam.shared.AccessScope;
import se.vaksam.shared.TaskSource;

/**
 * On "Mina uppgifter": the sub-areas of a yttrande assigned to the person and not yet fully answered, and for
 * the coordinator the recommendations whose linked actions are all closed ("Stäng rekommendationen?").
 */
@Component
class AuditTasks implements TaskSource {

    private final AuditStore store;
    private final AuditAccess access;

    AuditTasks(AuditStore store, AuditAccess access) {
        this.store = store;
        this.access = access;
    }

    @Override
    public List<Task> openTasks(AccessScope scope) {
        List<Task> tasks = new ArrayList<>();
        for (AuditStore.AreaRow area : store.areasAssignedTo(scope.username())) {
            if (area.actionsTaken() == null || area.effects() == null || area.plannedActions() == null) {
                store.review(area.reviewId()).ifPresent(review -> tasks.add(new Task("audit.task.answer",
                        review.number() + " – " + area.position() + ". " + area.heading(),
                        "/audits/" + review.id() + "#area-" + area.id(), null)));
            }
        }
        for (AuditStore.RecommendationRow rec : store.suggestedForClosing()) {
            store.area(rec.areaId()).flatMap(area -> store.review(area.reviewId()))
                    .filter(review -> access.canManage(scope, review.committeeId()))
                    .ifPresent(review -> tasks.add(new Task("audit.task.close", review.number() + ": " + rec.text(),
                            "/audit-recommendations/" + rec.id(), null)));
        }
        return tasks;
    }
}
