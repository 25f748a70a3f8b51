package se.vaksam.org.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.vaksam.shared.DomainException;

/**
 * One problem with a form field, for the error summary and the field itself.
 *
 * @param field the input's id, which the error summary links to
 * @param messageKey the message's bundle key
 * @param arguments the message's arguments
 */
record FormError(String field, String messageKey, Object... arguments) {

    /** The errors by field id, the first error of each field only, in form order. */
    static Map<String, FormError> byField(List<FormError> errors) {
        Map<String, FormError> result = new LinkedHashMap<>();
        errors.forEach(error -> result.putIfAbsent(error.field(), error));
        return result;
    }

    /** A refusal from the domain as an error on the field whose key part matches, else on {@code fallback}. */
    static FormError of(DomainException e, Map<String, String> fieldByKeyPart, String fallback) {
        String field = fieldByKeyPart.entrySet().stream().filter(entry -> e.getMessage().contains(entry.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(fallback);
        return new FormError(field, e.getMessage(), e.arguments());
    }

    /** Parses an ISO date (ÅÅÅÅ-MM-DD) from a form; blank gives null, a bad value adds an error. */
    static LocalDate date(String value, String field, boolean required, List<FormError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FormError(field, "org.form.date.required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FormError(field, "org.form.date.invalid", value.strip()));
            return null;
        }
    }

    /** Adds an error when a required text is blank or a text is longer than {@code max}. */
    static void text(String value, String field, boolean required, int max, String prefix, List<FormError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FormError(field, prefix + ".required"));
            }
        } else if (value.strip().length() > max) {
            errors.add(new FormError(field, "org.form.tooLong", max));
        }
    }
}
