package se.vaksam.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.vaksam.RobustnessTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;
import se.vaksam.support.WebClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every operation of the published API, called with generated bad requests (wrong types, missing
 * and unknown fields, huge and NUL-holding strings, impossible ids, unknown enum values, malformed
 * JSON, broken multipart and garbage files), never answers 5xx, and every 4xx is a problem detail.
 * The requests write, so the test has an application context (and database) of its own.
 * The count of requests per operation is printed; each operation gets at least twenty.
 */
@RobustnessTest
class GeneratedRequestsTests {

    private static final int MIN_REQUESTS_PER_OPERATION = 20;
    private static final String HUGE = "x".repeat(1024 * 1024);
    private static final String WITH_NUL = "före\u0000efter";
    private static final String UNKNOWN_ENUM = "FINNS_INTE";
    private static final List<String> BAD_IDS = List.of("-1", "0", "9223372036854775807", "99999999999999999999", "abc");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    private Map<String, Object> schemas;

    @Test
    void noGeneratedBadRequestGetsA5xxAndEvery4xxIsAProblemDetail() {
        WebClient signedIn = new WebClient(port);
        signedIn.login("admin", "vaksam");
        Map<String, Object> document = JsonPath.parse(signedIn.get("/v3/api-docs").body()).read("$");
        schemas = JsonPath.read(document, "$.components.schemas");
        Map<String, Map<String, Object>> paths = cast(document.get("paths"));

        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((method, operation) -> operations.add(
                new Operation(method.toUpperCase(), path, cast(operation)))));
        // Deletions last, so that the other operations still find the demo records.
        operations.sort((a, b) -> Boolean.compare(a.method.equals("DELETE"), b.method.equals("DELETE")));

        Map<String, Integer> sent = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        WebClient http = new WebClient(port);
        for (Operation operation : operations) {
            ApiClient client = new ApiClient(port, tokens, "admin");
            List<Probe> probes = probes(operation);
            for (Probe probe : probes) {
                HttpResponse<String> response = http.send(probe.request(client));
                String problem = judge(response);
                if (problem != null) {
                    failures.add(operation + " [" + probe.name + "] → " + response.statusCode() + " " + problem);
                }
            }
            sent.put(operation.toString(), probes.size());
        }

