package se.vaksam.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.vaksam.plan.ResultTable;
import se.vaksam.shared.DomainException;

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

    private static DeadlineEvaluations.Request request(DeadlineRule.Kind kind, int from, int to) {
        return new DeadlineEvaluations.Request(1, kind, 4, 2026, from, to, LocalDate.of(2026, 11, 1));
    }

    @Test
    void theTotalsAddUpEveryMonthOfBothYears() {
        List<PopulationRow> rows = List.of(
                row(1, "2026-03-01", "2026-04-01", null),   // in time
                row(2, "2026-04-01", null, null),           // deadline 1 August, open on 1 November → exceeded
                row(3, "2026-05-20", null, null),           // deadline 20 September → exceeded
                row(4, "2026-05-25", null, "2026-09-01"),   // extended
                row(5, "2025-03-01", null, null),           // last year, never completed → exceeded
                row(6, "2025-04-10", "2025-05-01", null),   // last year, in time
                row(7, "2024-04-10", null, null),           // two years back → not counted
                row(8, "2026-02-28", null, null));          // before March → not counted
        DeadlineEvaluations.Evaluation e = DeadlineEvaluations.evaluate(request(DeadlineRule.Kind.MONTHS, 3, 5), rows);

        assertThat(e.months()).extracting(DeadlineEvaluations.MonthResult::monthName)
                .containsExactly("Mars", "April", "Maj");
        assertThat(e.total()).isEqualTo(new DeadlineEvaluations.Counts(4, 2, 1, 0));
        assertThat(e.previousTotal()).isEqualTo(new DeadlineEvaluations.Counts(2, 1, 0, 0));
        assertThat(e.months().get(2).current()).isEqualTo(new DeadlineEvaluations.Counts(2, 1, 1, 0));
    }

    @Test
    void aCaseStillOpenWithinItsDeadlineIsCountedAsOpen() {
        DeadlineEvaluations.Evaluation e = DeadlineEvaluations.evaluate(request(DeadlineRule.Kind.MONTHS, 9, 10),
                List.of(row(1, "2026-09-15", null, null), row(2, "2026-10-01", "2026-10-20", null)));
        assertThat(e.total()).isEqualTo(new DeadlineEvaluations.Counts(2, 0, 0, 1));
        assertThat(e.total().sharePercent()).isZero();
        assertThat(e.previousTotal().sharePercent()).as("none started last year").isNull();
    }

    @Test
    void theCaptionNamesTheRuleTheYearAndTheYearBefore() {
        assertThat(DeadlineEvaluations.evaluate(request(DeadlineRule.Kind.MONTHS, 1, 12), List.of()).caption())
                .isEqualTo("Överskridit 4 månader per startmånad 2026 (2025)");
        assertThat(DeadlineEvaluations.evaluate(request(DeadlineRule.Kind.HOURS, 1, 12), List.of()).caption())
                .isEqualTo("Överskridit 4 timmar per startmånad 2026 (2025)");
    }

    @Test
    void aPopulationWithoutTheDateOrTimeTheRuleNeedsIsRefusedButAnEmptyOneIsNot() {
        List<PopulationRow> withoutTimes = List.of(row(1, "2026-01-10", null, null));
        assertThatThrownBy(() -> DeadlineEvaluations.evaluate(request(DeadlineRule.Kind.HOURS, 1, 12), withoutTimes))
                .isInstanceOf(DomainException.class).hasMessage("check.deadline.error.noReceivedTime");
        List<PopulationRow> withoutStart = List.of(new PopulationRow(1, "U-1", null, null, null, null, null,
                LocalDateTime.of(2026, 1, 10, 8, 0), null));
        assertThatThrownBy(() -> DeadlineEvaluations.evaluate(request(DeadlineRule.Kind.MONTHS, 1, 12), withoutStart))
                .isInstanceOf(DomainException.class).hasMessage("check.deadline.error.noStartDate");
        assertThat(DeadlineEvaluations.evaluate(request(DeadlineRule.Kind.HOURS, 1, 12), withoutStart).total().started())
                .isEqualTo(1);
        assertThat(DeadlineEvaluations.evaluate(request(DeadlineRule.Kind.MONTHS, 1, 12), List.of()).total().started())
                .isZero();
    }

    @Test
    void monthsRunFromJanuaryToDecemberInOrderAndTheYearIsAPlausibleOne() {
        assertThat(request(DeadlineRule.Kind.MONTHS, 1, 1).fromMonth()).isEqualTo(1);
        assertThat(request(DeadlineRule.Kind.MONTHS, 12, 12).toMonth()).isEqualTo(12);
        for (int[] wrong : new int[][] {{0, 5}, {1, 13}, {6, 5}}) {
            assertThatThrownBy(() -> request(DeadlineRule.Kind.MONTHS, wrong[0], wrong[1]))
                    .hasMessage("check.deadline.error.months");
        }
        assertThat(new DeadlineEvaluations.Request(1, DeadlineRule.Kind.MONTHS, 4, 1900, 1, 12, null).year())
                .isEqualTo(1900);
        assertThat(new DeadlineEvaluations.Request(1, DeadlineRule.Kind.MONTHS, 4, 2999, 1, 12, null).year())
                .isEqualTo(2999);
        assertThatThrownBy(() -> new DeadlineEvaluations.Request(1, DeadlineRule.Kind.MONTHS, 4, 1899, 1, 12, null))
                .hasMessage("check.deadline.error.year");
        assertThatThrownBy(() -> new DeadlineEvaluations.Request(1, DeadlineRule.Kind.MONTHS, 4, 3000, 1, 12, null))
                .hasMessage("check.deadline.error.year");
    }
}
