package se.vaksam.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.vaksam.plan.ResultTable;

/** Counting per start month with the previous year beside, as in "Utredningstider i barnavårdsutredningar". */
class DeadlineEvaluationTests {

    private static PopulationRow row(int n, String started, String completed, String extended) {
        return new PopulationRow(n, "U-" + n, null, null, LocalDate.parse(started),
                completed == null ? null : LocalDate.parse(completed), extended == null ? null : LocalDate.parse(extended),
                null, null);
    }

    @Test
    void countsStartedAndExceededPerStartMonthWithLastYearBeside() {
        List<PopulationRow> rows = List.of(
                row(1, "2026-01-10", "2026-05-10", null),   // deadline 10 May, completed on it → in time
                row(2, "2026-01-20", "2026-06-01", null),   // deadline 20 May, completed 1 June → exceeded
                row(3, "2026-01-31", null, "2026-03-01"),   // open but extended within → extended
                row(4, "2026-02-05", "2026-07-01", null),   // deadline 5 June → exceeded
                row(5, "2025-01-15", "2025-06-15", null),   // last year: deadline 15 May 2025 → exceeded
                row(6, "2025-02-15", "2025-03-15", null),   // last year: in time
                row(7, "2026-07-01", null, null));          // outside Jan–Feb → not counted
        DeadlineEvaluations.Evaluation e = DeadlineEvaluations.evaluate(new DeadlineEvaluations.Request(1,
                DeadlineRule.Kind.MONTHS, 4, 2026, 1, 2, LocalDate.of(2026, 11, 1)), rows);

        // January 2026: 3 started, 1 exceeded → 33 %; January 2025: 1 started, 1 exceeded → 100 %
        assertThat(e.months().get(0).current()).isEqualTo(new DeadlineEvaluations.Counts(3, 1, 1, 0));
        assertThat(e.months().get(0).current().sharePercent()).isEqualTo(33);
        assertThat(e.months().get(0).previous().sharePercent()).isEqualTo(100);
        // February 2026: 1 started, 1 exceeded → 100 %; February 2025: 1 started, 0 exceeded → 0 %
        assertThat(e.months().get(1).current().sharePercent()).isEqualTo(100);
        assertThat(e.months().get(1).previous().sharePercent()).isZero();
        // total 2026: 4 started, 2 exceeded → 50 %
        assertThat(e.total().sharePercent()).isEqualTo(50);

        ResultTable table = DeadlineEvaluations.table(e);
        assertThat(table.columns()).extracting(ResultTable.Column::header).containsExactly("Startmånad",
                "Inledda 2026", "Överskridit 2026", "Andel 2026 (%)", "Inledda 2025", "Överskridit 2025",
                "Andel 2025 (%)");
        assertThat(table.rows().get(0)).extracting(ResultTable.Cell::display)
                .containsExactly("Januari", "3", "1", "33", "1", "1", "100");
        assertThat(table.rows().get(2).get(0).display()).isEqualTo("Totalt");

        String svg = DeadlineChart.svg(e, "Andel", "Beskrivning");
        assertThat(svg).contains("role=\"img\"").contains("<title id=\"deadline-chart-title\">Andel</title>")
                .contains("<desc id=\"deadline-chart-desc\">Beskrivning</desc>").contains(">Jan<");
    }
}
