package se.vaksam.deviation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.vaksam.shared.AccessScope;

/** Who may open a deviation and take which step (plain unit test, no database). */
class DeviationRulesTests {

    private static final long UNIT = 11;
    private static final long OTHER_UNIT = 99;

    private final DeviationRules rules = new DeviationRules();

    @Test
    void anOrdinaryDeviationOpensForWhoeverReadsItsUnitAndForItsReporterButNobodyElse() {
        DeviationRecord open = deviation(DeviationKind.QUALITY, DeviationStatus.RECEIVED, false);
        assertThat(rules.mayOpen(staff("läsare", Set.of(UNIT), Set.of()), open)).isTrue();
        assertThat(rules.mayOpen(staff("rapportör", Set.of(), Set.of()), open)).as("the reporter").isTrue();
        assertThat(rules.mayOpen(staff("annan", Set.of(OTHER_UNIT), Set.of()), open)).isFalse();
        assertThat(rules.mayOpen(staff("handläggare", Set.of(), Set.of()), open)).as("the person assigned").isTrue();
        assertThat(rules.mayOpen(administrator(), open)).isTrue();
    }

    @Test
    void aConfidentialDeviationOpensOnlyForManagersInvestigatorsAndTheQualityFunctionWithinTheirScope() {
        DeviationRecord secret = deviation(DeviationKind.LEX_SARAH, DeviationStatus.REPORTED, true);
        assertThat(rules.mayOpen(staff("läsare", Set.of(UNIT), Set.of()), secret)).as("a reader of the unit").isFalse();
        assertThat(rules.mayOpen(staff("rapportör", Set.of(UNIT), Set.of()), secret)).as("its reporter").isFalse();
        assertThat(rules.mayOpen(manager(Set.of(UNIT)), secret)).isTrue();
        assertThat(rules.mayOpen(manager(Set.of(OTHER_UNIT)), secret)).isFalse();
        assertThat(rules.mayOpen(role("INVESTIGATOR", "LEX_SARAH_INVESTIGATOR", UNIT), secret)).isTrue();
        assertThat(rules.mayOpen(role("INVESTIGATOR", "LEX_SARAH_INVESTIGATOR", OTHER_UNIT), secret)).isFalse();
        assertThat(rules.mayOpen(role("kval", "QUALITY_CONTROLLER", UNIT), secret)).isTrue();
        assertThat(rules.mayOpen(role("kval", "QUALITY_CONTROLLER", OTHER_UNIT), secret)).isFalse();
        assertThat(rules.mayOpen(staff("handläggare", Set.of(), Set.of()), secret)).as("the person assigned").isTrue();
    }

    @Test
    void committeeMembersOpenAConfidentialCaseOnlyOnceItAwaitsTheirDecision() {
        AccessScope member = role("ledamot", "COMMITTEE_MEMBER", UNIT);
        for (DeviationStatus status : DeviationStatus.values()) {
            boolean committeeStage = DeviationRules.COMMITTEE_STAGE.contains(status);
            assertThat(rules.mayOpen(member, deviation(DeviationKind.LEX_SARAH, status, true))).as(status.name())
                    .isEqualTo(committeeStage);
        }
        assertThat(rules.mayOpen(role("ledamot", "COMMITTEE_MEMBER", OTHER_UNIT),
                deviation(DeviationKind.LEX_SARAH, DeviationStatus.DECIDED, true))).isFalse();
    }

    @Test
    void aManagerIsOneWhoHoldsAManagersRoleAndMayChangeTheUnit() {
        assertThat(rules.manager(manager(Set.of(UNIT)), UNIT)).isTrue();
        assertThat(rules.manager(manager(Set.of(UNIT)), OTHER_UNIT)).isFalse();
        assertThat(rules.manager(staff("skrivare", Set.of(UNIT), Set.of(UNIT)), UNIT)).as("writes, no manager's role")
                .isFalse();
        assertThat(rules.manager(administrator(), OTHER_UNIT)).isTrue();
        assertThat(rules.quality(role("kval", "QUALITY_CONTROLLER", UNIT), UNIT)).isTrue();
        assertThat(rules.quality(role("kval", "QUALITY_CONTROLLER", UNIT), OTHER_UNIT)).isFalse();
        assertThat(rules.quality(manager(Set.of(UNIT)), UNIT)).isFalse();
        assertThat(rules.quality(administrator(), OTHER_UNIT)).isTrue();
    }

    @Test
    void onAnOrdinaryDeviationTheManagerTakesTheManagersStepsAndThePersonAssignedInvestigatesAndCloses() {
        DeviationRecord d = deviation(DeviationKind.EXTERNAL_COMPLAINT, DeviationStatus.ASSIGNED, false);
        AccessScope assigned = staff("handläggare", Set.of(UNIT), Set.of());
        AccessScope reader = staff("läsare", Set.of(UNIT), Set.of());
        assertThat(stepsOf(manager(Set.of(UNIT)), d)).contains(Step.ASSIGN, Step.INVESTIGATE, Step.IMMEDIATE_ACTION,
                Step.DECIDE_MEASURES, Step.CLOSE);
        assertThat(stepsOf(assigned, d)).containsExactlyInAnyOrder(Step.INVESTIGATE, Step.DECIDE_MEASURES, Step.CLOSE);
        assertThat(stepsOf(reader, d)).isEmpty();
        assertThat(stepsOf(role("kval", "QUALITY_CONTROLLER", UNIT), d)).contains(Step.ASSIGN)
                .doesNotContain(Step.INVESTIGATE, Step.CLOSE, Step.IMMEDIATE_ACTION);
        assertThat(stepsOf(manager(Set.of(OTHER_UNIT)), d)).as("nothing without opening it").isEmpty();
        assertThat(stepsOf(administrator(), d)).containsAll(EnumSet.allOf(Step.class));
    }

