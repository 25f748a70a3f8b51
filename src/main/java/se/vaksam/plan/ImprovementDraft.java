package se.vaksam.plan;

import java.time.LocalDate;

import se.vaksam.shared.DomainException;

/**
 * An improvement action (förbättringsåtgärd) as planned from a review's result.
 *
 * @param title what is to be improved
 * @param description details, or null
 * @param ownerUnitId the owning unit
 * @param ownerUsername the owner, or null
 * @param dueOn the due date, or null
 * @param status the status
 */
public record ImprovementDraft(String title, String description, Long ownerUnitId, String ownerUsername,
        LocalDate dueOn, ImprovementStatus status) {

    void check() {
        if (Adoption.blank(title) || ownerUnitId == null || status == null) {
            throw new DomainException("plan.improvement.error.required");
        }
    }
}
