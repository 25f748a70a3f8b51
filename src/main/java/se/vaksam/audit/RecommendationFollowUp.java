package se.vaksam.audit;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.vaksam.shared.RecordChanged;

/**
 * When an improvement action or direct action linked to a recommendation changes, checks whether every action
 * linked to the recommendation is now closed; if so the coordinator is asked "Stäng rekommendationen?" (a task on
 * the start page and a banner on the recommendation's page). Reopening an action withdraws the question.
 * Runs synchronously in the changing transaction, so the plan's new state is what it reads.
 */
@Component
class RecommendationFollowUp {

    private final AuditStore store;
    private final JdbcAuditQuery query;

    RecommendationFollowUp(AuditStore store, JdbcAuditQuery query) {
        this.store = store;
        this.query = query;
    }

    @EventListener
    void on(RecordChanged changed) {
        LinkType type = switch (changed.recordType()) {
            case "plan.improvement-action" -> LinkType.IMPROVEMENT_ACTION;
            case "plan.item" -> LinkType.PLAN_ITEM;
            default -> null;
        };
        if (type == null || changed.action() == RecordChanged.Action.CREATED || changed.changes().stream()
                .noneMatch(c -> c.field().equals("status") || c.field().equals("actionStatus"))) {
            return;
        }
        long recordId;
        try {
            recordId = Long.parseLong(changed.recordId());
        } catch (NumberFormatException e) {
            return;
        }
        for (long recommendationId : store.linkedTo(type, recordId)) {
            store.recommendation(recommendationId).filter(r -> r.status().open()).ifPresent(rec -> {
                List<AuditQuery.LinkView> actions = store.links(rec.id()).stream()
                        .filter(l -> l.recordType() != LinkType.RISK).map(query::link).toList();
                boolean allClosed = !actions.isEmpty() && actions.stream().allMatch(AuditQuery.LinkView::closed);
                if (allClosed != rec.closingSuggested()) {
                    store.suggestClosing(rec.id(), allClosed);
                }
            });
        }
    }
}
