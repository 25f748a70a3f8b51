package se.vaksam.shared;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The limits of what one request may ask for: how many rows, how long a period, which years. Beyond a
 * limit the request is refused with a 422 that names the parameter and the allowed maximum, so that no
 * single read can ask for everything there is (or a date range of ten thousand years).
 */
public final class Bounds {

    /** The earliest and latest year Vaksam keeps records for. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    /** The longest period one read may cover: a year and a day, so that any calendar year fits. */
    public static final int MAX_SPAN_DAYS = 366;

    private Bounds() {
    }

    /** A count of rows asked for: at least 1 and at most {@code max}. */
    public static int size(String parameter, int value, int max) {
        if (value < 1 || value > max) {
            throw new DomainException("error.bounds.size", parameter, max);
        }
        return value;
    }

    /** A year between {@link #FIRST_YEAR} and {@link #LAST_YEAR}. */
    public static int year(String parameter, int value) {
        if (value < FIRST_YEAR || value > LAST_YEAR) {
            throw new DomainException("error.bounds.year", parameter, FIRST_YEAR, LAST_YEAR);
        }
        return value;
    }

    /** A nullable year between {@link #FIRST_YEAR} and {@link #LAST_YEAR}. */
    public static Integer year(String parameter, Integer value) {
        return value == null ? null : Integer.valueOf(year(parameter, value.intValue()));
    }

    /**
     * A period from {@code from} to {@code to} (both included) that runs forward and covers at most
     * {@code maxDays} days; a missing end is left to the caller's default.
     */
    public static void span(String fromParameter, LocalDate from, String toParameter, LocalDate to, int maxDays) {
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                throw new DomainException("error.bounds.order", toParameter, fromParameter);
            }
            if (ChronoUnit.DAYS.between(from, to) + 1 > maxDays) {
                throw new DomainException("error.bounds.span", fromParameter, toParameter, maxDays);
            }
        }
    }
}
