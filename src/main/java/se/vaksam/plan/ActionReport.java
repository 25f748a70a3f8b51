package se.vaksam.plan;

import java.util.List;

import se.vaksam.shared.DomainException;
import se.vaksam.shared.Period;

/**
 * A direct action's report: Genomförda åtgärder and the status.
 *
 * @param actionsTaken Genomförda åtgärder
 * @param status the status
 * @param movedToYear for {@link ActionStatus#MOVED_TO_PLAN}: the plan year it moves to
 * @param finalReportYear for {@link ActionStatus#FINAL_REPORT_AT}: the year of the final report
 * @param finalReportPeriod for {@link ActionStatus#FINAL_REPORT_AT}: the period of the final report
 * @param tables tables within Genomförda åtgärder (e.g. the log control "År | Antal diarieförda kontroller")
 */
public record ActionReport(String actionsTaken, ActionStatus status, Integer movedToYear, Integer finalReportYear,
        Period finalReportPeriod, List<ResultTable> tables) {

    public ActionReport {
        tables = tables == null ? null : List.copyOf(tables);
    }

    /** Whether the report says which tables it has; left out ({@code null}), the attached tables stay. */
    public boolean replacesTables() {
        return tables != null;
    }

    public ActionReport(String actionsTaken, ActionStatus status, Integer movedToYear, Integer finalReportYear,
            Period finalReportPeriod) {
        this(actionsTaken, status, movedToYear, finalReportYear, finalReportPeriod, List.of());
    }

    public static ActionReport of(String actionsTaken, ActionStatus status) {
        return new ActionReport(actionsTaken, status, null, null, null);
    }

    void check(int planYear) {
        if (status == null) {
            throw new DomainException("plan.report.error.status");
        }
        if (status == ActionStatus.MOVED_TO_PLAN && (movedToYear == null || movedToYear <= planYear)) {
            throw new DomainException("plan.report.error.movedToYear", planYear);
        }
        if (status == ActionStatus.FINAL_REPORT_AT && (finalReportYear == null || finalReportPeriod == null
                || finalReportYear < planYear)) {
            throw new DomainException("plan.report.error.finalReport");
        }
        if (tables != null) {
            tables.forEach(ResultTable::check);
        }
    }

    ActionReport normalised() {
        return new ActionReport(actionsTaken, status, status == ActionStatus.MOVED_TO_PLAN ? movedToYear : null,
                status == ActionStatus.FINAL_REPORT_AT ? finalReportYear : null,
                status == ActionStatus.FINAL_REPORT_AT ? finalReportPeriod : null, tables);
    }
}
