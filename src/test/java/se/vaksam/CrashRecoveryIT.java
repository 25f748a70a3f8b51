package se.vaksam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import se.vaksam.support.VaksamJar;

/**
 * The embedded mode survives a crash: the packaged jar is killed with SIGKILL in the middle of a
 * large population import and in the middle of sending a report to the committee, sometimes
 * together with its PostgreSQL, and started again without anyone's help. It comes up healthy,
 * everything it acknowledged before the kill is there, and nothing is half-stored. The restart
 * times are printed (docs/benchmarks.md records them).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryIT {

    private static final int LARGE_IMPORT_ROWS = 300_000;
    private static final String BOUNDARY = "vaksam-crash-boundary";
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern VERSION = Pattern.compile(
            "\"id\":(\\d+),[^}]*?\"version\":(\\d+),\"format\":\"(PDF|DOCX)\"[^}]*?\"sha256\":\"([0-9a-f]{64})\"");

    private static VaksamJar vaksam;
    private static String token;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startThePackagedApplication() throws Exception {
        Path work = Path.of("target", "crash-it");
        deleteTree(work);
        vaksam = new VaksamJar(work);
        Duration firstStart = vaksam.start();
        System.out.println("CrashRecoveryIT: first start (new database, demo data) in " + firstStart.toMillis() + " ms");
        token = vaksam.apiToken("admin");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (vaksam != null) {
            vaksam.close();
        }
    }

    @Test
    @Order(1)
    void theEmbeddedDatabaseWaitsForTheDiskBeforeItAcknowledgesACommit() throws SQLException {
        try (Connection db = vaksam.database(); Statement sql = db.createStatement()) {
            assertThat(setting(sql, "fsync")).isEqualTo("on");
            assertThat(setting(sql, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(sql, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    @Order(2)
    void aKillDuringALargeImportKeepsWhatWasAcknowledgedAndStoresNothingOfTheImport() throws Exception {
        long unit = unitId("IFO-BU-MOT-1");
        HttpResponse<String> acknowledged = importPopulation("Bekräftad före krasch", unit, cases(25));
        assertThat(acknowledged.statusCode()).as(acknowledged.body()).isEqualTo(201);
        long acknowledgedId = firstId(acknowledged.body());

        CompletableFuture<HttpResponse<String>> large = CompletableFuture.supplyAsync(
                () -> importPopulation("Avbruten import", unit, cases(LARGE_IMPORT_ROWS)));
        awaitRowsBeingWrittenInAnOpenTransaction();
        vaksam.killJvm();
        assertThat(large).failsWithin(Duration.ofSeconds(30));
        assertThat(vaksam.postmaster()).as("PostgreSQL outlives a killed JVM").isPresent();

        restart("after SIGKILL of the JVM during a " + LARGE_IMPORT_ROWS + "-row import");
        assertThat(vaksam.log()).contains("is still running on", "after an unclean stop: stopping it");

        assertThat(api("/api/v1/populations/" + acknowledgedId).body())
                .contains("\"name\":\"Bekräftad före krasch\"", "\"rowCount\":25");
        assertThat(api("/api/v1/populations").body()).doesNotContain("Avbruten import");
        try (Connection db = vaksam.database(); Statement sql = db.createStatement()) {
            assertThat(count(sql, "select count(*) from check_population_row r where not exists "
                    + "(select 1 from check_population p where p.id = r.population_id)")).isZero();
            assertThat(count(sql, "select count(*) from check_population p where p.row_count <> "
                    + "(select count(*) from check_population_row r where r.population_id = p.id)")).isZero();
        }
    }

    @Test
    @Order(3)
    void aKillOfVaksamAndItsDatabaseDuringReportGenerationLeavesEverySentVersionWhole() throws Exception {
        long plan = firstId(api("/api/v1/plans").body());
        String send = "/api/v1/reports/plans/" + plan + "/tertial-1/versions";
        HttpResponse<String> sent = apiPost(send, "{\"diaryNumber\":\"ASN-2026-0001\"}");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        assertThat(versions(plan)).hasSize(2);

        List<String[]> before = killDuringTheSendingsTransaction(plan, send);
        assertThat(vaksam.postmaster()).isEmpty();

        restart("after SIGKILL of the JVM and PostgreSQL during report generation");

        List<String[]> after = versions(plan);
        assertThat(after).as("the acknowledged version is there").extracting(v -> v[0])
                .containsAll(before.stream().map(v -> v[0]).toList());
        Map<String, List<String>> formatsPerVersion = new LinkedHashMap<>();
        after.forEach(v -> formatsPerVersion.computeIfAbsent(v[1], k -> new ArrayList<>()).add(v[2]));
        assertThat(formatsPerVersion.values()).as("every version has both its PDF and its DOCX")
                .allSatisfy(formats -> assertThat(formats).containsExactlyInAnyOrder("PDF", "DOCX"));
        for (String[] version : after) {
            byte[] file = apiBytes("/api/v1/reports/versions/" + version[0]);
            assertThat(sha256(file)).as("stored file of version " + version[0]).isEqualTo(version[3]);
        }
    }

    @Test
    @Order(4)
    void aTerminatedVaksamStopsItsDatabaseAfterTheWebServer() throws Exception {
        var postmaster = vaksam.postmaster().orElseThrow();
        assertThat(vaksam.terminate(Duration.ofSeconds(60))).as("exits on SIGTERM").isTrue();
        assertThat(postmaster.onExit()).as("PostgreSQL stopped with it").succeedsWithin(Duration.ofSeconds(10));
        assertThat(vaksam.postmaster()).as("and removed its postmaster.pid").isEmpty();
        Duration restart = vaksam.start();
        System.out.println("CrashRecoveryIT: restart after a clean stop in " + restart.toMillis() + " ms");
        assertThat(vaksam.health().body()).contains("\"status\":\"UP\"");
    }

    /**
     * Sends the report again and again until the kill lands while its files are being written (the PDF and the
     * DOCX are stored in one transaction); the last attempt is killed while the report is still being rendered.
     * Returns the versions acknowledged before the kill.
     */
    private static List<String[]> killDuringTheSendingsTransaction(long plan, String send) throws Exception {
        List<String[]> acknowledged = versions(plan);
        try (Connection db = vaksam.database(); Statement sql = db.createStatement()) {
            for (int attempt = 1; attempt <= 8; attempt++) {
                String body = "{\"diaryNumber\":\"ASN-2026-010" + attempt + "\"}";
                CompletableFuture<HttpResponse<String>> sending = CompletableFuture.supplyAsync(() -> apiPost(send, body));
                boolean lastAttempt = attempt == 8;
                boolean storing = false;
                while (!lastAttempt && !storing && !sending.isDone()) {
                    storing = count(sql, "select count(*) from pg_stat_activity where backend_xid is not null "
                            + "and query ilike '%report_snapshot%'") > 0;
                }
                if (storing || lastAttempt) {
                    if (lastAttempt) {
                        Thread.sleep(300);
                    }
                    System.out.println("CrashRecoveryIT: killed while the report's files were being "
                            + (storing ? "stored" : "rendered") + " (attempt " + attempt + ")");
                    vaksam.killJvmAndPostgres();
                    assertThat(sending).failsWithin(Duration.ofSeconds(30));
                    return acknowledged;
                }
                assertThat(sending.join().statusCode()).isEqualTo(201);
                acknowledged = versions(plan);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private static void restart(String after) throws IOException, InterruptedException {
        Duration restart = vaksam.start();
        System.out.println("CrashRecoveryIT: restart " + after + " in " + restart.toMillis() + " ms");
        assertThat(vaksam.health().body()).contains("\"status\":\"UP\"");
        assertThat(restart).isLessThan(Duration.ofMinutes(3));
    }

    /** Waits until the import writes (a transaction id is assigned) in a transaction not yet committed. */
    private static void awaitRowsBeingWrittenInAnOpenTransaction() throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        try (Connection db = vaksam.database(); Statement sql = db.createStatement()) {
            while (System.nanoTime() < deadline) {
                if (count(sql, "select count(*) from pg_stat_activity where backend_xid is not null "
                        + "and query ilike '%check_population%'") > 0) {
                    return;
                }
                Thread.sleep(20);
            }
        }
        throw new IllegalStateException("The large import never started writing rows");
    }

    /** The plan's sent versions as [id, version, format, sha256]. */
    private static List<String[]> versions(long plan) {
        Matcher m = VERSION.matcher(api("/api/v1/reports/plans/" + plan + "/versions").body());
        List<String[]> versions = new ArrayList<>();
        while (m.find()) {
            versions.add(new String[] {m.group(1), m.group(2), m.group(3), m.group(4)});
        }
        return versions;
    }

    private static long unitId(String code) {
        Matcher m = Pattern.compile("\"id\":(\\d+),[^}]*\"code\":\"" + code + "\"").matcher(api("/api/v1/units").body());
        assertThat(m.find()).as("unit " + code).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static long firstId(String json) {
        Matcher m = ID.matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static HttpResponse<String> importPopulation(String name, long unit, String csv) {
        Map<String, String> fields = Map.of("name", name, "unitId", Long.toString(unit), "key", "ärende",
                "stratum", "sektion", "startedOn", "inledd", "completedOn", "avslutad");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((field, value) -> body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\""
                + field + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"utredningar.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(csv.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request("/api/v1/populations").header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A CSV of {@code n} child-welfare investigations (barnavårdsutredningar). */
    private static String cases(int n) {
        StringBuilder csv = new StringBuilder("ärende;sektion;inledd;avslutad\n");
        for (int i = 1; i <= n; i++) {
            csv.append(String.format("BU-%07d;%s;2026-0%d-%02d;2026-0%d-%02d\n", i,
                    i % 2 == 0 ? "Mottagning 1" : "Mottagning 2", 1 + i % 3, 1 + i % 28, 4 + i % 3, 1 + i % 28));
        }
        return csv.toString();
    }

    private static HttpResponse<String> api(String path) {
        return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] apiBytes(String path) {
        HttpResponse<byte[]> response = send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static HttpResponse<String> apiPost(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + vaksam.port() + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, */*");
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String setting(Statement sql, String name) throws SQLException {
        try (ResultSet rs = sql.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String sha256(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
