package se.vaksam.shared;

/**
 * The one place every module asks what the signed-in person may see and do. Implemented by
 * the security module from the person's role placements and the organisation tree.
 */
public interface Access {

    /** The scope of the person behind the current request (or an empty scope if anonymous). */
    AccessScope current();

    /** Throws {@link ForbiddenException} unless the current person may read records owned by the unit. */
    default void requireRead(long owningUnitId) {
        if (!current().canRead(owningUnitId)) {
            throw new ForbiddenException();
        }
    }

    /** Throws {@link ForbiddenException} unless the current person may change records owned by the unit. */
    default void requireWrite(long owningUnitId) {
        if (!current().canWrite(owningUnitId)) {
            throw new ForbiddenException();
        }
    }

    /**
     * Throws {@link ForbiddenException} unless the current person may manage the committee's own records
     * ({@link AccessScope#canManageCommittee(long)}).
     */
    default void requireManageCommittee(long committeeId) {
        if (!current().canManageCommittee(committeeId)) {
            throw new ForbiddenException();
        }
    }
}
