package se.vaksam.shared;

import java.time.LocalDate;

/**
 * The follow-up period an internal-control item reports in: tertial 1 (January–April), tertial 2
 * (May–August) or the annual follow-up with tertial 3 (September–December).
 */
public enum Period {
    T1(4), T2(8), ANNUAL(12);

    private final int lastMonth;

    Period(int lastMonth) {
        this.lastMonth = lastMonth;
    }

    /** The last day of the period in the given year: when its reports are due. */
    public LocalDate end(int year) {
        return LocalDate.of(year, lastMonth, 1).plusMonths(1).minusDays(1);
    }

    /** The first day of the period in the given year. */
    public LocalDate start(int year) {
        return LocalDate.of(year, lastMonth - 3, 1);
    }
}
