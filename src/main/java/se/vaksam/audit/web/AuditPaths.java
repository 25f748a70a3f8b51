package se.vaksam.audit.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import se.vaksam.shared.DomainException;

/** Small helpers for versions and typed values in the audit pages and API. */
final class AuditPaths {

    private AuditPaths() {
    }

    static int version(Integer version) {
        return version == null ? -1 : version;
    }

    static LocalDate date(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("audit.error.date", typed);
        }
    }

    static Long number(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            throw new DomainException("audit.error.linkRequired");
        }
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new DomainException("audit.error.statusRequired");
        }
    }
}
