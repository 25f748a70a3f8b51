package se.vaksam.security;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the concrete request of an operation for the authorisation matrix: path ids from real demo records
 * (or records made inside the call's transaction), the required query parameters, and a plausible body
 * ({@link MatrixBodies}), so that a role that may do it gets a 2xx and the outcome is about rights, not input.
 */
final class MatrixRequests {


    private static final String VERSION = "{version}";

    private final DemoRecords demo;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, JsonNode> current = new HashMap<>();
    private final LocalDate today;
    private final Set<String> readableTemplates;
    private final MatrixBodies bodies;

    /** Reads a record as an administrator inside the call's transaction: its version and allowed steps. */
    interface Reader {
        JsonNode read(String url);
    }

    MatrixRequests(JsonNode document, List<ApiOperation> operations, DemoRecords demo, JdbcClient jdbc,
            LocalDate today) {
        this.readableTemplates = operations.stream().filter(o -> o.method().equals("GET")).map(ApiOperation::path)
                .collect(Collectors.toSet());
        this.demo = demo;
        this.today = today;
        this.bodies = new MatrixBodies(document.path("components").path("schemas"), demo, jdbc, today);
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
            request = multipart(op, url, records);
        } else {
            request = MockMvcRequestBuilders.request(HttpMethod.valueOf(op.method()), url);
            JsonNode body = bodies.body(op, context);
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
            case "id" -> String.valueOf(idOf(resource, op.path(), records));
            case "areaId" -> String.valueOf(resource.startsWith("audit") ? demo.auditArea() : records.commonReviewArea());
            case "reviewId" -> String.valueOf(demo.audit());
            case "planId" -> String.valueOf(demo.plan());
            case "period" -> "T1";
            case "kind" -> resource.equals("imports") ? "deviations" : "tertial-1";
            case "year" -> String.valueOf(op.path().contains("/criteria/") ? demo.year() + 1 : demo.year());
            case "ext" -> resource.equals("audit-responses") ? "docx" : "html";
            case "versionId" -> String.valueOf(demo.matrixVersion());
            case "attachmentId" -> String.valueOf(records.attachment());
            case "snapshotId" -> String.valueOf(records.auditResponseVersion());
            case "username" -> CallRecords.LOG_REVIEWED_USER;
            case "caseKey" -> demo.sampleCase();
            case "questionId" -> String.valueOf(records.checklistQuestion());
            case "byQuestionId" -> String.valueOf(records.checklistSecondQuestion());
            case "code" -> "USER_SURVEY";
            default -> throw new IllegalStateException("No value for path parameter " + name + " of " + op.key());
        };
    }

    private long idOf(String resource, String path, CallRecords records) {
        return switch (resource) {
            case "risk-analyses-sosfs" -> demo.sosfsRiskAnalysis();
            case "self-inspections" -> demo.selfInspection();
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
            case "surveys" -> records.survey();
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
            case "development-areas" -> records.developmentArea();
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

    // --- the changed record ---------------------------------------------------------------------------------

    /** One call being built: its operation, the records made for it, and a way to read the record it changes. */
    final class Context {
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
            if (readable(template)) {
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

    // --- multipart ------------------------------------------------------------------------------------------

    private AbstractMockHttpServletRequestBuilder<?> multipart(ApiOperation op, String url, CallRecords records) {
        var request = MockMvcRequestBuilders.multipart(HttpMethod.valueOf(op.method()), url);
        if (op.path().startsWith("/api/v1/populations")) {
            String csv = "arende;inkommet\nA-1;2026-01-12\nA-2;2026-02-03\n";
            request.file(new MockMultipartFile("file", "population.csv", "text/csv",
                    csv.getBytes(StandardCharsets.UTF_8)));
            // the column mapping is bound from request parameters
            request.param("key", "arende").param("startedOn", "inkommet");
        } else if (op.path().startsWith("/api/v1/checklists")) {
            // bulk answers: the key column and the matrix checklist's question
            records.checklistQuestion();
            String csv = "Nyckel;Finns beslutet?\n" + demo.sampleCase() + ";Ja\n";
            request.file(new MockMultipartFile("file", "svar.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        } else if (op.path().startsWith("/api/v1/imports")) {
            // a preview (dry run) of one past deviation: allowed is 200, and the matrix database is left as it was
            String csv = "Källans id;Typ;Enhetskod;Rubrik;Beskrivning;Mottagen\nM-1;Kvalitetsavvikelse;IFO-BU-MOT-1;"
                    + "Journal saknades;Anteckning fördes inte in.;2019-03-04\n";
            request.file(new MockMultipartFile("file", "avvikelser.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
            request.param("dryRun", "true");
        } else {
            request.file(new MockMultipartFile("file", "bilaga.txt", "text/plain",
                    "Bilaga".getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }
}
