package se.vaksam.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import se.vaksam.VaksamTest;
import se.vaksam.support.WebClient;

/**
 * The server-side import step shows progress: the import reports its phases (rows checked in steps, checksum,
 * storing), and in the browser (htmx) it runs in the background while the page polls the job until it goes to
 * the new population, or shows the row problems and stores nothing. The job is only its starter's.
 */
@VaksamTest
class ImportProgressTests {

    private static final Pattern JOB = Pattern.compile("hx-get=\"(/checks/populations/imports/[0-9a-f-]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Populations populations;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    long unit() {
        return jdbc.sql("select id from org_unit where code = 'IFO-BU-MOT-1'").query(Long.class).single();
    }

    record Report(String phase, int done, int total) {
    }

    @Test
    void theImportReportsItsPhasesInOrder() {
        LogFollowUpTests.signInAs("ik.samordnare");
        int n = 2500;
        FileTable file = FileTable.read("utredningar.csv", CheckApiSupport.cases(n).getBytes(StandardCharsets.UTF_8));
        List<Report> reports = new ArrayList<>();
        Populations.ImportResult result = populations.importFile("Progress", unit(), file,
                new ColumnMapping("ärende", null, null, "inledd", "avslutad", null, null, null),
                (phase, done, total) -> reports.add(new Report(phase, done, total)));
        assertThat(result.ok()).as(String.valueOf(result.problems())).isTrue();
        assertThat(reports).containsExactly(new Report(ImportProgress.ROWS, 0, n), new Report(ImportProgress.ROWS, 1000, n),
                new Report(ImportProgress.ROWS, 2000, n), new Report(ImportProgress.CHECKSUM, n, n),
                new Report(ImportProgress.STORE, n, n));
    }

    private static HttpResponse<String> upload(WebClient web, byte[] content) {
        String csrf = WebClient.csrfFrom(web.get("/checks").body());
        String boundary = "vaksam-progress";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"stor.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return web.send(HttpRequest.newBuilder(URI.create(web.base() + "/checks/populations/upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private static HttpResponse<String> htmx(WebClient web, String path, Map<String, String> form) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(web.base() + path)).header("HX-Request", "true");
        if (form == null) {
            return web.send(request.GET().build());
        }
        String body = form.entrySet().stream().map(e -> java.net.URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "=" + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return web.send(request.header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Polls the job like the page does until it stops polling; the last response. */
    private static HttpResponse<String> pollUntilFinished(WebClient web, String job) throws InterruptedException {
        for (int i = 0; i < 240; i++) {
            HttpResponse<String> poll = htmx(web, job, null);
            assertThat(poll.statusCode()).isEqualTo(200);
            if (!poll.body().contains("hx-get=")) {
                return poll;
            }
            assertThat(poll.body()).contains("<progress");
            Thread.sleep(250);
        }
        throw new AssertionError("the import did not finish");
    }

    private Map<String, String> mappingForm(HttpResponse<String> mapping, String name, String startedColumn) {
        Matcher token = Pattern.compile("name=\"token\" value=\"([0-9a-f]+)\"").matcher(mapping.body());
        assertThat(token.find()).isTrue();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", WebClient.csrfFrom(mapping.body()));
        form.put("token", token.group(1));
        form.put("name", name);
        form.put("unitId", Long.toString(unit()));
        form.put("key", "ärende");
        form.put("startedOn", startedColumn);
        return form;
    }

    @Test
    void inTheBrowserTheImportRunsInTheBackgroundWhileThePagePolls() throws InterruptedException {
        WebClient web = new WebClient(port);
        web.login("ik.samordnare", "vaksam");
        int n = 20_000;
        HttpResponse<String> mapping = upload(web, CheckApiSupport.cases(n).getBytes(StandardCharsets.UTF_8));
        assertThat(mapping.statusCode()).isEqualTo(200);
        assertThat(mapping.body()).contains("hx-post=\"/checks/populations\"").contains("id=\"import-progress\"");

        HttpResponse<String> started = htmx(web, "/checks/populations", mappingForm(mapping, "Stor population", "inledd"));
        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(started.body()).contains("<progress").doesNotContain("<html");
        Matcher job = JOB.matcher(started.body());
        assertThat(job.find()).as(started.body()).isTrue();

        WebClient other = new WebClient(port);
        other.login("ifo.sek.mot1", "vaksam");
        assertThat(htmx(other, job.group(1), null).statusCode()).isEqualTo(403);
        assertThat(htmx(web, "/checks/populations/imports/00000000-0000-0000-0000-000000000000", null).statusCode())
                .isEqualTo(404);

        HttpResponse<String> finished = pollUntilFinished(web, job.group(1));
        long population = jdbc.sql("select id from check_population where name = 'Stor population'")
                .query(Long.class).single();
        assertThat(finished.headers().firstValue("HX-Redirect").orElseThrow())
                .isEqualTo("/checks/populations/" + population);
        assertThat(finished.body().replace('\u00a0', ' ')).contains("Klart: 20 000 rader importerade.");
        assertThat(jdbc.sql("select count(*) from check_population_row where population_id = ?").param(population)
                .query(Long.class).single()).isEqualTo(n);
        assertThat(web.get("/checks/populations/" + population).body()).contains("Stor population");
    }

    @Test
    void aRefusedBackgroundImportShowsTheRowProblemsAndStoresNothing() throws InterruptedException {
        WebClient web = new WebClient(port);
        web.login("ik.samordnare", "vaksam");
        String csv = CheckApiSupport.cases(5000).replace("2026-01-04", "04.01.2026");
        HttpResponse<String> mapping = upload(web, csv.getBytes(StandardCharsets.UTF_8));
        Map<String, String> form = mappingForm(mapping, "Felaktig population", "inledd");

        Map<String, String> noUnit = new LinkedHashMap<>(form);
        noUnit.put("unitId", "");
        HttpResponse<String> refusedAtOnce = htmx(web, "/checks/populations", noUnit);
        assertThat(refusedAtOnce.statusCode()).isEqualTo(200);
        assertThat(refusedAtOnce.body()).contains("Inget importerades").doesNotContain("hx-get=");

        HttpResponse<String> started = htmx(web, "/checks/populations", form);
        Matcher job = JOB.matcher(started.body());
        assertThat(job.find()).as(started.body()).isTrue();
        HttpResponse<String> finished = pollUntilFinished(web, job.group(1));
        assertThat(finished.headers().firstValue("HX-Redirect")).isEmpty();
        assertThat(finished.body()).contains("Inget importerades")
                .contains("Rad 4, kolumn inledd: ”04.01.2026” är inte ett datum i formen ÅÅÅÅ-MM-DD.");
        assertThat(jdbc.sql("select count(*) from check_population where name = 'Felaktig population'")
                .query(Long.class).single()).isZero();
    }
}
