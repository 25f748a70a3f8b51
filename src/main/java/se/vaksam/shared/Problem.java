package se.vaksam.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * One refusal as the API reports it: the status, the kind (the last part of the problem's
 * {@code type} URI, stable for programs), the message key and arguments of the Swedish detail,
 * and machine-readable properties such as the field's JSON pointer or the allowed values.
 */
record Problem(HttpStatus status, String kind, String key, Object[] arguments, Map<String, Object> properties) {

    static Problem of(HttpStatus status, String kind, String key, Object... arguments) {
        return new Problem(status, kind, key, arguments, new LinkedHashMap<>());
    }

    Problem with(String property, Object value) {
        properties.put(property, value);
        return this;
    }
}
