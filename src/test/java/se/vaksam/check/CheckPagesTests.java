package se.vaksam.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.WebClient;

/**
 * The import pages refuse bad files in Swedish and store nothing; a deadline evaluation through the API is put
 * into the review's result.
 */
@VaksamTest
class CheckPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    private int stored() {
        return jdbc.sql("select (select count(*) from check_population) + (select count(*) from check_population_row)")
                .query(Integer.class).single();
    }

    private static HttpResponse<String> upload(WebClient web, String fileName, byte[] content) {
        String csrf = WebClient.csrfFrom(web.get("/checks").body());
        String boundary = "vaksam-check-page";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return web.send(HttpRequest.newBuilder(URI.create(web.base() + "/checks/populations/upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    @Test
    void thePagesNameWhatIsWrongWithAFileAndStoreNothing() {
        WebClient web = new WebClient(port);
        web.login("ik.samordnare", "vaksam");
        int before = stored();

        HttpResponse<String> latin1 = upload(web, "utredningar.csv",
                CheckApiSupport.cases(3).getBytes(StandardCharsets.ISO_8859_1));
        assertThat(latin1.statusCode()).isEqualTo(422);
        assertThat(latin1.body()).contains("Inget importerades").contains("Filen är inte kodad som UTF-8");

        String csv = CheckApiSupport.cases(3).replace("2026-01-04", "04.01.2026");
        HttpResponse<String> mapping = upload(web, "utredningar.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(mapping.statusCode()).isEqualTo(200);
        assertThat(mapping.body()).contains("Välj kolumner").contains("BU-2026-0001");
        Matcher token = Pattern.compile("name=\"token\" value=\"([0-9a-f]+)\"").matcher(mapping.body());
        assertThat(token.find()).isTrue();
        long unit = jdbc.sql("select id from org_unit where code = 'IFO-BU-MOT-1'").query(Long.class).single();
        HttpResponse<String> refused = web.postForm("/checks/populations", Map.of("_csrf",
                WebClient.csrfFrom(mapping.body()), "token", token.group(1), "name", "Utredningar", "unitId",
                Long.toString(unit), "key", "ärende", "startedOn", "inledd"));
        assertThat(refused.statusCode()).isEqualTo(422);
        // BU-2026-0003 started 2026-01-04 (1 + 3 % 3 = 1, 1 + 3 % 28 = 4) and is on row 4 (header = row 1)
        assertThat(refused.body()).contains("Rad 4, kolumn inledd: ”04.01.2026” är inte ett datum i formen ÅÅÅÅ-MM-DD.");

        HttpResponse<String> noKey = web.postForm("/checks/populations", Map.of("_csrf",
                WebClient.csrfFrom(mapping.body()), "token", token.group(1), "name", "Utredningar", "unitId",
                Long.toString(unit), "key", ""));
        assertThat(noKey.statusCode()).isEqualTo(422);
        assertThat(noKey.body()).contains("Välj vilken kolumn som är nyckel");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aDeadlineEvaluationIsPutIntoTheReviewsResult() {
        CheckApiSupport api = new CheckApiSupport(port, tokens, "ik.samordnare");
        long unit = jdbc.sql("select id from org_unit where code = 'IFO-BU-MOT-1'").query(Long.class).single();
        HttpResponse<String> imported = api.upload("POST", "/api/v1/populations", "utredningar.csv",
                CheckApiSupport.cases(60).getBytes(StandardCharsets.UTF_8), Map.of("name", "Utredningstider",
                        "unitId", Long.toString(unit), "key", "ärende", "startedOn", "inledd", "completedOn",
                        "avslutad", "extendedOn", "förlängd"));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        Matcher id = Pattern.compile("^\\{\"id\":(\\d+)").matcher(imported.body());
        assertThat(id.find()).isTrue();
        long item = jdbc.sql("select id from plan_item where title = 'Utredningstider i barnavårdsutredningar'")
                .query(Long.class).single();

        HttpResponse<String> evaluated = api.json("POST", "/api/v1/deadline-evaluations", """
                {"request":{"populationId":%s,"kind":"MONTHS","amount":4,"year":2026,"fromMonth":1,"toMonth":3,
                 "evaluatedOn":"2026-11-01"},"planItemId":%d}""".formatted(id.group(1), item));
        assertThat(evaluated.statusCode()).as(evaluated.body()).isEqualTo(200);
        assertThat(evaluated.body()).contains("Överskridit 4 månader per startmånad 2026 (2025)");

        HttpResponse<String> review = api.get("/api/v1/plan-items/" + item);
        assertThat(review.statusCode()).isEqualTo(200);
        assertThat(review.body()).contains("Överskridit 4 månader per startmånad 2026 (2025)").contains("Andel 2025 (%)");
    }

    @Test
    void resultTablesPutIntoOneReviewAtTheSameTimeAreAllKept() throws Exception {
        CheckApiSupport api = new CheckApiSupport(port, tokens, "ik.samordnare");
        long unit = jdbc.sql("select id from org_unit where code = 'IFO-BU-MOT-1'").query(Long.class).single();
        HttpResponse<String> imported = api.upload("POST", "/api/v1/populations", "utredningar.csv",
                CheckApiSupport.cases(20).getBytes(StandardCharsets.UTF_8), Map.of("name", "Utredningstider samtidigt",
                        "unitId", Long.toString(unit), "key", "ärende", "startedOn", "inledd", "completedOn",
                        "avslutad"));
        Matcher id = Pattern.compile("^\\{\"id\":(\\d+)").matcher(imported.body());
        assertThat(id.find()).as(imported.body()).isTrue();
        long item = jdbc.sql("select id from plan_item where title = 'Utredningstider i barnavårdsutredningar'")
                .query(Long.class).single();

        // six evaluations with different rules, so six tables with different captions, sent at once
        List<Integer> amounts = List.of(11, 12, 13, 14, 15, 16);
        ExecutorService pool = Executors.newFixedThreadPool(amounts.size());
        try {
            List<Future<Integer>> answers = pool.invokeAll(amounts.stream().map(amount -> (Callable<Integer>) () ->
                    api.json("POST", "/api/v1/deadline-evaluations", """
                            {"request":{"populationId":%s,"kind":"MONTHS","amount":%d,"year":2026,"fromMonth":1,
                             "toMonth":3,"evaluatedOn":"2026-11-01"},"planItemId":%d}"""
                            .formatted(id.group(1), amount, item)).statusCode()).toList());
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        String review = api.get("/api/v1/plan-items/" + item).body();
        amounts.forEach(amount -> assertThat(review).contains("Överskridit " + amount + " månader per startmånad"));
    }
}
