package se.vaksam.plan;

import se.vaksam.shared.DomainException;

/**
 * A proposal for next year's plan ("föreslås i internkontrollplan 2024", "förnyad granskning").
 *
 * @param kind direct action or review
 * @param title the proposed item's title
 * @param motivation why, e.g. "Förnyad granskning"
 */
public record ProposalDraft(ItemKind kind, String title, String motivation) {

    void check() {
        if (kind == null || Adoption.blank(title)) {
            throw new DomainException("plan.proposal.error.required");
        }
    }
}
