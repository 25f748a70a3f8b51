package se.vaksam.check;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which column of the file holds which field of a population record; every value is a header of the file,
 * or null when the file has no such column. Only {@code key} is required.
 */
public record ColumnMapping(String key, String stratum, String label, String startedOn, String completedOn,
        String extendedOn, String receivedAt, String answeredAt) {

    public ColumnMapping {
        key = blank(key);
        stratum = blank(stratum);
        label = blank(label);
        startedOn = blank(startedOn);
        completedOn = blank(completedOn);
        extendedOn = blank(extendedOn);
        receivedAt = blank(receivedAt);
        answeredAt = blank(answeredAt);
    }

    /** Field name → mapped header, in form order (nulls included). */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("key", key);
        fields.put("stratum", stratum);
        fields.put("label", label);
        fields.put("startedOn", startedOn);
        fields.put("completedOn", completedOn);
        fields.put("extendedOn", extendedOn);
        fields.put("receivedAt", receivedAt);
        fields.put("answeredAt", answeredAt);
        return fields;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
