package se.vaksam.check;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.plan.PlanManagement;
import se.vaksam.plan.ResultTable;
import se.vaksam.shared.DomainException;

/**
 * Deadline rules evaluated over a population: per start month, how many started, how many exceeded the
 * deadline (without an extension decided within it) and the share, with the same months of the previous
 * year beside — as in the review "Utredningstider i barnavårdsutredningar".
 */
@Service
@Transactional(readOnly = true)
public class DeadlineEvaluations {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final Populations populations;
    private final PopulationStore store;
    private final PlanManagement plans;
    private final Clock clock;

    DeadlineEvaluations(Populations populations, PopulationStore store, PlanManagement plans, Clock clock) {
        this.clock = clock;
        this.populations = populations;
        this.store = store;
        this.plans = plans;
    }

    /** What to evaluate: months {@code fromMonth}..{@code toMonth} of {@code year} and of the year before. */
    public record Request(long populationId, DeadlineRule.Kind kind, int amount, int year, int fromMonth, int toMonth,
            LocalDate evaluatedOn) {

        public Request {
            if (fromMonth < 1 || toMonth > 12 || fromMonth > toMonth) {
                throw new DomainException("check.deadline.error.months");
            }
            if (year < 1900 || year > 2999) {
                throw new DomainException("check.deadline.error.year");
            }
        }
    }

    /** One start month: this year's and last year's counts; shares in whole percent (null when none started). */
    public record MonthResult(int month, String monthName, Counts current, Counts previous) {
    }

    @Schema(name = "DeadlineCounts")
    public record Counts(int started, int exceeded, int extended, int open) {

        public Integer sharePercent() {
            return started == 0 ? null : (int) Math.round(100.0 * exceeded / started);
        }
    }

    public record Evaluation(Request request, List<MonthResult> months, Counts total, Counts previousTotal) {

        public String caption() {
            String unit = request.kind() == DeadlineRule.Kind.MONTHS ? " månader" : " timmar";
            return "Överskridit " + request.amount() + unit + " per startmånad " + request.year() + " ("
                    + (request.year() - 1) + ")";
        }
    }

    public Evaluation evaluate(Request request) {
        populations.population(request.populationId());
        Request dated = request.evaluatedOn() != null ? request : new Request(request.populationId(), request.kind(),
                request.amount(), request.year(), request.fromMonth(), request.toMonth(), LocalDate.now(clock));
        return evaluate(dated, store.rows(request.populationId()));
    }

    /** Evaluates the rows as on the request's day (which must be given). */
    static Evaluation evaluate(Request request, List<PopulationRow> rows) {
        DeadlineRule rule = new DeadlineRule(request.kind(), request.amount());
        boolean hours = request.kind() == DeadlineRule.Kind.HOURS;
        if (!rows.isEmpty() && rows.stream().allMatch(row -> (hours ? row.receivedAt() : row.startedOn()) == null)) {
            throw new DomainException(hours ? "check.deadline.error.noReceivedTime" : "check.deadline.error.noStartDate");
        }
        LocalDate evaluatedOn = request.evaluatedOn();
        int span = request.toMonth() - request.fromMonth() + 1;
        int[][] counts = new int[2 * span][4];
        for (PopulationRow row : rows) {
            LocalDate start = request.kind() == DeadlineRule.Kind.MONTHS ? row.startedOn()
                    : row.receivedAt() == null ? null : row.receivedAt().toLocalDate();
            if (start == null || start.getMonthValue() < request.fromMonth() || start.getMonthValue() > request.toMonth()) {
                continue;
            }
            int yearIndex = start.getYear() == request.year() ? 0 : start.getYear() == request.year() - 1 ? 1 : -1;
            if (yearIndex < 0) {
                continue;
            }
            int[] c = counts[yearIndex * span + start.getMonthValue() - request.fromMonth()];
            c[0]++;
            switch (rule.evaluate(row, evaluatedOn)) {
                case EXCEEDED -> c[1]++;
                case EXTENDED -> c[2]++;
                case OPEN -> c[3]++;
                default -> { }
            }
        }
        List<MonthResult> months = new ArrayList<>();
        int[] total = new int[4];
        int[] previousTotal = new int[4];
        for (int i = 0; i < span; i++) {
            int month = request.fromMonth() + i;
            String name = Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, SWEDISH);
            months.add(new MonthResult(month, Character.toUpperCase(name.charAt(0)) + name.substring(1),
                    counts(counts[i]), counts(counts[span + i])));
            for (int k = 0; k < 4; k++) {
                total[k] += counts[i][k];
                previousTotal[k] += counts[span + i][k];
            }
        }
        return new Evaluation(request, months, counts(total), counts(previousTotal));
    }

    private static Counts counts(int[] c) {
        return new Counts(c[0], c[1], c[2], c[3]);
    }

    /** The evaluation as a result table: Månad | Inledda | Överskridit | Andel, this year and last year. */
    public static ResultTable table(Evaluation e) {
        int y = e.request().year();
        List<ResultTable.Column> columns = List.of(new ResultTable.Column("Startmånad", false),
                new ResultTable.Column("Inledda " + y, true), new ResultTable.Column("Överskridit " + y, true),
                new ResultTable.Column("Andel " + y + " (%)", true), new ResultTable.Column("Inledda " + (y - 1), true),
                new ResultTable.Column("Överskridit " + (y - 1), true),
                new ResultTable.Column("Andel " + (y - 1) + " (%)", true));
        List<List<ResultTable.Cell>> rows = new ArrayList<>();
        for (MonthResult m : e.months()) {
            rows.add(row(m.monthName(), m.current(), m.previous()));
        }
        rows.add(row("Totalt", e.total(), e.previousTotal()));
        return new ResultTable(e.caption(), columns, rows);
    }

    private static List<ResultTable.Cell> row(String label, Counts current, Counts previous) {
        return List.of(ResultTable.Cell.text(label), ResultTable.Cell.number(current.started()),
                ResultTable.Cell.number(current.exceeded()), share(current), ResultTable.Cell.number(previous.started()),
                ResultTable.Cell.number(previous.exceeded()), share(previous));
    }

    private static ResultTable.Cell share(Counts c) {
        return c.sharePercent() == null ? new ResultTable.Cell(null, null) : ResultTable.Cell.number(c.sharePercent());
    }

    /** Evaluates and puts the result table into the plan item's result (a review of an adopted plan). */
    @Transactional
    public Evaluation attach(Request request, long planItemId) {
        Evaluation evaluation = evaluate(request);
        plans.putResultTable(planItemId, table(evaluation));
        return evaluation;
    }
}
