package se.vaksam.plan.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import se.vaksam.shared.DomainException;

/** Small helpers for what people type into the plan's forms. */
final class Forms {

    private Forms() {
    }

    static LocalDate date(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("plan.form.error.date", typed);
        }
    }

    static Integer number(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            throw new DomainException("plan.form.error.number", typed);
        }
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value) {
        return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static int version(Integer version) {
        return version == null ? -1 : version;
    }
}