    @Test
    void inALexSarahCaseTheInvestigatorAssessesTheCommitteeDecidesAndTheManagerOrQualityClose() {
        DeviationRecord d = deviation(DeviationKind.LEX_SARAH, DeviationStatus.ASSESSED, true);
        AccessScope investigator = role("utredare", "LEX_SARAH_INVESTIGATOR", UNIT);
        AccessScope committee = role("ledamot", "COMMITTEE_MEMBER", UNIT);
        AccessScope quality = role("kval", "QUALITY_CONTROLLER", UNIT);
        assertThat(stepsOf(investigator, d)).containsExactlyInAnyOrder(Step.START_INVESTIGATION, Step.ASSESS,
                Step.REFER_TO_CHAIR, Step.NOTIFY_IVO, Step.IVO_REPLY);
        assertThat(stepsOf(committee, d)).containsExactlyInAnyOrder(Step.DECIDE, Step.URGENT_DECISION);
        assertThat(stepsOf(quality, d)).containsExactlyInAnyOrder(Step.ASSIGN, Step.REFER_TO_CHAIR, Step.DECIDE,
                Step.URGENT_DECISION, Step.NOTIFY_IVO, Step.IVO_REPLY, Step.DECIDE_MEASURES, Step.CLOSE);
        assertThat(stepsOf(manager(Set.of(UNIT)), d)).containsExactlyInAnyOrder(Step.ASSIGN, Step.INVESTIGATE,
                Step.IMMEDIATE_ACTION, Step.DECIDE_MEASURES, Step.CLOSE);
        assertThat(stepsOf(staff("handläggare", Set.of(UNIT), Set.of()), d)).as("assigned, not a manager")
                .containsExactly(Step.INVESTIGATE);
    }

    @Test
    void rolesThatNeedToReadTheUnitTakeNoStepOutsideIt() {
        DeviationRecord open = deviation(DeviationKind.QUALITY, DeviationStatus.RECEIVED, false);
        AccessScope investigatorElsewhere = new AccessScope("rapportör", 1L, false, Set.of(OTHER_UNIT), Set.of(),
                Set.of("LEX_SARAH_INVESTIGATOR", "COMMITTEE_MEMBER"));
        assertThat(rules.mayOpen(investigatorElsewhere, open)).as("opens as its reporter").isTrue();
        assertThat(stepsOf(investigatorElsewhere, open)).isEmpty();
    }

    @Test
    void everyoneInTheUnitMayReportExceptTheAuditorsWhoseOnlyRoleIsReading() {
        assertThat(rules.mayReport(staff("personal", Set.of(UNIT), Set.of()), UNIT)).isTrue();
        assertThat(rules.mayReport(staff("personal", Set.of(UNIT), Set.of()), OTHER_UNIT)).isFalse();
        assertThat(rules.mayReport(role("revisor", "AUDITOR", UNIT), UNIT)).isFalse();
        assertThat(rules.mayReport(new AccessScope("revisor", 1L, false, Set.of(UNIT), Set.of(),
                Set.of("AUDITOR", "SECTION_HEAD")), UNIT)).as("an auditor who is also staff").isTrue();
        assertThat(rules.mayReport(new AccessScope("admin", 1L, true, Set.of(), Set.of(), Set.of("AUDITOR")), UNIT))
                .isTrue();
    }

    @Test
    void theQualityFunctionTheCoordinatorAndAdministratorsKeepTheListsAndRegisters() {
        assertThat(rules.qualityAdministrator(role("kval", "QUALITY_CONTROLLER", UNIT))).isTrue();
        assertThat(rules.qualityAdministrator(role("ik", "INTERNAL_CONTROL_COORDINATOR", UNIT))).isTrue();
        assertThat(rules.qualityAdministrator(administrator())).isTrue();
        assertThat(rules.qualityAdministrator(manager(Set.of(UNIT)))).isFalse();
    }

    private Set<Step> stepsOf(AccessScope scope, DeviationRecord d) {
        Set<Step> steps = EnumSet.noneOf(Step.class);
        for (Step step : Step.values()) {
            if (rules.mayTake(scope, d, step)) {
                steps.add(step);
            }
        }
        return steps;
    }

    private static AccessScope staff(String username, Set<Long> read, Set<Long> write) {
        return new AccessScope(username, 1L, false, read, write, Set.of("STAFF"));
    }

    private static AccessScope manager(Set<Long> units) {
        return new AccessScope("chef", 1L, false, units, units, Set.of("UNIT_HEAD"));
    }

    private static AccessScope role(String username, String role, long unit) {
        return new AccessScope(username, 1L, false, Set.of(unit), Set.of(unit), Set.of(role));
    }

    private static AccessScope administrator() {
        return new AccessScope("admin", 1L, true, Set.of(), Set.of(), Set.of("SYSTEM_ADMINISTRATOR"));
    }

    private static DeviationRecord deviation(DeviationKind kind, DeviationStatus status, boolean confidential) {
        return new DeviationRecord(1, "2026-1", kind, status, UNIT, null, "Rubrik", "Beskrivning", null, null, null,
                null, null, "rapportör", null, confidential, null, null, null, "handläggare", null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, 0,
                false);
    }
}
