package se.vaksam.org;

import org.springframework.stereotype.Component;

import se.vaksam.shared.Access;
import se.vaksam.shared.AccessScope;
import se.vaksam.shared.ForbiddenException;

/**
 * Whether the signed-in person may read or change records owned by a unit, counting the units below it: a
 * committee's documents are readable by whoever may read the committee or any unit under it, as plans and
 * reports are. One rule for every module that stores records per owning unit.
 */
@Component
public class UnitAccess {

    private final Access access;
    private final OrgQuery org;

    UnitAccess(Access access, OrgQuery org) {
        this.access = access;
        this.org = org;
    }

    /** Whether the person may read the unit's records (the unit or any unit below it is in their scope). */
    public boolean canRead(long unitId) {
        AccessScope scope = access.current();
        return scope.canRead(unitId) || org.subtree(unitId).stream().anyMatch(scope::canRead);
    }

    /** Whether the person may change the unit's records (the unit or any unit below it is writable to them). */
    public boolean canWrite(long unitId) {
        AccessScope scope = access.current();
        return scope.canWrite(unitId) || org.subtree(unitId).stream().anyMatch(scope::canWrite);
    }

    /** Refuses with 403 unless {@link #canRead(long)}. */
    public void requireRead(long unitId) {
        if (!canRead(unitId)) {
            throw new ForbiddenException();
        }
    }

    /** Refuses with 403 unless {@link #canWrite(long)}. */
    public void requireWrite(long unitId) {
        if (!canWrite(unitId)) {
            throw new ForbiddenException();
        }
    }
}
