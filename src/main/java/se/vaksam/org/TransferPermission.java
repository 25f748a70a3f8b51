package se.vaksam.org;

import se.vaksam.shared.AccessScope;
import se.vaksam.shared.ForbiddenException;

/** Import and export of the organisation are for system administrators and internal-control coordinators. */
final class TransferPermission {

    private TransferPermission() {
    }

    static boolean allows(AccessScope scope) {
        return scope.administrator() || scope.hasRole(PlacementRole.INTERNAL_CONTROL_COORDINATOR.name());
    }

    static void require(AccessScope scope) {
        if (!allows(scope)) {
            throw new ForbiddenException();
        }
    }
}
