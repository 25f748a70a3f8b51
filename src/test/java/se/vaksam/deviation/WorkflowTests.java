package se.vaksam.deviation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import se.vaksam.shared.DomainException;

/** The transition table: what each kind may do from where, and the guards on the lex Sarah path. */
class WorkflowTests {

    @Test
    void aComplaintGoesFromReceivedThroughAssignmentInvestigationAndMeasuresToClosed() {
        DeviationStatus s = DeviationStatus.RECEIVED;
        for (Step step : new Step[] {Step.ASSIGN, Step.INVESTIGATE, Step.DECIDE_MEASURES, Step.CLOSE}) {
            s = Workflow.apply(DeviationKind.EXTERNAL_COMPLAINT, s, step, null);
        }
        assertThat(s).isEqualTo(DeviationStatus.CLOSED);
    }

    @Test
    void aLexSarahReportCannotBeInvestigatedBeforeTheManagersImmediateAction() {
        assertThatThrownBy(() -> Workflow.apply(DeviationKind.LEX_SARAH, DeviationStatus.REPORTED,
                Step.START_INVESTIGATION, null))
                .isInstanceOf(DomainException.class).hasMessage("deviation.error.immediateActionFirst");
        assertThat(Workflow.next(DeviationKind.LEX_SARAH, DeviationStatus.REPORTED, null))
                .containsExactly(Step.IMMEDIATE_ACTION);
    }

    @Test
    void aSeriousCaseGoesToIvoBeforeMeasuresAndANonSeriousOneCannot() {
        assertThat(Workflow.next(DeviationKind.LEX_SARAH, DeviationStatus.DECIDED, true)).containsExactly(Step.NOTIFY_IVO);
        assertThat(Workflow.next(DeviationKind.LEX_SARAH, DeviationStatus.DECIDED, false))
                .containsExactly(Step.DECIDE_MEASURES);
        assertThatThrownBy(() -> Workflow.apply(DeviationKind.LEX_SARAH, DeviationStatus.DECIDED, Step.NOTIFY_IVO, false))
                .hasMessage("deviation.error.ivoNotSerious");
        assertThatThrownBy(() -> Workflow.apply(DeviationKind.LEX_SARAH, DeviationStatus.DECIDED, Step.DECIDE_MEASURES, true))
                .hasMessage("deviation.error.ivoFirst");
    }

    @Test
    void stepsOfTheOtherPathAreRefused() {
        assertThatThrownBy(() -> Workflow.apply(DeviationKind.QUALITY, DeviationStatus.RECEIVED, Step.ASSESS, null))
                .isInstanceOf(DomainException.class).hasMessage("deviation.error.transition");
        assertThatThrownBy(() -> Workflow.apply(DeviationKind.LEX_SARAH, DeviationStatus.CLOSED, Step.CLOSE, null))
                .hasMessage("deviation.error.transition");
    }

    @Test
    void theChairsUrgentDecisionComesBeforeTheAssessmentWhichFollowsWhileIvoWaits() {
        DeviationStatus s = DeviationStatus.INVESTIGATING;
        s = Workflow.apply(DeviationKind.LEX_SARAH, s, Step.REFER_TO_CHAIR, null, false);
        assertThat(s).isEqualTo(DeviationStatus.AWAITING_CHAIR);
        assertThat(Workflow.next(DeviationKind.LEX_SARAH, s, null, false))
                .containsExactly(Step.URGENT_DECISION, Step.ASSESS);
        s = Workflow.apply(DeviationKind.LEX_SARAH, s, Step.URGENT_DECISION, true, false);
        s = Workflow.apply(DeviationKind.LEX_SARAH, s, Step.NOTIFY_IVO, true, false);
        s = Workflow.apply(DeviationKind.LEX_SARAH, s, Step.IVO_REPLY, true, false);
        assertThat(s).isEqualTo(DeviationStatus.IVO_REPLIED);
        DeviationStatus replied = s;
        assertThatThrownBy(() -> Workflow.apply(DeviationKind.LEX_SARAH, replied, Step.DECIDE_MEASURES, true, false))
                .hasMessage("deviation.error.assessFirst");
        assertThat(Workflow.next(DeviationKind.LEX_SARAH, s, true, false)).containsExactly(Step.ASSESS);
        s = Workflow.apply(DeviationKind.LEX_SARAH, s, Step.ASSESS, true, false);
        assertThat(s).isEqualTo(DeviationStatus.IVO_REPLIED);
        assertThatThrownBy(() -> Workflow.apply(DeviationKind.LEX_SARAH, replied, Step.ASSESS, true, true))
                .hasMessage("deviation.error.alreadyAssessed");
        assertThat(Workflow.next(DeviationKind.LEX_SARAH, s, true, true)).containsExactly(Step.DECIDE_MEASURES);
        assertThatThrownBy(() -> Workflow.apply(DeviationKind.LEX_SARAH, DeviationStatus.INVESTIGATING,
                Step.URGENT_DECISION, true, false)).hasMessage("deviation.error.transition");
    }

    @Test
    void aLexSarahCaseAssessedAlreadyCannotBeAssessedAgainAfterIvoWasNotified() {
        for (DeviationStatus status : new DeviationStatus[] {DeviationStatus.IVO_NOTIFIED, DeviationStatus.IVO_REPLIED}) {
            assertThatThrownBy(() -> Workflow.apply(DeviationKind.LEX_SARAH, status, Step.ASSESS, true, true))
                    .hasMessage("deviation.error.alreadyAssessed");
            assertThat(Workflow.apply(DeviationKind.LEX_SARAH, status, Step.ASSESS, true, false)).as("urgent case")
                    .isEqualTo(status);
            assertThat(Workflow.next(DeviationKind.LEX_SARAH, status, true, true)).doesNotContain(Step.ASSESS);
        }
    }

    @Test
    void thePublishedTableIsTheOneTheRulesFollow() {
        assertThat(Workflow.transitions()).isSameAs(Workflow.TABLE).isNotEmpty();
    }
}
