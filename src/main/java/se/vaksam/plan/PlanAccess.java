package se.vaksam.plan;

import java.time.Clock;
import org.springframework.stereotype.Component;

import se.vaksam.org.OrgQuery;
import se.vaksam.shared.Access;
import se.vaksam.shared.AccessScope;
import se.vaksam.shared.ForbiddenException;

/**
 * Who may do what with plans, in terms of {@link Access}: a plan belongs to its committee. It is read by
 * whoever reads the committee or any unit below it; it is managed (drafted, adopted, closed) by whoever
 * may change the committee or its förvaltning (the internal-control coordinator); an item is reported by
 * whoever may change its responsible unit, or by those who manage the plan.
 */
@Component
class PlanAccess {

    private final Access access;
    private final OrgQuery org;
    private final Clock clock;

    PlanAccess(Access access, OrgQuery org, Clock clock) {
        this.access = access;
        this.org = org;
        this.clock = clock;
    }

    AccessScope scope() {
        return access.current();
    }

    boolean canRead(long committeeId) {
        AccessScope scope = access.current();
        return scope.canRead(committeeId) || org.subtree(committeeId).stream().anyMatch(scope::canRead);
    }

    /** The committee-level rule of the security module ({@link AccessScope#canManageCommittee(long)}). */
    boolean canManage(long committeeId) {
        return access.current().canManageCommittee(committeeId);
    }

    boolean canReport(long committeeId, long responsibleUnitId) {
        return access.current().canWrite(responsibleUnitId) || canManage(committeeId);
    }

    void requireRead(long committeeId) {
        if (!canRead(committeeId)) {
            throw new ForbiddenException();
        }
    }

    void requireManage(long committeeId) {
        if (!canManage(committeeId)) {
            throw new ForbiddenException();
        }
    }

    void requireReport(long committeeId, long responsibleUnitId) {
        if (!canReport(committeeId, responsibleUnitId)) {
            throw new ForbiddenException();
        }
    }

    /** Independence: the reviewer should not belong to the reviewed unit or any unit below it. */
    boolean reviewerInReviewedUnit(Long reviewerPersonId, String reviewerUsername, long reviewedUnitId) {
        if (reviewerPersonId == null || reviewerUsername == null) {
            return false;
        }
        var subtree = org.subtree(reviewedUnitId);
        return org.placementsOf(reviewerUsername, java.time.LocalDate.now(clock)).stream()
                .anyMatch(p -> subtree.contains(p.unitId()));
    }
}
