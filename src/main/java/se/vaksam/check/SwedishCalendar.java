package se.vaksam.check;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Working days in Sweden: not Saturday, not Sunday, not a day Jollyday lists for Sweden. Jollyday lists
 * midsommarafton, julafton and nyårsafton too (typed as public holidays although they are not in law); Vaksam
 * keeps them as non-working days on purpose — see the package description.
 */
final class SwedishCalendar {

    private static final HolidayManager SWEDEN = HolidayManager
            .getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));
    private static final Map<Integer, Set<LocalDate>> HOLIDAYS = new ConcurrentHashMap<>();

    private SwedishCalendar() {
    }

    static boolean isWorkingDay(LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        return !HOLIDAYS.computeIfAbsent(day.getYear(), y -> SWEDEN.getHolidays(Year.of(y)).stream()
                .map(Holiday::getDate).collect(Collectors.toUnmodifiableSet())).contains(day);
    }

    /** The first working day after {@code day}. */
    static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }
}
