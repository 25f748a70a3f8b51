package se.vaksam.audit;

import org.springframework.stereotype.Component;

import se.vaksam.org.OrgQuery;
import se.vaksam.org.OrgUnitType;
import se.vaksam.shared.Access;
import se.vaksam.shared.AccessScope;
import se.vaksam.shared.ForbiddenException;

/**
 * Committee-level rights for the auditors' reviews, asked of {@link Access}: a review belongs to its committee.
 * It is read by whoever reads the committee or any unit below it (the auditors, placed at the committee, read);
 * it is managed by whoever may change the committee or its förvaltning (the internal-control coordinator); a
 * sub-area's answer is also written by the person it is assigned to.
 *
 * <p>The same committee-level rule as {@code plan.PlanAccess}, which is package-private in plan and is being
 * moved into security; until that public API lands this asks {@link Access} per unit the same way. Replace the
 * two methods below with the security module's committee check when it exists.
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
        return scope.canWrite(committeeId) || org.subtree(committeeId).stream().filter(scope::canWrite)
                .anyMatch(id -> org.unit(id).map(u -> u.type() == OrgUnitType.ADMINISTRATION).orElse(false));
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
