package se.vaksam.audit;

import org.springframework.stereotype.Component;

import se.vaksam.org.OrgQuery;
import se.vaksam.shared.Access;
import se.vaksam.shared.AccessScope;
import se.vaksam.shared.ForbiddenException;

/**
 * Committee-level rights for the auditors' reviews, asked of {@link Access}: a review belongs to its committee.
 * It is read by whoever reads the committee or any unit below it (the auditors, placed at the committee, read);
 * it is managed by whoever manages the committee's records ({@link AccessScope#canManageCommittee}, the same
 * committee-level rule as the plan and the self-assessment: the internal-control coordinator or the head of the
 * committee's förvaltning); a sub-area's answer is also written by the person it is assigned to.
 */
@Component
class AuditAccess {

    private final Access access;
    private final OrgQuery org;

    AuditAccess(Access access, OrgQuery org) {
        this.access = access;
        this.org = org;
    }

    AccessScope scope() {
        return access.current();
    }

    boolean canRead(AccessScope scope, long committeeId) {
        return scope.canRead(committeeId) || org.subtree(committeeId).stream().anyMatch(scope::canRead);
    }

    boolean canManage(AccessScope scope, long committeeId) {
        return scope.canManageCommittee(committeeId);
    }

    void requireRead(long committeeId) {
        if (!canRead(scope(), committeeId)) {
            throw new ForbiddenException();
        }
    }

    void requireManage(long committeeId) {
        if (!canManage(scope(), committeeId)) {
            throw new ForbiddenException();
        }
    }
}
