package se.vaksam.plan;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.shared.LinkedRecords;

/**
 * Describes plan items for pages of other modules that link to them (a risk's page lists the items that
 * treat the risk): "title (internkontrollplan ÅÅÅÅ)" and the item's page, for those who may read the plan.
 */
@Component
class PlanItemLinks implements LinkedRecords {

    private final PlanStore store;
    private final PlanAccess access;

    PlanItemLinks(PlanStore store, PlanAccess access) {
        this.store = store;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LinkedRecord> describe(String recordType, String recordId) {
        if (!PlanManagement.ITEM.equals(recordType) || !recordId.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return store.item(Long.parseLong(recordId)).flatMap(item -> store.plan(item.planId())
                .filter(plan -> access.canRead(plan.committeeId()))
                .map(plan -> new LinkedRecord(item.title() + " (" + plan.committeeName() + ", " + plan.year() + ")",
                        FollowUpPaths.item(item.id()))));
    }
}
