package se.vaksam.report;

import org.springframework.stereotype.Component;

import se.vaksam.org.UnitAccess;
import se.vaksam.shared.Access;
import se.vaksam.shared.ForbiddenException;

/**
 * Reading and writing a unit's documents, as the plan module reads plans: whoever may read (change) the unit or
 * any unit below it.
 */
@Component
class UnitReading {

    private final Access access;
    private final UnitAccess units;

    UnitReading(Access access, UnitAccess units) {
        this.access = access;
        this.units = units;
    }

    boolean canRead(long unitId) {
        return units.canRead(unitId);
    }

    boolean canWrite(long unitId) {
        return units.canWrite(unitId);
    }

    void requireRead(long unitId) {
        units.requireRead(unitId);
    }

    void requireWrite(long unitId) {
        units.requireWrite(unitId);
    }

    boolean administrator() {
        return access.current().administrator();
    }

    void requireAdministrator() {
        if (!administrator()) {
            throw new ForbiddenException();
        }
    }

    String username() {
        return access.current().username();
    }
}
