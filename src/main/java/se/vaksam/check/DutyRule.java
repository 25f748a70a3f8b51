package se.vaksam.check;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import se.vaksam.shared.Period;

/**
 * When a recurring duty on the annual wheel (årshjul) falls due: every month on a day (clamped to the month's
 * last day), every year on a date, or a number of days before each tertial's end (30 April, 31 August,
 * 31 December).
 */
public enum DutyRule {
    MONTHLY, YEARLY, BEFORE_TERTIAL;

    /** The due dates in {@code from}..{@code to} (both included). */
    public List<LocalDate> dueDates(int dayOfMonth, Integer monthOfYear, int daysBefore, LocalDate from, LocalDate to) {
        List<LocalDate> dates = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            switch (this) {
                case MONTHLY -> {
                    for (int m = 1; m <= 12; m++) {
                        YearMonth month = YearMonth.of(year, m);
                        dates.add(month.atDay(Math.min(dayOfMonth, month.lengthOfMonth())));
                    }
                }
                case YEARLY -> {
                    YearMonth month = YearMonth.of(year, monthOfYear == null ? 1 : monthOfYear);
                    dates.add(month.atDay(Math.min(dayOfMonth, month.lengthOfMonth())));
                }
                case BEFORE_TERTIAL -> {
                    for (Period p : Period.values()) {
                        dates.add(p.end(year).minusDays(daysBefore));
                    }
                }
            }
        }
        return dates.stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).sorted().toList();
    }
}