        System.out.println("Generated requests per operation (" + sent.size() + " operations, "
                + sent.values().stream().mapToInt(Integer::intValue).sum() + " requests):");
        sent.forEach((operation, count) -> System.out.println("  " + count + "\t" + operation));
        failures.forEach(failure -> System.out.println("FAIL " + failure));
        assertThat(operations).hasSizeGreaterThan(50);
        assertThat(sent.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(MIN_REQUESTS_PER_OPERATION));
        assertThat(failures).isEmpty();
    }

    /** Null when the answer is acceptable; otherwise what is wrong with it. */
    private static String judge(HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body();
        if (status >= 500) {
            return "server error: " + abbreviate(body);
        }
        if (status < 400) {
            return null;
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return "4xx without problem details (" + type + "): " + abbreviate(body);
        }
        Map<String, Object> problem = JsonPath.parse(body).read("$");
        for (String field : List.of("type", "title", "status", "detail")) {
            if (problem.get(field) == null) {
                return "problem detail without " + field + ": " + abbreviate(body);
            }
        }
        return null;
    }

    private List<Probe> probes(Operation operation) {
        List<Probe> probes = new ArrayList<>();
        Map<String, String> path = new LinkedHashMap<>();
        Map<String, String> query = new LinkedHashMap<>();
        Map<String, Map<String, Object>> queryParameters = new LinkedHashMap<>();
        for (Map<String, Object> parameter : operation.parameters()) {
            String name = (String) parameter.get("name");
            Map<String, Object> schema = resolve(cast(parameter.get("schema")));
            if ("path".equals(parameter.get("in"))) {
                path.put(name, String.valueOf(example(schema)));
            } else if ("query".equals(parameter.get("in"))) {
                queryParameters.put(name, schema);
                if (Boolean.TRUE.equals(parameter.get("required"))) {
                    query.put(name, plain(example(schema)));
                }
            }
        }
        Map<String, Object> content = operation.content();
        String json = "application/json";
        String multipart = "multipart/form-data";
        Map<String, Object> bodySchema = content.containsKey(json) ? schemaOf(content, json) : null;
        Map<String, Object> formSchema = content.containsKey(multipart) ? schemaOf(content, multipart) : null;
        Object goodBody = bodySchema == null ? null : example(bodySchema);

        Body valid = formSchema != null ? Body.multipart(formFields(formSchema), "text/csv", "a;b\n1;2\n".getBytes())
                : goodBody != null ? Body.json(write(goodBody)) : Body.NONE;
        probes.add(new Probe("valid", operation, path, query, valid));

        for (String name : path.keySet()) {
            for (String bad : BAD_IDS) {
                Map<String, String> badPath = new LinkedHashMap<>(path);
                badPath.put(name, bad);
                probes.add(new Probe("path " + name + "=" + bad, operation, badPath, query, valid));
            }
        }
        queryParameters.forEach((name, schema) -> {
            for (Object bad : badValues(schema, false, false)) {
                Map<String, String> badQuery = new LinkedHashMap<>(query);
                badQuery.put(name, plain(bad));
                probes.add(new Probe("query " + name + "=" + abbreviate(plain(bad)), operation, path, badQuery, valid));
            }
            if (query.containsKey(name)) {
                Map<String, String> missing = new LinkedHashMap<>(query);
                missing.remove(name);
                probes.add(new Probe("query " + name + " missing", operation, path, missing, valid));
            }
        });

        if (bodySchema != null) {
            for (String bad : List.of("{\"a\":", "", "null", "[]", "\"text\"", "42", "{}", "{\"title\":\"a\"}}",
                    "{\"\u0000\":1}")) {
                probes.add(new Probe("body " + abbreviate(bad), operation, path, query, Body.json(bad)));
            }
            probes.add(new Probe("text/plain body", operation, path, query,
                    new Body("text/plain", String.valueOf(goodBody).getBytes(StandardCharsets.UTF_8))));
            if (goodBody instanceof Map<?, ?> good) {
                Map<String, Object> unknown = new LinkedHashMap<>(cast(good));
                unknown.put("finnsInte", "2020-03-05");
                probes.add(new Probe("unknown field", operation, path, query, Body.json(write(unknown))));
                Map<String, Map<String, Object>> properties = cast(bodySchema.getOrDefault("properties", Map.of()));
                boolean[] hugeSent = {false};
                properties.forEach((name, propertySchema) -> {
                    // One field per operation gets a megabyte; the others a text longer than any column.
                    boolean huge = !hugeSent[0] && "string".equals(resolve(propertySchema).get("type"));
                    hugeSent[0] |= huge;
                    for (Object bad : badValues(resolve(propertySchema), true, huge)) {
                        Map<String, Object> mutated = new LinkedHashMap<>(cast(good));
                        mutated.put(name, bad);
                        probes.add(new Probe("field " + name + "=" + abbreviate(String.valueOf(bad)), operation, path,
                                query, Body.json(write(mutated))));
                    }
                    Map<String, Object> missing = new LinkedHashMap<>(cast(good));
                    missing.remove(name);
                    probes.add(new Probe("field " + name + " missing", operation, path, query, Body.json(write(missing))));
                });
            }
        }
        if (formSchema != null) {
            Map<String, String> fields = formFields(formSchema);
            probes.add(new Probe("empty file", operation, path, query, Body.multipart(fields, "text/csv", new byte[0])));
            probes.add(new Probe("garbage file", operation, path, query,
                    Body.multipart(fields, "application/octet-stream", garbage(4096))));
            probes.add(new Probe("broken csv quoting", operation, path, query,
                    Body.multipart(fields, "text/csv", "namn;kod\n\"Enhet;\"1\"x\n\"öppen".getBytes(StandardCharsets.UTF_8))));
            probes.add(new Probe("broken xlsx", operation, path, query,
                    Body.multipart(fields, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            "PK\u0003\u0004trasig".getBytes(StandardCharsets.ISO_8859_1))));
            probes.add(new Probe("no file part", operation, path, query, Body.multipart(fields, null, null)));
            probes.add(new Probe("multipart without boundary", operation, path, query,
                    new Body("multipart/form-data", "--x\r\nskräp".getBytes(StandardCharsets.UTF_8))));
            probes.add(new Probe("multipart truncated", operation, path, query,
                    new Body("multipart/form-data; boundary=abc", "--abc\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n1;2"
                            .getBytes(StandardCharsets.UTF_8))));
            probes.add(new Probe("json to an upload", operation, path, query, Body.json("{}")));
            Map<String, Map<String, Object>> properties = cast(formSchema.getOrDefault("properties", Map.of()));
            properties.forEach((name, propertySchema) -> {
                if (!"binary".equals(resolve(propertySchema).get("format"))) {
                    for (Object bad : badValues(resolve(propertySchema), false, false)) {
                        Map<String, String> mutated = new LinkedHashMap<>(fields);
                        mutated.put(name, plain(bad));
                        probes.add(new Probe("form " + name + "=" + abbreviate(plain(bad)), operation, path, query,
                                Body.multipart(mutated, "text/csv", "a;b\n1;2\n".getBytes())));
                    }
                }
            });
        }
        // Generated noise until the operation has had its share: unknown query parameters with odd values.
        Random random = new Random(operation.toString().hashCode());
        while (probes.size() < MIN_REQUESTS_PER_OPERATION) {
            Map<String, String> noisy = new LinkedHashMap<>(query);
            noisy.put("okand" + probes.size(), randomText(random));
            probes.add(new Probe("noise " + probes.size(), operation, path, noisy, valid));
        }
        return probes;
    }

    private Map<String, String> formFields(Map<String, Object> formSchema) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Map<String, Object>> properties = cast(formSchema.getOrDefault("properties", Map.of()));
        properties.forEach((name, schema) -> {
            if (!"binary".equals(resolve(schema).get("format"))) {
                fields.put(name, plain(example(resolve(schema))));
            }
        });
        return fields;
    }

    /** Values a field or parameter of this schema must refuse (or survive); {@code huge}: a megabyte of text. */
    private List<Object> badValues(Map<String, Object> schema, boolean inJson, boolean huge) {
        List<Object> bad = new ArrayList<>();
        String type = String.valueOf(schema.get("type"));
        if (schema.get("enum") != null) {
            bad.add(UNKNOWN_ENUM);
        }
        switch (type) {
            case "integer", "number" -> {
                bad.addAll(List.of("inte-ett-tal", -1, "99999999999999999999999"));
                if (inJson) {
                    bad.addAll(List.of(9.99e300, Long.MAX_VALUE, new BigInteger("99999999999999999999999")));
                }
            }
            case "boolean" -> bad.add("kanske");
            case "array" -> {
                if (inJson) {
                    bad.addAll(List.of("text", List.of(Map.of("finnsInte", 1))));
                } else {
                    bad.add(UNKNOWN_ENUM);
                }
            }
            case "string" -> {
                if (schema.get("format") != null) {
                    bad.add("2026-13-45");
                }
                bad.add(WITH_NUL);
                bad.add(huge ? HUGE : "x".repeat(2001));
                if (inJson) {
                    bad.add(Map.of("a", 1));
                }
            }
            default -> {
                if (inJson) {
                    bad.addAll(List.of(42, "text"));
                }
            }
        }
        if (inJson) {
            bad.add(null);
        }
        return bad;
    }

    private Object example(Map<String, Object> schema) {
        schema = resolve(schema);
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.get(0);
        }
        String format = String.valueOf(schema.get("format"));
        return switch (String.valueOf(schema.get("type"))) {
            case "integer" -> 1;
            case "number" -> 1.5;
            case "boolean" -> true;
            case "array" -> schema.get("items") == null ? List.of() : List.of(example(cast(schema.get("items"))));
            case "string" -> switch (format) {
                case "date" -> "2026-03-02";
                case "date-time" -> "2026-03-02T10:00:00Z";
                case "uuid" -> "00000000-0000-0000-0000-000000000001";
                default -> "Prov";
            };
            default -> {
                Map<String, Object> object = new LinkedHashMap<>();
                Map<String, Map<String, Object>> properties = cast(schema.getOrDefault("properties", Map.of()));
                properties.forEach((name, property) -> object.put(name, example(property)));
                yield object;
            }
        };
    }

    private Map<String, Object> resolve(Map<String, Object> schema) {
        if (schema == null) {
            return Map.of();
        }
        if (schema.get("$ref") instanceof String ref) {
            return resolve(cast(schemas.get(ref.substring(ref.lastIndexOf('/') + 1))));
        }
        for (String combination : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.get(combination) instanceof List<?> parts && !parts.isEmpty()) {
                return resolve(cast(parts.get(0)));
            }
        }
        return schema;
    }

    private Map<String, Object> schemaOf(Map<String, Object> content, String mediaType) {
        Map<String, Object> media = cast(content.get(mediaType));
        return resolve(cast(media.get("schema")));
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(40);
        for (int i = 0; i < length; i++) {
            text.append((char) (random.nextBoolean() ? random.nextInt(0x20, 0x7f) : random.nextInt(0x80, 0x2000)));
        }
        return text.toString();
    }

    private static byte[] garbage(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    private static String plain(Object value) {
        return value instanceof List<?> list && !list.isEmpty() ? String.valueOf(list.get(0)) : String.valueOf(value);
    }

    private static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    private static String abbreviate(String text) {
        String flat = text == null ? "" : text.replace('\n', ' ').replace("\u0000", "\\0");
        return flat.length() > 200 ? flat.substring(0, 200) + "…(" + flat.length() + ")" : flat;
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    private record Operation(String method, String path, Map<String, Object> spec) {

        List<Map<String, Object>> parameters() {
            return cast(spec.getOrDefault("parameters", List.of()));
        }

        Map<String, Object> content() {
            Map<String, Object> body = cast(spec.get("requestBody"));
            return body == null ? Map.of() : cast(body.getOrDefault("content", Map.of()));
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private record Body(String contentType, byte[] bytes) {

        static final Body NONE = new Body(null, null);

        static Body json(String json) {
            return new Body("application/json", json.getBytes(StandardCharsets.UTF_8));
        }

        static Body multipart(Map<String, String> fields, String fileType, byte[] file) {
            String boundary = "vaksamgrans";
            StringBuilder head = new StringBuilder();
            fields.forEach((name, value) -> head.append("--").append(boundary)
                    .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                    .append(value).append("\r\n"));
            byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
            byte[] fileHead = file == null ? new byte[0]
                    : ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"fil.csv\"\r\n"
                            + "Content-Type: " + fileType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] fileBytes = file == null ? new byte[0] : file;
            byte[] fileEnd = file == null ? new byte[0] : "\r\n".getBytes(StandardCharsets.UTF_8);
            byte[] end = ("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[start.length + fileHead.length + fileBytes.length + fileEnd.length + end.length];
            int at = 0;
            for (byte[] part : List.of(start, fileHead, fileBytes, fileEnd, end)) {
                System.arraycopy(part, 0, all, at, part.length);
                at += part.length;
            }
            return new Body("multipart/form-data; boundary=" + boundary, all);
        }
    }

    private record Probe(String name, Operation operation, Map<String, String> path, Map<String, String> query, Body body) {

        HttpRequest request(ApiClient client) {
            String address = operation.path;
            for (Map.Entry<String, String> parameter : path.entrySet()) {
                address = address.replace("{" + parameter.getKey() + "}", encode(parameter.getValue()));
            }
            if (!query.isEmpty()) {
                address += "?" + query.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&"));
            }
            HttpRequest.Builder builder = client.request(address);
            HttpRequest.BodyPublisher publisher = body.bytes == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body.bytes);
            if (body.contentType != null) {
                builder.header("Content-Type", body.contentType);
            }
            return builder.method(operation.method, publisher).build();
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        }
    }
}
