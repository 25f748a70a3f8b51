package se.vaksam.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    /** One round of reads: the assigned areas, the recommendations suggested for closing, their areas, the reviews. */
    @Override
    public List<Task> openTasks(AccessScope scope) {
        List<AuditStore.AreaRow> unanswered = store.areasAssignedTo(scope.username()).stream()
                .filter(a -> a.actionsTaken() == null || a.effects() == null || a.plannedActions() == null).toList();
        List<AuditStore.RecommendationRow> suggested = store.suggestedForClosing();
        if (unanswered.isEmpty() && suggested.isEmpty()) {
            return List.of();
        }
        Map<Long, AuditStore.ReviewRow> reviews = store.reviews().stream()
                .collect(Collectors.toMap(AuditStore.ReviewRow::id, r -> r));
        Map<Long, AuditStore.AreaRow> areas = store.areasByIds(suggested.stream()
                .map(AuditStore.RecommendationRow::areaId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(AuditStore.AreaRow::id, a -> a));
        List<Task> tasks = new ArrayList<>();
        for (AuditStore.AreaRow area : unanswered) {
            AuditStore.ReviewRow review = reviews.get(area.reviewId());
            if (review != null) {
                tasks.add(new Task("audit.task.answer", review.number() + " – " + area.position() + ". "
                        + area.heading(), "/audits/" + review.id() + "#area-" + area.id(), null));
            }
        }
        for (AuditStore.RecommendationRow rec : suggested) {
            AuditStore.AreaRow area = areas.get(rec.areaId());
            AuditStore.ReviewRow review = area == null ? null : reviews.get(area.reviewId());
            if (review != null && access.canManage(scope, review.committeeId())) {
                tasks.add(new Task("audit.task.close", review.number() + ": " + rec.text(),
                        "/audit-recommendations/" + rec.id(), null));
            }
        }
        return tasks;
    }

    /** For the coordinator: how many auditors' recommendations of the committees they manage are still open. */
    @Override
    public List<Figure> figures(AccessScope scope) {
        if (scope.personId() == null || !scope.hasRole(COORDINATOR)) {
            return List.of();
        }
        long open = store.openRecommendationsPerCommittee().entrySet().stream()
                .filter(e -> access.canManage(scope, e.getKey())).mapToLong(Map.Entry::getValue).sum();
        return List.of(new Figure("audit.figure.openRecommendations", open, "/audit-recommendations", false));
    }

    private static final String COORDINATOR = "INTERNAL_CONTROL_COORDINATOR";
}
