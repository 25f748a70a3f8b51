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
 */
public record AccessScope(String username, Long personId, boolean administrator,
        Set<Long> readableUnitIds, Set<Long> writableUnitIds, Set<String> roles) {

    public static AccessScope anonymous() {
        return new AccessScope("anonymous", null, false, Set.of(), Set.of(), Set.of());
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
