package se.vaksam.shared;

import java.util.Set;

/**
 * What one signed-in person may read and change, computed from their roles and their place
 * in the organisation tree: a chef sees the subtree under the unit they are placed at.
 *
 * @param username the login name
 * @param personId the person record behind the login, if any
 * @param administrator whether the person is a system administrator (sees everything)
 * @param readableUnitIds units whose records the person may read
 * @param writableUnitIds units whose records the person may change
 * @param roles the role names the person holds (e.g. {@code SECTION_HEAD})
 * @param managedCommitteeIds committees whose own records (plan, self-assessment) the person manages without
 *        a placement at the committee: the internal-control coordinator or the head of the committee's
 *        förvaltning (see {@link #canManageCommittee(long)})
 */
public record AccessScope(String username, Long personId, boolean administrator,
        Set<Long> readableUnitIds, Set<Long> writableUnitIds, Set<String> roles, Set<Long> managedCommitteeIds) {

    /** A scope without committee-level rights from a förvaltning. */
    public AccessScope(String username, Long personId, boolean administrator, Set<Long> readableUnitIds,
            Set<Long> writableUnitIds, Set<String> roles) {
        this(username, personId, administrator, readableUnitIds, writableUnitIds, roles, Set.of());
    }

    public static AccessScope anonymous() {
        return new AccessScope("anonymous", null, false, Set.of(), Set.of(), Set.of(), Set.of());
    }

    /**
     * Whether the person may manage the committee's own records (its internal-control plan, its
     * self-assessment): whoever may change records of the committee unit, and the committee-level roles
     * (internal-control coordinator, förvaltningschef) placed at the committee's förvaltning. The rule is
     * computed once, by the security module.
     */
    public boolean canManageCommittee(long committeeId) {
        return canWrite(committeeId) || managedCommitteeIds.contains(committeeId);
    }

    public boolean canRead(long unitId) {
        return administrator || readableUnitIds.contains(unitId);
    }

    public boolean canWrite(long unitId) {
        return administrator || writableUnitIds.contains(unitId);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
