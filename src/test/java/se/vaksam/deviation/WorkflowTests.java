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
}
