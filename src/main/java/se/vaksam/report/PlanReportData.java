package se.vaksam.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import se.vaksam.plan.PlanQuery;
import se.vaksam.selfassessment.SelfAssessmentQuery;

/**
 * Everything one internal-control report is made from, read from the other modules at one moment: frozen as the
 * source JSON of a sent version.
 *
 * @param kind tertial 1, 2 or annual
 * @param plan the plan
 * @param administrationName the förvaltning under the committee (for the standard texts), or null
 * @param date the report's date
 * @param diaryNumber the diarienummer the report is sent under (the plan's until given)
 * @param items the items in the report, in plan order
 * @param commonReviewAreas titles of kommunstyrelsen's review areas of the year (annual report)
 * @param selfAssessment the committee's self-assessment of the year (annual report), or null
 * @param lastYearSelfAssessment last year's self-assessment when the committee shows its ratings beside this
 *        year's (annual report), else null
 * @param areaNarratives the committee's narrative per self-assessment area, by area name (annual report; null in a
 *        version sent before they existed)
 * @param carried last year's improvement actions carried into this follow-up with the risk of their item
 * @param heatMap the plan's risks in the risk matrix (annual report), or null
 * @param texts the standard texts used, by template code
 * @param regulation the regulation reference (kommun setting)
 * @param guideline the guideline reference (kommun setting)
 * @param nextFollowUp when the plan's next follow-up report is due (the next period's deadline), or null in a
 *        version sent before it was recorded
 */
record PlanReportData(ReportKind kind, PlanQuery.PlanView plan, String administrationName, LocalDate date,
        String diaryNumber, List<PlanQuery.ItemView> items, List<String> commonReviewAreas,
        SelfAssessmentQuery.Assessment selfAssessment, SelfAssessmentQuery.Assessment lastYearSelfAssessment,
        Map<String, String> areaNarratives, List<CarriedAction> carried, Grid heatMap,
        Map<String, String> texts, String regulation, String guideline, LocalDate nextFollowUp) {

    /** A carried improvement action with the risk (title and sentence) of the item it came from. */
    record CarriedAction(String riskTitle, String riskSentence, PlanQuery.ImprovementView action) {
    }

    /** A heat map as plain data: row and column labels and each cell's count and colours. */
    record Grid(String matrixName, List<String> rows, List<String> columns, List<List<GridCell>> cells, int total) {
    }

    record GridCell(int count, String fill, String textColour) {
    }

    String title() {
        return kind.title(plan.year());
    }
}
