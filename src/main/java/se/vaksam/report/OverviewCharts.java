package se.vaksam.report;

import java.util.ArrayList;
import java.util.List;

import se.vaksam.document.Block;
import se.vaksam.document.Charts;
import se.vaksam.document.Doc;
import se.vaksam.plan.PlanQuery;
import se.vaksam.shared.Period;

/**
 * The annual report's "Översikt": the items' status per follow-up period as a bar chart and the plan's risks in
 * the risk matrix as a heat map, each with a text alternative that says what the chart shows.
 */
final class OverviewCharts {

    private OverviewCharts() {
    }

    static void add(Doc.Builder doc, PlanReportData data) {
        doc.heading(1, "Översikt");
        doc.add(statusPerPeriod(data.items()));
        if (data.heatMap() != null) {
            doc.add(heatMap(data.heatMap()));
        }
    }

    private static Block.Chart statusPerPeriod(List<PlanQuery.ItemView> items) {
        List<String> periods = List.of("Tertial 1", "Tertial 2", "Årsuppföljning");
        List<Integer> reported = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        for (Period period : Period.values()) {
            List<PlanQuery.ItemView> of = items.stream().filter(i -> i.period() == period).toList();
            reported.add((int) of.stream().filter(PlanQuery.ItemView::reported).count());
            open.add((int) of.stream().filter(i -> !i.reported()).count());
        }
        return Charts.bars("Antal direktåtgärder och granskningar per uppföljningsperiod: rapporterade "
                + reported.get(0) + ", " + reported.get(1) + " och " + reported.get(2) + "; ej rapporterade "
                + open.get(0) + ", " + open.get(1) + " och " + open.get(2)
                + " (tertial 1, tertial 2 respektive årsuppföljningen).", periods,
                List.of(new Charts.Series("Rapporterade", "#00703c", reported),
                        new Charts.Series("Ej rapporterade", "#f47738", open)));
    }

    private static Block.Chart heatMap(PlanReportData.Grid grid) {
        List<List<Charts.Cell>> cells = grid.cells().stream().map(row -> row.stream()
                .map(c -> new Charts.Cell(c.count() == 0 ? "" : String.valueOf(c.count()), c.fill(),
                        c.textColour())).toList()).toList();
        List<String> parts = new ArrayList<>();
        for (int r = 0; r < grid.rows().size(); r++) {
            for (int c = 0; c < grid.columns().size(); c++) {
                int count = grid.cells().get(r).get(c).count();
                if (count > 0) {
                    parts.add(" " + count + " med sannolikhet " + grid.rows().get(r) + " och konsekvens "
                            + grid.columns().get(c));
                }
            }
        }
        String alt = "Riskmatris (" + grid.matrixName() + ") med planens " + grid.total() + " bedömda risker:"
                + String.join(";", parts);
        return Charts.heatMap((parts.isEmpty() ? alt.substring(0, alt.length() - 1) : alt) + ".", "Sannolikhet",
                "Konsekvens", grid.rows(), grid.columns(), cells);
    }
}
