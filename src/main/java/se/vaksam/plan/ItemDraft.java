package se.vaksam.plan;

import se.vaksam.shared.DomainException;
import se.vaksam.shared.Period;

/**
 * What the coordinator plans for an item. Direct actions use {@code whatToDo}; reviews use the review
 * fields (Områden och rutiner, Syfte, Omfattning/avgränsning, Granskningsmetod, reviewer).
 *
 * @param kind direct action or review
 * @param riskId the risk the item addresses (null only for city-wide reviews without a risk)
 * @param title the item's title ("Åtgärd: …", "Granskning: …")
 * @param responsibleUnitId the unit responsible for carrying it out and reporting
 * @param responsibleUsername the responsible person, or null
 * @param period the follow-up period it reports in
 * @param reviewKind for reviews: the committee's own or city-wide
 * @param commonReviewAreaId for city-wide reviews: the review area (module plan2), or null
 * @param whatToDo Vad ska göras
 * @param areas Områden och tillhörande rutiner som ska granskas
 * @param purpose Syfte
 * @param scope Omfattning/avgränsning
 * @param method Granskningsmetod
 * @param reviewerUsername the reviewer, or null
 * @param proposalId the proposal from last year the item takes up, or null
 */
public record ItemDraft(ItemKind kind, Long riskId, String title, Long responsibleUnitId, String responsibleUsername,
        Period period, ReviewKind reviewKind, Long commonReviewAreaId, String whatToDo, String areas, String purpose,
        String scope, String method, String reviewerUsername, Long proposalId) {

    public static ItemDraft directAction(Long riskId, String title, long unitId, String username, Period period,
            String whatToDo) {
        return new ItemDraft(ItemKind.DIRECT_ACTION, riskId, title, unitId, username, period, null, null, whatToDo,
                null, null, null, null, null, null);
    }

    public static ItemDraft review(Long riskId, String title, long unitId, String username, Period period,
            ReviewKind reviewKind, String areas, String purpose, String scope, String method, String reviewer) {
        return new ItemDraft(ItemKind.REVIEW, riskId, title, unitId, username, period, reviewKind, null, null, areas,
                purpose, scope, method, reviewer, null);
    }

    public ItemDraft withProposal(Long proposal) {
        return new ItemDraft(kind, riskId, title, responsibleUnitId, responsibleUsername, period, reviewKind,
                commonReviewAreaId, whatToDo, areas, purpose, scope, method, reviewerUsername, proposal);
    }

    public ItemDraft withCommonReviewArea(Long area) {
        return new ItemDraft(kind, riskId, title, responsibleUnitId, responsibleUsername, period,
                ReviewKind.KOMMUNGEMENSAM, area, whatToDo, areas, purpose, scope, method, reviewerUsername, proposalId);
    }

    void check() {
        if (kind == null || Adoption.blank(title) || responsibleUnitId == null || period == null) {
            throw new DomainException("plan.item.error.required");
        }
        if (kind == ItemKind.REVIEW && reviewKind == null) {
            throw new DomainException("plan.item.error.reviewKind");
        }
        if (kind == ItemKind.DIRECT_ACTION && (reviewKind != null || commonReviewAreaId != null)) {
            throw new DomainException("plan.item.error.reviewKind");
        }
        if (title.length() > 300) {
            throw new DomainException("plan.item.error.titleLength");
        }
    }
}
