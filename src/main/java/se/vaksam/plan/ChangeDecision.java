package se.vaksam.plan;

import java.time.LocalDate;

import se.vaksam.shared.DomainException;

/**
 * The recorded decision behind a change to an adopted plan's item list.
 *
 * @param decidedOn when it was decided
 * @param reason why (shown in the plan's history)
 */
public record ChangeDecision(LocalDate decidedOn, String reason) {

    static void require(ChangeDecision decision) {
        if (decision == null || decision.decidedOn() == null || Adoption.blank(decision.reason())) {
            throw new DomainException("plan.change.error.decisionRequired");
        }
    }
}
