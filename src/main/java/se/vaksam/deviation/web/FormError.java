package se.vaksam.deviation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
}
