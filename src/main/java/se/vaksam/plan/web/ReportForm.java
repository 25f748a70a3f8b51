package se.vaksam.plan.web;

import java.util.List;

import se.vaksam.plan.ActionReport;
import se.vaksam.plan.ActionStatus;
import se.vaksam.plan.PlanQuery;
import se.vaksam.plan.ResultTable;
import se.vaksam.plan.ReviewReport;
import se.vaksam.shared.Period;

/** An item's report as typed: a direct action's or a review's fields, and the version the person read. */
record ReportForm(String actionsTaken, String status, String movedToYear, String finalReportYear,
        String finalReportPeriod, String result, String cause, String analysis, String conclusion,
        String ledToActions, Integer version) {

    static ReportForm of(PlanQuery.ItemView i) {
        return new ReportForm(i.actionsTaken(), i.actionStatus() == null ? null : i.actionStatus().name(),
                i.movedToYear() == null ? null : i.movedToYear().toString(),
                i.finalReportYear() == null ? null : i.finalReportYear().toString(),
                i.finalReportPeriod() == null ? null : i.finalReportPeriod().name(), i.result(), i.cause(),
                i.analysis(), i.conclusion(), i.ledToActions(), i.version());
    }

    /** The typed report against another version: after a conflict, to save over what is saved now. */
    ReportForm withVersion(int newVersion) {
        return new ReportForm(actionsTaken, status, movedToYear, finalReportYear, finalReportPeriod, result, cause,
                analysis, conclusion, ledToActions, newVersion);
    }

    ActionReport actionReport(List<ResultTable> tables) {
        return new ActionReport(Forms.blankToNull(actionsTaken), Forms.choice(ActionStatus.class, status),
                Forms.number(movedToYear), Forms.number(finalReportYear),
                Forms.choice(Period.class, finalReportPeriod), tables);
    }

    ReviewReport reviewReport(List<ResultTable> tables) {
        return new ReviewReport(Forms.blankToNull(result), Forms.blankToNull(cause), Forms.blankToNull(analysis),
                Forms.blankToNull(conclusion), Forms.blankToNull(ledToActions), tables);
    }
}
