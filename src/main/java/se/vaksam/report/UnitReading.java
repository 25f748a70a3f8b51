package se.vaksam.report;

import org.springframework.stereotype.Component;

import se.vaksam.org.OrgQuery;
import se.vaksam.shared.Access;
import se.vaksam.shared.AccessScope;
import se.vaksam.shared.ForbiddenException;

/**
 * Reading and writing a unit's documents, as the plan module reads plans: whoever may read (change) the unit or
 * any unit below it.
 */
@Component
class UnitReading {

    private final Access access;
    private final OrgQuery org;

    UnitReading(Access access, OrgQuery org) {
        this.access = access;
        this.org = org;
    }

    boolean canRead(long unitId) {
        AccessScope scope = access.current();
        return scope.canRead(unitId) || org.subtree(unitId).stream().anyMatch(scope::canRead);
    }

    boolean canWrite(long unitId) {
        AccessScope scope = access.current();
        return scope.canWrite(unitId) || org.subtree(unitId).stream().anyMatch(scope::canWrite);
    }

    void requireRead(long unitId) {
        if (!canRead(unitId)) {
            throw new ForbiddenException();
        }
    }

    void requireWrite(long unitId) {
        if (!canWrite(unitId)) {
            throw new ForbiddenException();
        }
    }

    String username() {
        return access.current().username();
    }
}
