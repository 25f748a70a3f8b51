package se.vaksam.plan;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.vaksam.org.OrgQuery;
import se.vaksam.org.OrgUnitType;
import se.vaksam.shared.AccessScope;

/**
 * Who may do what with kommungemensamma granskningsområden: the system administrator and those who may
 * change kommunstyrelsen's records register and edit the decision; everyone working under a committee or
 * kommunstyrelsen reads it; kommunstyrelsen sees every committee's results, a committee its own.
 */
@Component
class CommonReviewRights {

    private static final Set<OrgUnitType> CITY = EnumSet.of(OrgUnitType.EXECUTIVE_BOARD, OrgUnitType.COMMITTEE);

    private final OrgQuery org;

    CommonReviewRights(OrgQuery org) {
        this.org = org;
    }

    boolean mayEdit(AccessScope scope) {
        return scope.administrator() || scope.writableUnitIds().stream().anyMatch(this::isExecutiveBoard);
    }

    boolean mayRead(AccessScope scope) {
        return scope.administrator() || scope.readableUnitIds().stream()
                .anyMatch(id -> org.ancestors(id).stream().anyMatch(u -> CITY.contains(u.type())));
    }

    /** Kommunstyrelsen's view: every committee's results. */
    boolean maySeeAllCommittees(AccessScope scope) {
        return scope.administrator() || scope.readableUnitIds().stream().anyMatch(this::isExecutiveBoard);
    }

    /** Whether the person reads anything in the committee's part of the organisation. */
    boolean maySeeCommittee(AccessScope scope, long committeeId) {
        if (maySeeAllCommittees(scope) || scope.canRead(committeeId)) {
            return true;
        }
        Set<Long> subtree = org.subtree(committeeId);
        return scope.readableUnitIds().stream().anyMatch(subtree::contains);
    }

    private boolean isExecutiveBoard(long unitId) {
        return org.unit(unitId).map(u -> u.type() == OrgUnitType.EXECUTIVE_BOARD).orElse(false);
    }
}
