package se.vaksam.deviation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vaksam.VaksamTest;
import se.vaksam.support.WebClient;

/**
 * 1 000 public submissions in a burst from one address: the rate limit answers politely (429 in
 * Swedish, Retry-After), every accepted submission is stored exactly once under the case number its
 * sender got, and sending the same submission again (a lost answer, a double click) stores nothing new.
 */
@VaksamTest
class PublicBurstTests {

    static final int BURST = 1000;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SubmissionLimit limit;

    long unitId;

    @BeforeEach
    void aPublicUnit() {
        limit.reset();
        unitId = jdbc.sql("select unit_id from deviation_public_unit order by position limit 1").query(Long.class).single();
    }

    @AfterEach
    void forget() {
        limit.reset();
    }

    HttpResponse<String> send(HttpClient http, String key) {
        String json = """
                {"kind":"EXTERNAL_COMPLAINT","unitId":%d,"description":"Jag fick vänta i telefon i en timme.","consent":false}"""
                .formatted(unitId);
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/public/complaints"))
                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aBurstIsLimitedPolitelyAndNoAcceptedSubmissionIsLostOrStoredTwice() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Map<String, String> accepted = new ConcurrentHashMap<>();
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        for (int i = 0; i < BURST; i++) {
            String key = UUID.randomUUID().toString();
            keys.add(key);
            answers.add(pool.submit(() -> send(http, key)));
        }
        pool.shutdown();
        int refused = 0;
        for (int i = 0; i < BURST; i++) {
            HttpResponse<String> answer = answers.get(i).get();
            if (answer.statusCode() == 201) {
                accepted.put(keys.get(i), caseNumber(answer.body()));
            } else {
                assertThat(answer.statusCode()).isEqualTo(429);
                assertThat(answer.headers().firstValue("Retry-After")).isPresent();
                assertThat(answer.body()).contains("Vänta en minut och skicka igen");
                refused++;
            }
        }
        assertThat(accepted).hasSize(10);
        assertThat(refused).isEqualTo(BURST - 10);
        assertStoredOnce(accepted);

        // The same submissions again: the same receipts, nothing new stored, and no limit in the way.
        for (Map.Entry<String, String> e : accepted.entrySet()) {
            HttpResponse<String> again = send(http, e.getKey());
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(caseNumber(again.body())).isEqualTo(e.getValue());
        }
        assertStoredOnce(accepted);
        assertThat(jdbc.sql("select count(*) from deviation where submission_token = any(?)")
                .param(keys.toArray(String[]::new)).query(Long.class).single()).isEqualTo(10);
    }

    @Test
    void theFormSentTwiceIsStoredOnceAndTheBusyPageIsInSwedish() {
        WebClient web = new WebClient(port);
        String form = web.get("/e-tjanst/klagomal").body();
        String token = form.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
        Map<String, String> fields = Map.of("_csrf", WebClient.csrfFrom(form), "token", token, "kind", "EXTERNAL_SUGGESTION",
                "unitId", Long.toString(unitId), "description", "Öppna på lördagar också.", "website", "");
        var first = web.postForm("/e-tjanst/klagomal", fields);
        var second = web.postForm("/e-tjanst/klagomal", fields);
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(jdbc.sql("select count(*) from deviation where submission_token = ?").param(token)
                .query(Long.class).single()).isEqualTo(1);
        String receipt = web.get(first.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "")).body();
        assertThat(receipt).contains("Ditt ärendenummer är").containsPattern("AVV-\\d{4}-\\d{6}");

        for (int i = 0; i < 20; i++) {
            String page = web.get("/e-tjanst/klagomal").body();
            String t = page.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
            var answer = web.postForm("/e-tjanst/klagomal", Map.of("_csrf", WebClient.csrfFrom(page), "token", t,
                    "kind", "EXTERNAL_COMPLAINT", "unitId", Long.toString(unitId), "description", "Försök " + i));
            if (answer.statusCode() == 429) {
                assertThat(answer.body()).contains("Försök igen om en stund");
                return;
            }
        }
        throw new AssertionError("The form was never limited");
    }

    @Test
    void theHoneypotFilledInStoresNothing() {
        WebClient web = new WebClient(port);
        String form = web.get("/e-tjanst/klagomal").body();
        String token = form.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
        var answer = web.postForm("/e-tjanst/klagomal", Map.of("_csrf", WebClient.csrfFrom(form), "token", token,
                "kind", "EXTERNAL_COMPLAINT", "unitId", Long.toString(unitId), "description", "Köp billiga klockor",
                "website", "http://spam.example"));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from deviation where submission_token = ?").param(token)
                .query(Long.class).single()).isZero();
    }

    private void assertStoredOnce(Map<String, String> accepted) {
        for (Map.Entry<String, String> e : accepted.entrySet()) {
            assertThat(jdbc.sql("select case_number from deviation where submission_token = ?").param(e.getKey())
                    .query(String.class).list()).containsExactly(e.getValue());
        }
    }

    private static String caseNumber(String json) {
        return json.replaceAll("(?s).*\"caseNumber\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }
}
