package se.vaksam.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;
import se.vaksam.VaksamTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 13, "nobody widens their own rights": every operation of the OpenAPI document, reads and writes, called
 * as every demo role (and without a token), compared with the expected table in
 * {@code src/test/resources/security/authorisation-matrix.csv}, which {@code docs/authorisation.md} shows.
 * Any cell that differs fails, an unexpected allow first; a change of rights therefore shows as a diff of the
 * table. Run with {@code -Dvaksam.writeMatrix=true} to rewrite the CSV and the page from the actual outcomes.
 *
 * <p>Every call runs through the real filters with a real personal API token, inside a transaction that is
 * always rolled back (the services join it; module listeners run only after a commit, so none fire): an allowed
 * write leaves no trace for the other calls or the other tests sharing the application context.
 */
@VaksamTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(1) // first of the classes sharing the context, so that it meets the demo data as loaded
class AuthorisationMatrixTests {

    static final String ANONYMOUS = "anonymous";
    static final List<String> ROLES = List.of(ANONYMOUS, "admin", "ik.samordnare", "forv.chef", "controller",
            "kval.controller", "ifo.avd.bu", "ifo.enh.mot", "ifo.sek.mot1", "ifo.sek.mot2", "ifo.soc1", "nl.ordf",
            "nl.ledamot", "lexsarah", "revisor", "ama.avd.eb", "bts.avd.bo");

    private static final Path CSV = Path.of("src/test/resources/security/authorisation-matrix.csv");
    private static final Path PAGE = Path.of("docs/authorisation.md");
    private static final Path CALLS = Path.of("target/authorisation-matrix-calls.txt");
    private static final Logger LOG = LoggerFactory.getLogger(AuthorisationMatrixTests.class);

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    Clock clock;

    private final JsonMapper json = JsonMapper.builder().build();
    private MockMvc mvc;
    private TransactionTemplate rolledBack;
    private final Map<String, String> bearer = new LinkedHashMap<>();
    private List<ApiOperation> operations;
    private DemoRecords demo;
    private AuthorisationMatrix actual;
    private final List<String> serverErrors = new ArrayList<>();
    private final Map<String, List<String>> writingReads = new LinkedHashMap<>();
    private Map<String, String> dataBefore;
    private Map<String, String> dataAfter;

