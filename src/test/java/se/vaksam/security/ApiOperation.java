package se.vaksam.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One operation of the OpenAPI document: its method, path template and tag (the module as the API names it),
 * with the operation's parameters and request body schema as springdoc describes them.
 */
record ApiOperation(String method, String path, String tag, JsonNode spec) {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** The row key in the expected table, e.g. {@code POST /api/v1/risks}. */
    String key() {
        return method + " " + path;
    }

    boolean isWrite() {
        return !method.equals("GET");
    }

    /** Every operation of the document, in path order and then method order. */
    static List<ApiOperation> allIn(JsonNode document) {
        List<ApiOperation> operations = new ArrayList<>();
        for (var path : document.get("paths").properties()) {
            for (var entry : path.getValue().properties()) {
                if (METHODS.contains(entry.getKey())) {
                    JsonNode tags = entry.getValue().path("tags");
                    String tag = tags.isArray() && !tags.isEmpty() ? tags.get(0).asString() : "";
                    operations.add(new ApiOperation(entry.getKey().toUpperCase(Locale.ROOT), path.getKey(), tag,
                            entry.getValue()));
                }
            }
        }
        operations.sort(Comparator.comparing(ApiOperation::path).thenComparing(o -> order(o.method())));
        return operations;
    }

    private static int order(String method) {
        return List.of("GET", "POST", "PUT", "PATCH", "DELETE").indexOf(method);
    }
}
