package se.vaksam;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;
import se.vaksam.support.WebClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A GET never changes data: every GET operation of the OpenAPI document (its ids taken from the demo
 * records) and every page reachable from the administrator's menu (two links deep) leave every table
 * as it was. Only the bookkeeping of reading is allowed to change: the access log (reads of confidential
 * records are logged on purpose), the last use of an API token and the event publication registry.
 */
@VaksamTest
class ReadingChangesNothingTests {

    /** Tables a read may write: the access log, a token's last use, the event registry. */
    private static final Set<String> BOOKKEEPING = Set.of("access_log", "api_token", "event_publication",
            "flyway_schema_history");

    private static final String YEAR_IN_USE = "2026";
    private static final String UNUSED_YEAR = "2091";

    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)[\"#]");

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void noGetOperationOfTheApiChangesATable() {
        ApiClient api = new ApiClient(port, tokens, "admin");
        WebClient web = new WebClient(port);
        web.login("admin", "vaksam");
        JsonNode paths = json.readTree(web.get("/v3/api-docs").body()).get("paths");
        Map<String, String> writers = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        int called = 0;
        recordsTheDemoDataLacks(api);
        Map<String, String> before = waitForQuietTables();
        for (String template : paths.propertyNames()) {
            if (!paths.get(template).has("get")) {
                continue;
            }
            // a year with records and one without: get-or-create shows on a year nobody has used yet
            for (String year : List.of(YEAR_IN_USE, UNUSED_YEAR)) {
                String path = fill(api, template, year);
                String query = path == null ? null : requiredQuery(paths.get(template).get("get"), year);
                if (query == null) {
                    skipped.add(template);
                    break;
                }
                String uri = path + query;
                called++;
                HttpResponse<String> response = api.get(uri);
                assertThat(response.statusCode()).as(uri).isLessThan(500);
                Map<String, String> after = tables();
                changed(before, after).ifPresent(tables -> writers.put(uri, tables));
                before = after;
                if (!template.contains("{year") && !query.contains("year=")) {
                    break;
                }
            }
        }
        // operations whose records the demo data does not have (e.g. saved report versions) are left out
        System.out.println("GET operations called: " + called + "; without a demo record to call them with: " + skipped);
        assertThat(called).as("GET operations called").isGreaterThan(75);
        assertThat(writers).as("GET operations that changed tables").isEmpty();
    }

    @Test
    void noPageReachableFromTheMenuChangesATable() {
        WebClient web = new WebClient(port);
        web.login("admin", "vaksam");
        Map<String, String> writers = new LinkedHashMap<>();
        Map<String, Integer> perShape = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Deque<Link> queue = new ArrayDeque<>(List.of(new Link("/", 0)));
        Map<String, String> before = waitForQuietTables();
        while (!queue.isEmpty() && seen.size() < 400) {
            Link link = queue.poll();
            String shape = link.path().replaceAll("\\d+", "n");
            if (!seen.add(link.path()) || perShape.merge(shape, 1, Integer::sum) > 2) {
                continue;
            }
            HttpResponse<String> response = web.get(link.path());
            assertThat(response.statusCode()).as(link.path()).isLessThan(500);
            Map<String, String> after = tables();
            changed(before, after).ifPresent(tables -> writers.put(link.path(), tables));
            before = after;
            if (link.depth() < 2 && response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                Matcher m = HREF.matcher(response.body());
                while (m.find()) {
                    String href = m.group(1).replace("&amp;", "&");
                    if (followed(href)) {
                        queue.add(new Link(href, link.depth() + 1));
                    }
                }
            }
        }
        assertThat(seen.size()).isGreaterThan(40);
        assertThat(writers).as("pages that changed tables").isEmpty();
    }

    /** A read of a confidential record (an access-log entry) and a log follow-up, so their reads are called too. */
    private void recordsTheDemoDataLacks(ApiClient api) {
        jdbc.sql("select id from deviation where confidential order by id").query(Long.class).list().stream().findFirst()
                .ifPresent(id -> api.get("/api/v1/deviations/" + id));
        String unit = first("select id from org_unit where code = 'IFO-BU-MOT-1'");
        api.send("POST", "/api/v1/log-reviews", "{\"unitId\":" + unit + ",\"month\":\"2019-02\",\"seed\":1}");
    }

    private record Link(String path, int depth) {
    }

    private static boolean followed(String href) {
        return !href.startsWith("/logout") && !href.startsWith("/swagger-ui") && !href.startsWith("/v3/")
                && !href.startsWith("/css/") && !href.startsWith("/js/") && !href.startsWith("/img/")
                && !href.startsWith("/webjars/") && !href.startsWith("//");
    }

    /** The operation's required query parameters ("" if none), or null if one cannot be filled. */
    private String requiredQuery(JsonNode operation, String year) {
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : operation.has("parameters") ? operation.get("parameters").values() : List.<JsonNode>of()) {
            if (!"query".equals(parameter.get("in").asString()) || !parameter.path("required").asBoolean(false)) {
                continue;
            }
            JsonNode schema = parameter.path("schema");
            if (schema.has("$ref") || "object".equals(schema.path("type").asString(""))) {
                continue; // a filter object bound from optional query parameters: called without any
            }
            String name = parameter.get("name").asString();
            String value = switch (name) {
                case "year" -> year;
                case "from" -> year + "-01-01";
                case "to" -> year + "-12-31";
                case "recordType" -> "risk.risk";
                case "recordId" -> first("select id from risk order by id");
                default -> null;
            };
            if (value == null) {
                return null;
            }
            query.append(query.isEmpty() ? '?' : '&').append(name).append('=').append(value);
        }
        return query.toString();
    }

    /** The template with its parameters filled from the demo records, or null if none exists. */
    private String fill(ApiClient api, String template, String year) {
        String path = template.replace("{path}", "self-inspections");
        Matcher m = Pattern.compile("\\{([^}:]+)(:[^}]*)?}").matcher(path);
        while (m.find()) {
            String value = "year".equals(m.group(1)) ? year
                    : value(api, path.substring(0, path.indexOf(m.group(0))), m.group(1));
            if (value == null) {
                return null;
            }
            path = path.replace(m.group(0), value);
            m = Pattern.compile("\\{([^}:]+)(:[^}]*)?}").matcher(path);
        }
        return path;
    }

    private String value(ApiClient api, String prefix, String name) {
        return switch (name) {
            case "ext" -> prefix.contains("audit-responses") ? "docx" : "html";
            case "kind" -> "annual";
            case "period" -> "T1";
            case "code" -> "SUMMARY";
            case "username" -> first("select username from check_log_review_user where review_id = "
                    + prefix.replaceAll(".*/log-reviews/(\\d+)/users/", "$1") + " order by username");
            case "planId" -> first("select id from plan order by id");
            case "versionId" -> first("select id from risk_matrix_version order by id");
            case "areaId" -> first("select id from common_review_area order by id");
            case "attachmentId" -> first("select id from common_review_attachment order by id");
            case "reviewId" -> first("select id from audit_review order by id");
            case "snapshotId" -> first("select id from report_snapshot order by id");
            default -> idFrom(api, prefix);
        };
    }

    /** Where a collection has no list operation (or lists something else), the table its ids come from. */
    private static final Map<String, String> TABLES = Map.ofEntries(
            Map.entry("/api/v1/placements/", "placement"), Map.entry("/api/v1/plan-items/", "plan_item"),
            Map.entry("/api/v1/checklists/", "check_checklist"), Map.entry("/api/v1/samples/", "check_sample"),
            Map.entry("/api/v1/reports/versions/", "report_snapshot"),
            Map.entry("/api/v1/quality-reports/versions/", "report_snapshot"),
            Map.entry("/api/v1/follow-ups/", "plan"), Map.entry("/api/v1/self-inspections/", "self_inspection"),
            Map.entry("/api/v1/risk-matrices/", "risk_matrix"),
            Map.entry("/api/v1/improvement-actions/", "improvement_action"),
            Map.entry("/api/v1/common-review-areas/", "common_review_decision"),
            Map.entry("/api/v1/audit-responses/", "audit_review"), Map.entry("/api/v1/log-reviews/", "check_log_review"),
            Map.entry("/api/v1/access-log/", "access_log"),
            Map.entry("/api/v1/development-areas/", "quality_development_area"));

    /** The first id in the collection the path lies under (its list operation), else from its table. */
    private String idFrom(ApiClient api, String prefix) {
        if (TABLES.containsKey(prefix)) {
            return first("select id from " + TABLES.get(prefix) + " order by id");
        }
        String collection = prefix.substring(0, prefix.length() - 1);
        HttpResponse<String> list = api.get(collection);
        if (list.statusCode() != 200) {
            return null;
        }
        JsonNode items = json.readTree(list.body());
        if (!items.isArray()) {
            items = items.values().stream().filter(JsonNode::isArray).findFirst().orElse(null);
        }
        return items == null || items.isEmpty() || !items.get(0).has("id") ? null : items.get(0).get("id").asString();
    }

    private String first(String sql) {
        return jdbc.sql(sql).query(String.class).list().stream().findFirst().orElse(null);
    }

    /** Waits until the event listeners of earlier requests and the demo data are done, then reads the tables. */
    private Map<String, String> waitForQuietTables() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline) && jdbc.sql(
                "select count(*) from event_publication where completion_date is null").query(Long.class).single() > 0) {
            sleep();
        }
        Map<String, String> first = tables();
        sleep();
        Map<String, String> second = tables();
        return first.equals(second) ? second : tables();
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Each table's row count and newest row version: an insert or update writes a row with a new
     * transaction id (xmin), a delete lowers the count.
     */
    private Map<String, String> tables() {
        List<String> names = jdbc.sql("""
                select table_name from information_schema.tables
                where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name""")
                .query(String.class).list();
        List<String> selects = new ArrayList<>();
        for (String name : names) {
            if (!BOOKKEEPING.contains(name)) {
                selects.add("select '" + name + "' as t, count(*) || ':' || coalesce(max(xmin::text::bigint), 0) as s from \""
                        + name + "\"");
            }
        }
        Map<String, String> state = new LinkedHashMap<>();
        jdbc.sql(String.join(" union all ", selects)).query((rs, n) -> state.put(rs.getString("t"), rs.getString("s")))
                .list();
        return state;
    }

    private static java.util.Optional<String> changed(Map<String, String> before, Map<String, String> after) {
        List<String> tables = after.keySet().stream().filter(t -> !after.get(t).equals(before.get(t))).toList();
        return tables.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join(", ", tables));
    }
}
