package se.vaksam.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import se.vaksam.shared.DomainException;

/**
 * A generated document's date as a person or client gives it ("Datum" on the title page): absent means today, so
 * a past year's report can be made again with the date it was first issued.
 */
final class ReportDates {

    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private ReportDates() {
    }

    /** A typed date (ÅÅÅÅ-MM-DD); blank means today (null). */
    static LocalDate typed(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return checked(LocalDate.parse(typed.strip()));
        } catch (DateTimeParseException e) {
            throw new DomainException("report.date.error", typed.strip());
        }
    }

    /** A date within the years documents are made for; null stays null (today). */
    static LocalDate checked(LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.getYear() > 2100)) {
            throw new DomainException("report.date.error", date.toString());
        }
        return date;
    }
}
