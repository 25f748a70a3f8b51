package se.vaksam.security;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Function;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the concrete request of an operation for the authorisation matrix: path ids from real demo records
 * (or records made inside the call's transaction), the required query parameters, and a plausible body built
 * from the operation's request schema (required fields, real ids for {@code …Id} fields, the enums' first
 * value, dates, strings, the record's current version), so that a role that may do it gets a 2xx and the
 * outcome is about rights, not about input. A few operations get a body of their own where the schema alone
 * does not make a valid request (springdoc also merges request records of the same simple name).
 */
final class MatrixRequests {

    static final String REGISTER = "risk-analyses-sosfs";

    private static final String VERSION = "{version}";

    private final JsonNode schemas;
    private final DemoRecords demo;
    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, JsonNode> current = new HashMap<>();
    private final LocalDate today;
    private final Set<String> readableTemplates;
    private final Map<String, Function<Context, JsonNode>> ownBodies;

    /** Reads a record as an administrator inside the call's transaction: its version and allowed steps. */
    interface Reader {
        JsonNode read(String url);
    }

    MatrixRequests(JsonNode document, List<ApiOperation> operations, DemoRecords demo, JdbcClient jdbc,
            LocalDate today) {
        this.schemas = document.path("components").path("schemas");
        this.readableTemplates = operations.stream().filter(o -> o.method().equals("GET")).map(ApiOperation::path)
                .collect(Collectors.toSet());
        this.ownBodies = ownBodies();
        this.demo = demo;
        this.jdbc = jdbc;
        this.today = today;
    }

    /** One call: its URL (for messages) and the request, without authentication. */
    record Call(String url, AbstractMockHttpServletRequestBuilder<?> request) {
    }

    Call call(ApiOperation op, CallRecords records, Reader reader) {
        String url = url(op, records);
        var context = new Context(op, records, reader, url);
        if (url.contains(VERSION)) {
            url = url.replace(VERSION, String.valueOf(context.version()));
        }
        JsonNode content = op.spec().path("requestBody").path("content");
        AbstractMockHttpServletRequestBuilder<?> request;
        if (content.has(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            request = multipart(op, url);
        } else {
            request = MockMvcRequestBuilders.request(HttpMethod.valueOf(op.method()), url);
            JsonNode body = body(op, context);
            if (body != null) {
                request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
            }
        }
        for (String header : parameterNames(op, "header")) {
            if (header.equals("Idempotency-Key")) {
                request.header(header, "matris-klagomal-0001");
            }
        }
        request.accept(MediaType.APPLICATION_JSON, MediaType.ALL);
        return new Call(url, request);
    }

    // --- path and query -------------------------------------------------------------------------------------

    private String url(ApiOperation op, CallRecords records) {
        String path = op.path();
        for (String name : parameterNames(op, "path")) {
            path = path.replace("{" + name + "}", pathValue(op, name, records));
        }
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : op.spec().path("parameters")) {
            if (!parameter.path("in").asString().equals("query")) {
                continue;
            }
            String value = queryValue(op, parameter.path("name").asString(), parameter, records);
            if (value != null) {
                query.append(query.isEmpty() ? '?' : '&').append(parameter.path("name").asString()).append('=')
                        .append(value);
            }
        }
        return path + query;
    }

    private List<String> parameterNames(ApiOperation op, String in) {
        return op.spec().path("parameters").valueStream()
                .filter(p -> p.path("in").asString().equals(in)).map(p -> p.path("name").asString()).toList();
    }

    private String pathValue(ApiOperation op, String name, CallRecords records) {
        String resource = op.path().split("/")[3];
        return switch (name) {
            case "path" -> REGISTER;
            case "id" -> String.valueOf(idOf(resource, op.path(), records));
            case "areaId" -> String.valueOf(resource.startsWith("audit") ? demo.auditArea() : records.commonReviewArea());
            case "reviewId" -> String.valueOf(demo.audit());
            case "planId" -> String.valueOf(demo.plan());
            case "period" -> "T1";
            case "kind" -> "tertial-1";
            case "year" -> String.valueOf(op.path().contains("/criteria/") ? demo.year() + 1 : demo.year());
            case "ext" -> resource.equals("audit-responses") ? "docx" : "html";
            case "versionId" -> String.valueOf(demo.matrixVersion());
            case "attachmentId" -> String.valueOf(records.attachment());
            case "snapshotId" -> String.valueOf(records.auditResponseVersion());
            case "username" -> CallRecords.LOG_REVIEWED_USER;
            case "caseKey" -> demo.sampleCase();
            default -> throw new IllegalStateException("No value for path parameter " + name + " of " + op.key());
        };
    }

    private long idOf(String resource, String path, CallRecords records) {
        return switch (resource) {
            case "{path}" -> demo.sosfsRiskAnalysis();
            case "risks" -> demo.risk();
            case "risk-matrices" -> demo.matrix();
            case "risk-analyses" -> demo.analysis();
            case "recurring-duties" -> demo.duty();
            case "populations" -> demo.population();
            case "plans" -> path.endsWith("/adoption") ? records.draftPlan() : demo.plan();
            case "plan-items" -> path.endsWith("/action-report") ? demo.directAction() : demo.planItem();
            case "log-reviews" -> records.logReview();
            case "improvement-actions" -> records.improvementAction();
            case "governing-documents" -> demo.document();
            case "common-review-areas" -> records.commonReviewDecision();
            case "checklists" -> records.checklist();
            case "audits", "audit-responses" -> demo.audit();
            case "audit-recommendations" -> demo.recommendation();
            case "units" -> demo.unit();
            case "self-assessments" -> path.endsWith("/submit") ? records.ratedSelfAssessment() : demo.selfAssessment();
            case "persons" -> demo.person();
            case "placements" -> demo.placement();
            case "samples" -> demo.sample();
            case "deviations" -> demo.qualityDeviation();
            case "access-log" -> demo.accessLogEntry();
            case "reports" -> records.planReportVersion();
            case "quality-reports" -> records.qualityReportVersion();
            default -> throw new IllegalStateException("No demo record for " + path);
        };
    }

    private String queryValue(ApiOperation op, String name, JsonNode parameter, CallRecords records) {
        boolean required = parameter.path("required").asBoolean(false);
        String resource = op.path().split("/")[3];
        return switch (name) {
            case "format" -> "html";
            case "year" -> String.valueOf(demo.year());
            case "from" -> required ? today.withDayOfMonth(1).toString() : null;
            case "to" -> required ? today.withDayOfMonth(today.lengthOfMonth()).toString() : null;
            case "name" -> "Population%20i%20matrisen";
            case "unitId" -> required ? String.valueOf(demo.unit()) : null;
            case "recordType" -> "risk.risk";
            case "type" -> "RISK";
            case "recordId" -> String.valueOf(demo.risk());
            case "decidedOn" -> today.toString();
            case "reason" -> "Matris";
            case "version" -> VERSION; // the record's current version, known once the URL is
            default -> required && !resource.isEmpty() && parameter.path("schema").has("type")
                    ? "1" : null;
        };
    }

    // --- bodies ---------------------------------------------------------------------------------------------

    private final class Context {
        final ApiOperation op;
        final CallRecords records;
        final Reader reader;
        final String url;

        Context(ApiOperation op, CallRecords records, Reader reader, String url) {
            this.op = op;
            this.records = records;
            this.reader = reader;
            this.url = url;
        }

        /** The record the operation changes, as an administrator reads it (cached for demo records). */
        JsonNode record() {
            String source = versionSource(op, url);
            return source == null ? null : current.computeIfAbsent(source, reader::read);
        }

        int version() {
            JsonNode record = record();
            if (record == null) {
                return 0;
            }
            if (op.path().startsWith("/api/v1/audit") && op.path().contains("/areas/{areaId}")) {
                for (JsonNode areas : record.findValues("areas")) {
                    for (JsonNode area : areas) {
                        if (area.path("id").asLong() == demo.auditArea() && area.has("version")) {
                            return area.path("version").asInt();
                        }
                    }
                }
            }
            JsonNode version = record.has("version") ? record.get("version") : record.findValue("version");
            return version == null ? 0 : version.asInt();
        }
    }

    /** The URL to read the changed record from: the operation's own path, shortened to one that can be read. */
    private String versionSource(ApiOperation op, String url) {
        String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        if (op.path().startsWith("/api/v1/audit-responses/areas/")) {
            return "/api/v1/audit-responses/" + demo.audit();
        }
        if (op.path().startsWith("/api/v1/audits/") && op.path().contains("/areas/")) {
            return "/api/v1/audits/" + demo.audit();
        }
        String template = op.path();
        while (template.chars().filter(c -> c == '/').count() > 3) {
            String candidate = template;
            if (readable(candidate)) {
                return path;
            }
            template = template.substring(0, template.lastIndexOf('/'));
            path = path.substring(0, path.lastIndexOf('/'));
        }
        return null;
    }

    private boolean readable(String template) {
        return readableTemplates.contains(template);
    }

    private JsonNode body(ApiOperation op, Context context) {
        Function<Context, JsonNode> own = ownBodies.get(op.key());
        if (own != null) {
            return own.apply(context);
        }
        JsonNode schema = op.spec().path("requestBody").path("content").path(MediaType.APPLICATION_JSON_VALUE)
                .path("schema");
        if (schema.isMissingNode()) {
            return null;
        }
        return value("body", schema, context);
    }

    private JsonNode value(String name, JsonNode schema, Context context) {
        if (schema.has("$ref")) {
            schema = schemas.path(schema.get("$ref").asString().substring("#/components/schemas/".length()));
        }
        JsonNode known = known(name, context);
        if (known != null) {
            return known;
        }
        if (schema.has("enum")) {
            return json.getNodeFactory().stringNode(schema.get("enum").get(0).asString());
        }
        String type = schema.path("type").asString("object");
        String format = schema.path("format").asString("");
        return switch (type) {
            case "object" -> {
                ObjectNode object = json.createObjectNode();
                for (var property : schema.path("properties").properties()) {
                    object.set(property.getKey(), value(property.getKey(), property.getValue(), context));
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = json.createArrayNode();
                array.add(value(singular(name), schema.path("items"), context));
                yield array;
            }
            case "integer", "number" -> json.getNodeFactory().numberNode(1);
            case "boolean" -> json.getNodeFactory().booleanNode(false);
            default -> switch (format) {
                case "date" -> text(today.toString());
                case "date-time" -> text(OffsetDateTime.now().toString());
                default -> text("Matris " + name);
            };
        };
    }

    private static String singular(String name) {
        return name.endsWith("Ids") ? name.substring(0, name.length() - 1) : name;
    }

    /** Values by the field's name: real ids, usernames and numbers in range. */
    private JsonNode known(String name, Context context) {
        boolean deviation = context.op.path().startsWith("/api/v1/deviations");
        boolean planItem = context.op.path().startsWith("/api/v1/plan");
        Object value = switch (name) {
            case "kind" -> planItem ? "REVIEW" : null;
            case "version" -> context.version();
            case "unitId", "owningUnitId", "responsibleUnitId", "ownerUnitId" -> demo.unit();
            case "parentId" -> demo.parentUnit();
            case "committeeId" -> demo.committee();
            case "riskId", "riskIdsItem" -> demo.risk();
            case "categoryId" -> deviation ? demo.deviationCategory() : demo.riskCategory();
            case "areaCategoryId" -> demo.deviationCategory();
            case "matrixId" -> demo.matrix();
            case "populationId" -> demo.population();
            case "sampleId" -> demo.sample();
            case "planItemId", "itemId" -> demo.planItem();
            case "planId" -> demo.plan();
            case "questionId" -> context.records.checklistQuestion();
            case "year" -> demo.year();
            case "month" -> today.minusMonths(1).toString().substring(0, 7);
            case "username", "ownerUsername", "responsibleUsername", "assignee" -> "ifo.sek.mot1";
            case "reviewerUsername" -> "ik.samordnare";
            case "targetRole" -> "SECTION_HEAD";
            case "likelihood", "consequence" -> 2;
            case "percent", "amount" -> 10;
            case "dayOfMonth", "dueDay" -> 15;
            case "monthOfYear", "dueMonth" -> 6;
            case "daysBefore" -> 7;
            case "yearsAfter" -> 0;
            case "reviewIntervalMonths", "revisionMonths" -> 12;
            case "seed" -> 1;
            case "email" -> "matris@example.org";
            case "link" -> "https://example.org/dokument";
            case "commonReviewAreaId", "proposalId", "movedToYear", "finalReportYear", "finalReportPeriod",
                 "otherProcess", "validTo", "nextRevision" -> NULL;
            default -> null;
        };
        if (value == null) {
            return null;
        }
        return value == NULL ? json.getNodeFactory().nullNode() : json.valueToTree(value);
    }

    private static final Object NULL = new Object();

    private JsonNode text(String value) {
        return json.getNodeFactory().stringNode(value);
    }

    private ObjectNode object(Object... keysAndValues) {
        ObjectNode object = json.createObjectNode();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            object.set((String) keysAndValues[i], value instanceof JsonNode node ? node : json.valueToTree(value));
        }
        return object;
    }

    private JsonNode schemaValue(String schema, Context context) {
        return value(schema, schemas.path(schema), context);
    }

    // --- multipart ------------------------------------------------------------------------------------------

    private AbstractMockHttpServletRequestBuilder<?> multipart(ApiOperation op, String url) {
        var request = MockMvcRequestBuilders.multipart(HttpMethod.valueOf(op.method()), url);
        if (op.path().startsWith("/api/v1/populations")) {
            String csv = "arende;inkommet\nA-1;2026-01-12\nA-2;2026-02-03\n";
            request.file(new MockMultipartFile("file", "population.csv", "text/csv",
                    csv.getBytes(StandardCharsets.UTF_8)));
            // the column mapping is bound from request parameters
            request.param("key", "arende").param("startedOn", "inkommet");
        } else {
            request.file(new MockMultipartFile("file", "bilaga.txt", "text/plain",
                    "Bilaga".getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    // --- operations that need a body of their own -----------------------------------------------------------

    private Map<String, Function<Context, JsonNode>> ownBodies() {
        return Map.ofEntries(
            Map.entry("POST /api/v1/risk-matrices", c -> matrix(c, false)),
            Map.entry("PUT /api/v1/risk-matrices/{id}", c -> matrix(c, true)),
            Map.entry("PUT /api/v1/improvement-actions/{id}",
                    c -> object("action", schemaValue("ImprovementDraft", c), "version", c.version())),
            Map.entry("PUT /api/v1/governing-documents/{id}",
                    c -> object("document", schemaValue("DocumentDraft", c), "version", c.version())),
            Map.entry("PUT /api/v1/audits/{id}",
                    c -> object("review", schemaValue("ReviewDraft", c), "version", c.version())),
            Map.entry("POST /api/v1/audit-recommendations/{id}/links",
                    c -> object("type", "RISK", "recordId", demo.risk())),
            Map.entry("POST /api/v1/deviations/{id}/links",
                    c -> object("recordType", "risk.risk", "recordId", String.valueOf(demo.risk()))),
            Map.entry("POST /api/v1/governing-documents/{id}/links",
                    c -> object("recordType", "risk.risk", "recordId", String.valueOf(demo.risk()))),
            Map.entry("POST /api/v1/risks/{id}/links",
                    c -> object("recordType", "plan.item", "recordId", String.valueOf(demo.planItem()))),
            Map.entry("PUT /api/v1/checklists/{id}/cases/{caseKey}", c -> object("version", c.version(), "answers",
                    List.of(Map.of("questionId", c.records.checklistQuestion(), "answer", "YES", "comment", "")))),
            Map.entry("PUT /api/v1/audit-responses/areas/{areaId}", c -> object("answer",
                    Map.of("actionsTaken", "Rutinen är uppdaterad.", "effects", "Färre brister.",
                            "plannedActions", "Uppföljning i höst."), "version", c.version())),
            Map.entry("POST /api/v1/persons", c -> object("username", "matris.person", "givenName", "Matris",
                    "familyName", "Person", "reason", "Matris")),
            Map.entry("PATCH /api/v1/persons/{id}",
                    c -> object("title", "Socialsekreterare", "version", c.version(), "reason", "Matris")),
            Map.entry("POST /api/v1/persons/{id}/placements", c -> object("unitId", demo.unit(), "role",
                    "QUALITY_CONTROLLER", "validFrom", today.toString(), "reason", "Matris")),
            Map.entry("POST /api/v1/units", c -> object("code", "MATRIS-1", "name", "Sektion i matrisen", "type",
                    "SECTION", "parentId", demo.parentUnit(), "reason", "Matris")),
            Map.entry("PATCH /api/v1/units/{id}",
                    c -> object("name", "Sektion mottagning 1", "version", c.version(), "reason", "Matris")),
            Map.entry("POST /api/v1/units/{id}/move", c -> object("parentId", otherParent(), "reason", "Matris")),
            Map.entry("POST /api/v1/self-assessments",
                    c -> object("committeeId", demo.committee(), "year", demo.year() + 1)),
            Map.entry("PATCH /api/v1/self-assessments/{id}",
                    c -> object("summary", "Sammanfattning", "version", c.version(), "reason", "Matris")),
            Map.entry("POST /api/v1/plans", c -> object("committeeId", demo.committee(), "year", demo.year() + 1)),
            Map.entry("POST /api/v1/common-review-areas", c -> object("year", 2098, "decidedOn", today.toString(),
                    "paragraph", "§ 1", "diaryNumber", "KS-2098-1", "areas",
                    List.of(Map.of("title", "Område", "instructions", "Granska.")))),
            Map.entry("PUT /api/v1/common-review-areas/{id}", c -> object("year", 2099, "decidedOn",
                    today.toString(), "paragraph", "§ 2", "diaryNumber", "KS-2099-1", "areas",
                    List.of(Map.of("title", "Område i matrisen", "instructions", "Granska.")), "version", c.version())),
            Map.entry("PUT /api/v1/risk-analyses/{id}/decisions",
                    c -> object("version", c.version(), "items", List.of())),
            Map.entry("POST /api/v1/deviations", c -> object("kind", "QUALITY", "unitId", demo.unit(), "title",
                    "Avvikelse i matrisen", "description", "Beskrivning.", "occurredOn", today.toString())),
            Map.entry("POST /api/v1/deviations/{id}/steps", this::step),
            Map.entry("POST /api/v1/public/complaints", c -> object("kind", "EXTERNAL_COMPLAINT", "unitId",
                    publicUnit(), "reporterKind", "USER", "description", "Synpunkt i matrisen.", "occurredOn",
                    today.toString(), "consent", true)),
            Map.entry("POST /api/v1/deadline-evaluations", c -> object("request", Map.of("populationId",
                    demo.population(), "kind", "MONTHS", "amount", 4, "year", demo.year(), "fromMonth", 1,
                    "toMonth", 6, "evaluatedOn", today.toString()))),
            Map.entry("POST /api/v1/checklists", c -> object("sampleId", demo.sample(), "planItemId",
                    demo.planItem(), "title", "Checklista", "questions", List.of("Finns beslutet?"))),
            Map.entry("POST /api/v1/log-reviews/checks", c -> object("system", "Lifecare", "unitId", demo.unit(),
                    "periodFrom", today.withDayOfMonth(1).toString(), "periodTo", today.toString(), "result",
                    "Inga anmärkningar.", "diaryNumber", "ASF-2026-99")),
            // the lex Sarah investigator (förvaltningen) read a confidential record this month: someone to sample
            Map.entry("POST /api/v1/log-reviews", c -> object("unitId", demo.administration(), "month",
                    today.toString().substring(0, 7), "percent", 100, "seed", 1)),
            Map.entry("POST /api/v1/follow-ups/{planId}/{period}/ready",
                    c -> object("override", true, "reason", "Rapporterna kommer på nämndens möte.")),
            Map.entry("POST /api/v1/recurring-duties", c -> object("title", "Uppgift i matrisen", "rule", "MONTHLY",
                    "dayOfMonth", 15, "targetRole", "SECTION_HEAD", "unitId", demo.unit(), "selfInspection", false)),
            Map.entry("PUT /api/v1/recurring-duties/{id}", c -> object("duty", Map.of("title", "Uppgift i matrisen",
                    "rule", "MONTHLY", "dayOfMonth", 15, "targetRole", "SECTION_HEAD", "unitId", demo.unit(),
                    "selfInspection", false), "version", c.version())),
            Map.entry("PUT /api/v1/recurring-duties/{id}/active", c -> object("active", false, "version", c.version())),
            Map.entry("POST /api/v1/recurring-duties/{id}/completions", c -> object("dueOn", dueOn(c), "result",
                    "Klart.")),
            Map.entry("PUT /api/v1/audit-recommendations/{id}/status",
                    c -> object("status", "IN_PROGRESS", "version", c.version())),
            Map.entry("POST /api/v1/improvement-actions/{id}/disposition", c -> object("disposition",
                    "CARRIED_TO_FOLLOW_UP", "note", "Följs upp.", "version", c.version())));
    }

    private JsonNode matrix(Context c, boolean existing) {
        List<Map<String, Object>> levels = List.of(Map.of("level", 1, "label", "Låg"),
                Map.of("level", 2, "label", "Medel"), Map.of("level", 3, "label", "Hög"));
        ObjectNode matrix = object("name", "Matris i matrisen", "unitId", demo.unit(), "formula", "PRODUCT",
                "likelihood", levels, "consequence", levels,
                "bands", List.of(Map.of("position", 1, "name", "Låg", "colour", "#00703c"),
                        Map.of("position", 2, "name", "Hög", "colour", "#d4351c")),
                "cells", new int[][] {{1, 1, 1}, {1, 1, 2}, {1, 2, 2}});
        if (existing) {
            matrix.put("version", c.version());
            matrix.put("reason", "Matris");
        }
        return matrix;
    }

    private JsonNode step(Context c) {
        JsonNode steps = c.record().path("steps");
        String step = steps.isArray() && !steps.isEmpty() ? steps.get(0).asString() : "CLOSE";
        return object("step", step, "version", c.version(), "text", "Steg i matrisen.", "assignee", "ifo.sek.mot1",
                "assessment", "NONE", "serious", false, "body", "WORKING_COMMITTEE", "ivoReply", "CLOSED",
                "categoryId", demo.deviationCategory());
    }

    /** A date the duty falls due this year, from the annual wheel's occurrences. */
    private String dueOn(Context c) {
        JsonNode occurrences = c.reader.read("/api/v1/recurring-duties/occurrences?from=" + today.withDayOfYear(1)
                + "&to=" + today.withDayOfYear(today.lengthOfYear()));
        for (JsonNode occurrence : occurrences) {
            if (occurrence.path("dutyId").asLong() == demo.duty()) {
                return occurrence.path("dueOn").asString();
            }
        }
        return today.toString();
    }

    private long otherParent() {
        return jdbc.sql("select id from org_unit where code = 'IFO-BU-UTR'").query(Long.class).single();
    }

    private long publicUnit() {
        return jdbc.sql("select unit_id from deviation_public_unit order by position limit 1").query(Long.class).single();
    }
}
