package se.vaksam.plan;

import java.time.LocalDate;

import se.vaksam.shared.DomainException;

/**
 * The plan aggregate's head: it guards its own life cycle. A draft's items change freely; an adopted
 * plan's item list changes only by a recorded decision; a closed plan does not change.
 */
final class Plan {

    private final long id;
    private final long committeeId;
    private final int year;
    private PlanStatus status;
    private Adoption adoption;
    private LocalDate closedOn;
    private final int version;

    Plan(long id, long committeeId, int year, PlanStatus status, Adoption adoption, LocalDate closedOn, int version) {
        this.id = id;
        this.committeeId = committeeId;
        this.year = year;
        this.status = status;
        this.adoption = adoption;
        this.closedOn = closedOn;
        this.version = version;
    }

    void adopt(Adoption decision) {
        if (status != PlanStatus.DRAFT) {
            throw new DomainException("plan.adopt.error.notDraft", year);
        }
        decision.check();
        this.adoption = decision;
        this.status = PlanStatus.ADOPTED;
    }

    /**
     * Closing needs an adopted plan and no open improvement action without a disposition; the decision's date
     * is not in the future.
     */
    void close(LocalDate on, LocalDate today, long openWithoutDisposition) {
        if (status != PlanStatus.ADOPTED) {
            throw new DomainException("plan.close.error.notAdopted", year);
        }
        if (on.isAfter(today)) {
            throw new DomainException("plan.close.error.date", on.toString());
        }
        if (openWithoutDisposition > 0) {
            throw new DomainException("plan.close.error.openActions", openWithoutDisposition);
        }
        this.closedOn = on;
        this.status = PlanStatus.CLOSED;
    }

    /** Checks that the item list may change: freely in a draft, by a recorded decision once adopted. */
    void checkItemListChange(ChangeDecision decision) {
        if (status == PlanStatus.CLOSED) {
            throw new DomainException("plan.error.closed", year);
        }
        if (status == PlanStatus.ADOPTED) {
            ChangeDecision.require(decision);
        }
    }

    /** Results may be reported while the plan is adopted (not in a draft, not once closed). */
    void checkReporting() {
        if (status != PlanStatus.ADOPTED) {
            throw new DomainException("plan.report.error.notAdopted");
        }
    }

    void checkOpen() {
        if (status == PlanStatus.CLOSED) {
            throw new DomainException("plan.error.closed", year);
        }
    }

    long id() {
        return id;
    }

    long committeeId() {
        return committeeId;
    }

    int year() {
        return year;
    }

    PlanStatus status() {
        return status;
    }

    Adoption adoption() {
        return adoption;
    }

    LocalDate closedOn() {
        return closedOn;
    }

    int version() {
        return version;
    }
}
