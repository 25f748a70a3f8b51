package se.vaksam.deviation;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import se.vaksam.check.LogReviewFlagged;
import se.vaksam.check.SelfInspectionCompleted;
import se.vaksam.org.OrgQuery;

/**
 * Takes what module check finds into the quality work: a log review marked "avvikelse" opens a
 * kvalitetsavvikelse for the unit, and a self-inspection completed on the annual wheel is registered in the
 * self-inspection register. Runs in the transaction of the check that found it, so the finding and its record
 * in the quality work are stored together or not at all.
 */
@Component
class CheckFindings {

    static final String LOG_REVIEW = "logguppfoljning";
    static final String ANNUAL_WHEEL = "arshjul";

    private final DeviationManagement deviations;
    private final QualityRegisters registers;
    private final OrgQuery org;

    CheckFindings(DeviationManagement deviations, QualityRegisters registers, OrgQuery org) {
        this.deviations = deviations;
        this.registers = registers;
        this.org = org;
    }

    @EventListener
    void on(LogReviewFlagged flagged) {
        deviations.registerFromProcess(new Drafts.ProcessReport(LOG_REVIEW, flagged.unitId(),
                "Logguppföljning: avvikelse i " + flagged.reviewedUsername() + "s läsningar",
                flagged.description() + "\n\nMarkerad av " + flagged.reviewer() + " i logguppföljning "
                        + flagged.reviewId() + ".",
                flagged.occurredAt().toLocalDate()));
    }

    @EventListener
    void on(SelfInspectionCompleted completed) {
        String place = org.unit(completed.unitId()).map(OrgQuery.UnitView::name).orElse("—");
        registers.recordSelfInspection(new QualityRegisters.EntryDraft(completed.date().getYear(),
                completed.unitId(), completed.title(), place, completed.result(), null, null), ANNUAL_WHEEL);
    }
}
