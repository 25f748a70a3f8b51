package se.vaksam.security;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Request bodies for the authorisation matrix: built from the operation's request schema (real ids for
 * {@code …Id} fields, usernames and numbers in range, the enums' first value, dates, strings, the record's
 * current version), or written out for the few operations where the schema alone does not make a valid request
 * (springdoc also merges request records of the same simple name into one schema).
 */
final class MatrixBodies {

    private static final Object NULL = new Object();

    private final JsonNode schemas;
    private final DemoRecords demo;
    private final JdbcClient jdbc;
    private final LocalDate today;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Function<MatrixRequests.Context, JsonNode>> ownBodies;

    MatrixBodies(JsonNode schemas, DemoRecords demo, JdbcClient jdbc, LocalDate today) {
        this.schemas = schemas;
        this.demo = demo;
        this.jdbc = jdbc;
        this.today = today;
        this.ownBodies = ownBodies();
    }

    JsonNode body(ApiOperation op, MatrixRequests.Context context) {
        Function<MatrixRequests.Context, JsonNode> own = ownBodies.get(op.key());
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

    private JsonNode value(String name, JsonNode schema, MatrixRequests.Context context) {
        if (schema.has("anyOf")) {
            schema = schema.get("anyOf").get(0); // a nullable reference: the object, or null
        }
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
    private JsonNode known(String name, MatrixRequests.Context context) {
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
            case "commonReviewAreaId", "proposalId", "onQuestionId", "movedToYear", "finalReportYear", "finalReportPeriod",
                 "otherProcess", "validTo", "nextRevision" -> NULL;
            default -> null;
        };
        if (value == null) {
            return null;
        }
        return value == NULL ? json.getNodeFactory().nullNode() : json.valueToTree(value);
    }

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

    private JsonNode schemaValue(String schema, MatrixRequests.Context context) {
        return value(schema, schemas.path(schema), context);
    }

    // --- operations that need a body of their own -----------------------------------------------------------

    private Map<String, Function<MatrixRequests.Context, JsonNode>> ownBodies() {
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

    private JsonNode matrix(MatrixRequests.Context c, boolean existing) {
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

    private JsonNode step(MatrixRequests.Context c) {
        JsonNode steps = c.record().path("steps");
        String step = steps.isArray() && !steps.isEmpty() ? steps.get(0).asString() : "CLOSE";
        return object("step", step, "version", c.version(), "text", "Steg i matrisen.", "assignee", "ifo.sek.mot1",
                "assessment", "NONE", "serious", false, "body", "WORKING_COMMITTEE", "ivoReply", "CLOSED");
        // no categoryId: which list it must come from (cause, measure) depends on the step, and none is allowed
    }

    /** A date the duty falls due this year, from the annual wheel's occurrences. */
    private String dueOn(MatrixRequests.Context c) {
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
    }}
