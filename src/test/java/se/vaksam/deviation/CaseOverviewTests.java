package se.vaksam.deviation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vaksam.deviation.DeviationStatus.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The step bar and the deadlines of a case, derived from the workflow's table and the deadline rules. */
class CaseOverviewTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    static DeviationRecord lexSarah(DeviationStatus status, Boolean serious, boolean chairDecided) {
        return new DeviationRecord(1, "AVV-2026-000001", DeviationKind.LEX_SARAH, status, 10, 3L, "…", "…", null,
                TODAY.minusDays(12), ReporterKind.STAFF, null, null, "ifo.soc2", null, true, null, null, null,
                "ifo.sek.mot2", TODAY.plusDays(45), "Kontakt samma dag", "ifo.sek.mot2", TODAY.minusDays(11), null,
                "lexsarah", null, null, serious, null, null, null, null, null, null, null, null, null, null, null, 3,
                chairDecided);
    }

    @Test
    void aCaseUnderInvestigationHasItsStepsDoneTheStepNowAndTheStepsAhead() {
        CaseOverview overview = CaseOverview.of(lexSarah(INVESTIGATING, null, false));

        assertThat(overview.steps()).extracting(CaseOverview.Stage::status)
                .containsExactly(REPORTED, ACTION_TAKEN, INVESTIGATING, ASSESSED, DECIDED, MEASURES_DECIDED, CLOSED);
        assertThat(overview.steps()).extracting(CaseOverview.Stage::state).containsExactly(CaseOverview.State.DONE,
                CaseOverview.State.DONE, CaseOverview.State.CURRENT, CaseOverview.State.NEXT, CaseOverview.State.NEXT,
                CaseOverview.State.NEXT, CaseOverview.State.NEXT);
        assertThat(overview.steps().get(1).who()).isEqualTo("ifo.sek.mot2");
        assertThat(overview.steps().get(1).on()).isEqualTo(TODAY.minusDays(11));
        assertThat(overview.steps().get(3).who()).as("nobody has done what is ahead").isNull();
        assertThat(overview.deadlineKey()).contains("investigation");
        assertThat(overview.usernames()).containsExactlyInAnyOrder("ifo.soc2", "ifo.sek.mot2", "lexsarah");
    }

    @Test
    void aSeriousCaseGoesByIvoAndAChairsDecisionShowsItsDetour() {
        assertThat(CaseOverview.of(lexSarah(DECIDED, true, false)).steps()).extracting(CaseOverview.Stage::status)
                .containsExactly(REPORTED, ACTION_TAKEN, INVESTIGATING, ASSESSED, DECIDED, IVO_NOTIFIED, IVO_REPLIED,
                        MEASURES_DECIDED, CLOSED);
        assertThat(CaseOverview.of(lexSarah(URGENT_DECIDED, true, true)).steps()).extracting(CaseOverview.Stage::status)
                .startsWith(REPORTED, ACTION_TAKEN, INVESTIGATING, AWAITING_CHAIR, URGENT_DECIDED, IVO_NOTIFIED);
    }

    @Test
    void theDeadlineRulesGiveEachStepItsDaysAndExplainTheDeadline() {
        assertThat(CaseDeadlines.dueAfter(DeviationKind.LEX_SARAH, null, null, TODAY, null)).isEqualTo(TODAY.plusDays(1));
        assertThat(CaseDeadlines.dueAfter(DeviationKind.QUALITY, null, null, TODAY, null)).isEqualTo(TODAY.plusDays(14));
        assertThat(CaseDeadlines.dueAfter(DeviationKind.LEX_SARAH, Step.START_INVESTIGATION, null, TODAY, null))
                .isEqualTo(TODAY.plusDays(60));
        assertThat(CaseDeadlines.dueAfter(DeviationKind.LEX_SARAH, Step.DECIDE, true, TODAY, null)).isEqualTo(TODAY);
        assertThat(CaseDeadlines.dueAfter(DeviationKind.LEX_SARAH, Step.DECIDE, false, TODAY, null))
                .isEqualTo(TODAY.plusDays(30));
        assertThat(CaseDeadlines.dueAfter(DeviationKind.QUALITY, Step.INVESTIGATE, null, TODAY, TODAY.plusDays(9)))
                .as("the investigation keeps the deadline set at assignment").isEqualTo(TODAY.plusDays(9));
        assertThat(CaseDeadlines.dueAfter(DeviationKind.LEX_SARAH, Step.NOTIFY_IVO, true, TODAY, TODAY)).isNull();
        assertThat(CaseDeadlines.explanation(DeviationKind.LEX_SARAH, DECIDED, true)).contains("notifyIvo");
        assertThat(CaseDeadlines.explanation(DeviationKind.QUALITY, ASSIGNED, null)).contains("investigate");
        for (Step step : Step.values()) {
            Workflow.transitions().stream().filter(t -> t.step() == step).forEach(t -> assertThat(
                    CaseDeadlines.dueAfter(t.lexSarah() ? DeviationKind.LEX_SARAH : DeviationKind.QUALITY, step, true,
                            TODAY, TODAY)).as("every step of the table has a deadline rule: " + step).satisfiesAnyOf(
                                    d -> assertThat(d).isNull(), d -> assertThat(d).isAfterOrEqualTo(TODAY)));
        }
    }
}
