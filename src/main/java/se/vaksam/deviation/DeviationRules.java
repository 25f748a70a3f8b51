package se.vaksam.deviation;

import java.util.Set;

import org.springframework.stereotype.Component;

import se.vaksam.shared.AccessScope;

/**
 * Who may open a deviation and who may take which step. A confidential deviation (every lex Sarah
 * report, and any deviation naming a person) opens only for the person assigned, the managers whose
 * scope covers its unit (up the line), lex Sarah investigators and the quality function
 * (kvalitetscontroller) within their scope, committee members once the case awaits their decision
 * (after the assessment, or earlier when it is referred to the ordförande because it cannot wait),
 * and system administrators. Everything else follows the unit scope.
 */
@Component
class DeviationRules {

    static final Set<String> MANAGERS = Set.of("SECTION_HEAD", "UNIT_HEAD", "DEPARTMENT_HEAD", "ADMINISTRATION_HEAD");
    static final String INVESTIGATOR = "LEX_SARAH_INVESTIGATOR";
    static final String QUALITY = "QUALITY_CONTROLLER";
    static final String COMMITTEE = "COMMITTEE_MEMBER";
    static final String AUDITOR = "AUDITOR";
    static final Set<DeviationStatus> COMMITTEE_STAGE = Set.of(DeviationStatus.AWAITING_CHAIR,
            DeviationStatus.URGENT_DECIDED, DeviationStatus.ASSESSED, DeviationStatus.DECIDED,
            DeviationStatus.IVO_NOTIFIED, DeviationStatus.IVO_REPLIED, DeviationStatus.MEASURES_DECIDED,
            DeviationStatus.CLOSED);

    boolean mayOpen(AccessScope scope, DeviationRecord d) {
        if (scope.administrator() || scope.username().equals(d.assignedUsername())) {
            return true;
        }
        if (!d.confidential()) {
            return scope.canRead(d.unitId()) || scope.username().equals(d.reportedBy());
        }
        return manager(scope, d.unitId())
                || (scope.hasRole(INVESTIGATOR) && scope.canRead(d.unitId()))
                || (scope.hasRole(QUALITY) && scope.canRead(d.unitId()))
                || (scope.hasRole(COMMITTEE) && scope.canRead(d.unitId()) && COMMITTEE_STAGE.contains(d.status()));
    }

    boolean manager(AccessScope scope, long unitId) {
        return scope.administrator() || (MANAGERS.stream().anyMatch(scope::hasRole) && scope.canWrite(unitId));
    }

    boolean quality(AccessScope scope, long unitId) {
        return scope.administrator() || (scope.hasRole(QUALITY) && scope.canWrite(unitId));
    }

    /** Whether the person may take this step on the deviation (the transition table is asked separately). */
    boolean mayTake(AccessScope scope, DeviationRecord d, Step step) {
        if (!mayOpen(scope, d)) {
            return false;
        }
        boolean assigned = scope.username().equals(d.assignedUsername());
        long unit = d.unitId();
        return switch (step) {
            case ASSIGN -> manager(scope, unit) || quality(scope, unit);
            case INVESTIGATE -> assigned || manager(scope, unit);
            case IMMEDIATE_ACTION -> manager(scope, unit);
            case START_INVESTIGATION, ASSESS -> scope.administrator() || scope.hasRole(INVESTIGATOR) && scope.canRead(unit);
            case REFER_TO_CHAIR -> quality(scope, unit) || scope.hasRole(INVESTIGATOR) && scope.canRead(unit);
            case DECIDE, URGENT_DECISION -> quality(scope, unit) || scope.hasRole(COMMITTEE) && scope.canRead(unit);
            case NOTIFY_IVO, IVO_REPLY -> quality(scope, unit) || scope.hasRole(INVESTIGATOR) && scope.canRead(unit);
            case DECIDE_MEASURES, CLOSE -> d.kind().lexSarah() ? manager(scope, unit) || quality(scope, unit)
                    : assigned || manager(scope, unit);
        };
    }

    /**
     * Whether the person may report a deviation from inside for this unit (everyone placed there or above),
     * except those whose only role is the auditors' read-only one: the revisorer are not staff and use the
     * public e-service like anyone outside.
     */
    boolean mayReport(AccessScope scope, long unitId) {
        boolean auditorOnly = !scope.administrator() && scope.hasRole(AUDITOR) && scope.roles().size() == 1;
        return scope.canRead(unitId) && !auditorOnly;
    }

    /** Whether the person may keep the category lists, the public units and the registers of the quality function. */
    boolean qualityAdministrator(AccessScope scope) {
        return scope.administrator() || scope.hasRole(QUALITY) || scope.hasRole("INTERNAL_CONTROL_COORDINATOR");
    }
}