    @BeforeAll
    void callEveryOperationAsEveryRole() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        rolledBack = new TransactionTemplate(transactionManager);
        ROLES.stream().filter(role -> !role.equals(ANONYMOUS)).forEach(role -> bearer.put(role,
                "Bearer " + tokens.issue(role, "authorisation matrix", OffsetDateTime.now(clock).plusHours(2))));
        JsonNode document = json.readTree(mvc.perform(get("/v3/api-docs").with(user("admin")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        operations = ApiOperation.allIn(document);
        LocalDate today = LocalDate.now(clock);
        readALexSarahCaseAsItsInvestigator();
        demo = DemoRecords.find(jdbc, today.getYear());
        var requests = new MatrixRequests(document, operations, demo, jdbc, today);

        dataBefore = TableFingerprints.of(jdbc);
        long started = System.nanoTime();
        actual = new AuthorisationMatrix(ROLES);
        List<String> calls = new ArrayList<>();
        for (ApiOperation op : operations) {
            for (int i = 0; i < ROLES.size(); i++) {
                String role = ROLES.get(i);
                long callStarted = System.nanoTime();
                Outcome outcome = call(requests, op, role, "192.0.2." + (i + 1));
                long millis = (System.nanoTime() - callStarted) / 1_000_000L;
                actual.put(op.key(), op.tag(), role, outcome.status());
                calls.add(role + "\t" + op.key() + "\t" + outcome.url() + "\t" + outcome.status() + "\t" + millis
                        + " ms\t" + outcome.detail());
                if (!outcome.writtenByRead().isEmpty()) {
                    writingReads.computeIfAbsent(op.key(), k -> new ArrayList<>())
                            .add(role + " " + outcome.writtenByRead());
                }
                if (outcome.status() >= 500) {
                    serverErrors.add(role + " " + op.key() + " → " + outcome.status() + " " + outcome.detail());
                }
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        dataAfter = TableFingerprints.of(jdbc);
        LOG.info("Authorisation matrix: {} operations × {} roles = {} calls in {} s", operations.size(), ROLES.size(),
                calls.size(), seconds);
        writingReads.forEach((op, roles) -> LOG.warn("A read wrote rows: {} as {}", op, roles));
        Files.createDirectories(CALLS.getParent());
        Files.write(CALLS, calls, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("vaksam.writeMatrix")) {
            actual.writeCsv(CSV);
            Files.writeString(PAGE, actual.markdown(notes()), StandardCharsets.UTF_8);
            LOG.warn("Authorisation matrix rewritten: {} and {} — review the diff", CSV, PAGE);
        }
    }

    @Test
    void everyOperationOfTheApiHasARowInTheExpectedTableAndEveryRowAnOperation() throws Exception {
        AuthorisationMatrix expected = AuthorisationMatrix.readCsv(CSV);
        assertThat(expected.rows().keySet())
                .as("operations in the OpenAPI document and rows of %s (regenerate with -Dvaksam.writeMatrix=true)", CSV)
                .containsExactlyInAnyOrderElementsOf(operations.stream().map(ApiOperation::key).toList());
        assertThat(expected.roles()).as("the roles (columns) of %s", CSV).containsExactlyElementsOf(ROLES);
    }

    @Test
    void everyOperationAsEveryRoleGivesTheStatusInTheExpectedTable() throws Exception {
        List<AuthorisationMatrix.Difference> differences = actual.differencesFrom(AuthorisationMatrix.readCsv(CSV));
        assertThat(differences)
                .as("cells that differ from %s (details of every call in %s; if the change of rights is intended, "
                        + "regenerate with -Dvaksam.writeMatrix=true and review the diff):%n%s", CSV, CALLS,
                        differences.stream().map(Object::toString).collect(Collectors.joining("\n")))
                .isEmpty();
    }

    @Test
    void theReadableTableIsGeneratedFromTheExpectedOne() throws Exception {
        assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
                .as("%s is rendered from %s (regenerate with -Dvaksam.writeMatrix=true)", PAGE, CSV)
                .isEqualTo(AuthorisationMatrix.readCsv(CSV).markdown(notes()));
    }

    @Test
    void allowedWritesLeaveNoTraceInTheData() {
        assertThat(actual.rows().values()).as("the matrix includes allowed writes, or rolling back proves nothing")
                .anySatisfy(row -> assertThat(row.operation()).startsWith("POST")
                        .satisfies(op -> assertThat(row.statuses().get("admin")).isBetween(200, 299)));
        assertThat(dataAfter).as("every table (but the access log and API tokens) as before the matrix")
                .isEqualTo(dataBefore);
    }

    /**
     * POSTs that are not a change of records by the role: computations (evaluating deadlines, re-drawing a sample
     * to verify it) and reports anyone may make (a complaint through the public e-service, a deviation report).
     */
    private static final List<String> NOT_CHANGES = List.of("POST /api/v1/deadline-evaluations",
            "POST /api/v1/samples/{id}/verification", "POST /api/v1/public/complaints", "POST /api/v1/deviations");

    @Test
    void theAuditorAndAnOrdinaryCommitteeMemberNeverChangeAnything() {
        assertThat(allowedWrites("revisor")).as("writes the auditor may do").isEmpty();
        assertThat(allowedWrites("nl.ledamot")).as("writes a committee member may do").isEmpty();
    }

    @Test
    void withoutATokenOnlyThePublicEServiceAnswers() {
        List<String> allowed = actual.rows().values().stream()
                .filter(row -> AuthorisationMatrix.allowed(row.statuses().get(ANONYMOUS)))
                .map(AuthorisationMatrix.Row::operation).toList();
        assertThat(allowed).allSatisfy(op -> assertThat(op).contains(" /api/v1/public/"));
        assertThat(actual.rows().values()).filteredOn(row -> !row.operation().contains(" /api/v1/public/"))
                .allSatisfy(row -> assertThat(row.statuses().get(ANONYMOUS)).as(row.operation()).isEqualTo(401));
    }

    @Test
    void aSocialWorkerNeverReadsALexSarahCase() throws Exception {
        String url = "/api/v1/deviations/" + demo.lexSarahCase();
        assertThat(statusOf("ifo.soc1", url)).as("ifo.soc1 reading the lex Sarah case").isIn(403, 404);
        assertThat(statusOf("lexsarah", url)).as("the lex Sarah investigator reading it").isEqualTo(200);
        String list = mvc.perform(get("/api/v1/deviations?kind=LEX_SARAH").header("Authorization", bearer.get("ifo.soc1")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).as("the deviations ifo.soc1 lists").doesNotContain("\"id\":" + demo.lexSarahCase() + ",");
    }

    @Test
    void aReadChangesNoRecord() {
        assertThat(writingReads.keySet()).as("reads that wrote rows in their transaction (role [tables]): %s",
                writingReads).isEmpty();
    }

    @Test
    void nobodyGivesThemselvesAWiderRole() {
        List<String> granted = new ArrayList<>();
        for (String role : ROLES.subList(2, ROLES.size())) { // everyone but anonymous and the administrator
            long self = jdbc.sql("select id from person where username = ?").param(role).query(Long.class).single();
            for (var grant : Map.of("SYSTEM_ADMINISTRATOR", "MALMO", "INTERNAL_CONTROL_COORDINATOR", "ASF",
                    "QUALITY_CONTROLLER", "ASF").entrySet()) {
                long unit = jdbc.sql("select id from org_unit where code = ?").param(grant.getValue())
                        .query(Long.class).single();
                if (holds(self, unit, grant.getKey())) {
                    continue; // the same placement again widens nothing
                }
                String body = "{\"unitId\":" + unit + ",\"role\":\"" + grant.getKey() + "\",\"validFrom\":\""
                        + LocalDate.now(clock) + "\",\"reason\":\"Matris\"}";
                int status = rolledBack.execute(transaction -> {
                    transaction.setRollbackOnly();
                    try {
                        return mvc.perform(post("/api/v1/persons/" + self + "/placements")
                                        .header("Authorization", bearer.get(role))
                                        .contentType("application/json").content(body))
                                .andReturn().getResponse().getStatus();
                    } catch (Exception e) {
                        return 500;
                    }
                });
                if (AuthorisationMatrix.allowed(status)) {
                    granted.add(role + " → " + grant.getKey() + " " + grant.getValue());
                }
            }
        }
        assertThat(granted).as("roles given to oneself").isEmpty();
    }

    private boolean holds(long person, long unit, String role) {
        return jdbc.sql("""
                select count(*) from placement where person_id = ? and unit_id = ? and role = ?
                and valid_from <= current_date and (valid_to is null or valid_to >= current_date)""")
                .params(person, unit, role).query(Long.class).single() > 0;
    }

    @Test
    void noCallEndsInAServerError() {
        assertThat(serverErrors).as("calls answered with 5xx (each is a bug to fix)").isEmpty();
    }

    private List<String> allowedWrites(String role) {
        return actual.rows().values().stream()
                .filter(row -> !row.operation().startsWith("GET ") && !NOT_CHANGES.contains(row.operation()))
                .filter(row -> AuthorisationMatrix.allowed(row.statuses().get(role)))
                .map(row -> row.operation() + " → " + row.statuses().get(role)).toList();
    }

    private int statusOf(String role, String url) throws Exception {
        return mvc.perform(get(url).header("Authorization", bearer.get(role))).andReturn().getResponse().getStatus();
    }

    /** What a call gave: its URL, status, the problem detail when refused and the tables a read wrote to. */
    private record Outcome(String url, int status, String detail, List<String> writtenByRead) {
    }

    private Outcome call(MatrixRequests requests, ApiOperation op, String role, String address) {
        return rolledBack.execute(transaction -> {
            transaction.setRollbackOnly();
            String url = op.path();
            try {
                MatrixRequests.Call call = requests.call(op, new CallRecords(jdbc, demo), this::readAsAdministrator);
                url = call.url();
                AbstractMockHttpServletRequestBuilder<?> request = call.request();
                request.with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
                if (!role.equals(ANONYMOUS)) {
                    request.header("Authorization", bearer.get(role));
                }
                Map<String, Long> before = op.isWrite() ? Map.of() : rowsChangedInTransaction();
                MvcResult result = mvc.perform(request).andReturn();
                List<String> written = op.isWrite() ? List.of() : changedSince(before);
                int status = result.getResponse().getStatus();
                String detail = status >= 300 ? detailOf(result) : "";
                return new Outcome(url, status, detail, written);
            } catch (Exception e) {
                return new Outcome(url, 500, e.toString().replace('\n', ' '), List.of());
            }
        });
    }

    /**
     * Rows inserted, updated or deleted per table in the current transaction so far (PostgreSQL's own counts),
     * but the API token's last use, which every authenticated call records.
     */
    private Map<String, Long> rowsChangedInTransaction() {
        return jdbc.sql("""
                select relname, n_tup_ins + n_tup_upd + n_tup_del from pg_stat_xact_user_tables
                where relname <> 'api_token' and n_tup_ins + n_tup_upd + n_tup_del > 0""")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private List<String> changedSince(Map<String, Long> before) {
        return rowsChangedInTransaction().entrySet().stream()
                .filter(e -> e.getValue() > before.getOrDefault(e.getKey(), 0L)).map(Map.Entry::getKey).sorted()
                .toList();
    }

    private JsonNode readAsAdministrator(String url) {
        try {
            MvcResult result = mvc.perform(get(url).header("Authorization", bearer.get("admin"))).andReturn();
            String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            boolean readable = result.getResponse().getStatus() == 200 && (body.startsWith("{") || body.startsWith("["));
            return readable ? json.readTree(body) : json.missingNode();
        } catch (Exception e) {
            throw new IllegalStateException("Could not read " + url, e);
        }
    }

    private static String detailOf(MvcResult result) {
        try {
            String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8).replace('\n', ' ');
            return body.length() > 300 ? body.substring(0, 300) : body;
        } catch (Exception e) {
            return "";
        }
    }

    /**
     * A confidential read (the lex Sarah case, by its investigator, who works at the förvaltning) so that the access
     * log has a row to read and the month's log review has a reader to sample.
     */
    private void readALexSarahCaseAsItsInvestigator() throws Exception {
        long lexSarah = jdbc.sql("select min(id) from deviation where kind = 'LEX_SARAH'").query(Long.class).single();
        mvc.perform(get("/api/v1/deviations/" + lexSarah).header("Authorization", bearer.get("lexsarah")));
    }

    private static List<String> notes() {
        return List.of(
                "Records the demo data lacks (an improvement action, a city-wide review decision with an area and an "
                        + "attachment, a checklist, a log review, sent report versions) are made inside each call's "
                        + "transaction and vanish with it.",
                "`POST /api/v1/persons/{id}/placements` asks to give `ifo.soc1` the role QUALITY_CONTROLLER in sektion "
                        + "mottagning 1: a widening of rights.",
                "Documents are asked for as HTML (or DOCX for the audit response) to keep the run short.",
                "`GET /api/v1/self-assessments/criteria/{year}` asks for next year's criteria, which do not exist yet.",
                "Besides the statuses, the test fails when a read (GET) inserts, updates or deletes a row.");
    }
}
