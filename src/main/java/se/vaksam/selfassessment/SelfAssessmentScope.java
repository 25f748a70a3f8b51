package se.vaksam.selfassessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.vaksam.org.OrgDirectory;
import se.vaksam.org.OrgQuery;
import se.vaksam.org.OrgUnitType;
import se.vaksam.shared.AccessScope;

/**
 * Who may read and write a committee's self-assessment. It is the committee's own: whoever may
 * manage the committee's records writes it (the committee-level rule of the security module:
 * the administrator, the internal-control coordinator or förvaltningschef of the committee's
 * förvaltning); whoever may read the committee
 * (its members, its auditors) reads it. The kommun's criteria are written by whoever may
 * change the kommun unit.
 */
@Component
class SelfAssessmentScope {


    private final OrgQuery org;
    private final OrgDirectory directory;

    SelfAssessmentScope(OrgQuery org, OrgDirectory directory) {
        this.org = org;
        this.directory = directory;
    }

    /** The committee-level rule of the security module ({@link AccessScope#canManageCommittee(long)}). */
    boolean mayWrite(AccessScope scope, long committeeId) {
        return scope.canManageCommittee(committeeId);
    }

    boolean mayRead(AccessScope scope, long committeeId) {
        return scope.canRead(committeeId) || mayWrite(scope, committeeId);
    }

    /** The committees whose self-assessments the person may read, by name. */
    List<OrgQuery.UnitView> readableCommittees(AccessScope scope) {
        Map<Long, OrgQuery.UnitView> committees = new LinkedHashMap<>();
        directory.readableUnits().stream().filter(u -> u.type() == OrgUnitType.COMMITTEE)
                .forEach(u -> committees.put(u.id(), u));
        scope.managedCommitteeIds().stream().map(org::unit).flatMap(java.util.Optional::stream)
                .forEach(u -> committees.putIfAbsent(u.id(), u));
        return committees.values().stream().sorted(java.util.Comparator.comparing(OrgQuery.UnitView::name)).toList();
    }

    /** The kommun a committee belongs to (the root of its tree). */
    long municipalityOf(long unitId) {
        List<OrgQuery.UnitView> ancestors = org.ancestors(unitId);
        return ancestors.stream().filter(u -> u.type() == OrgUnitType.MUNICIPALITY).findFirst()
                .orElse(ancestors.get(ancestors.size() - 1)).id();
    }

    /** The person's kommun: the one above the committees or units they reach, if any. */
    java.util.Optional<Long> municipalityOf(AccessScope scope) {
        List<OrgQuery.UnitView> committees = readableCommittees(scope);
        if (!committees.isEmpty()) {
            return java.util.Optional.of(municipalityOf(committees.get(0).id()));
        }
        return directory.readableUnits().stream().findFirst().map(u -> municipalityOf(u.id()));
    }
}
