package se.vaksam.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.WebClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reviewers answer different cases of one checklist side by side: each case has its own version, so only a
 * stale write of the same case is refused (409, telling the version sent and the current one).
 */
@VaksamTest
class ChecklistCaseVersionTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    CheckApiSupport coordinator;
    CheckApiSupport departmentHead;
    long checklist;
    List<String> cases;
    long question;

    @BeforeEach
    void aChecklistOverASampleOfFiveCases() {
        coordinator = new CheckApiSupport(port, tokens, "ik.samordnare");
        departmentHead = new CheckApiSupport(port, tokens, "ifo.avd.bu");
        long unit = jdbc.sql("select id from org_unit where code = 'IFO-BU-MOT-1'").query(Long.class).single();
        HttpResponse<String> population = coordinator.upload("POST", "/api/v1/populations", "utredningar.csv",
                CheckApiSupport.cases(30).getBytes(StandardCharsets.UTF_8), Map.of("name", "Utredningar att granska",
                        "unitId", Long.toString(unit), "key", "ärende", "startedOn", "inledd"));
        assertThat(population.statusCode()).as(population.body()).isEqualTo(201);
        HttpResponse<String> sample = coordinator.json("POST", "/api/v1/samples", "{\"populationId\":"
                + read(population).get("id").asLong() + ",\"method\":\"COUNT\",\"amount\":5}");
        assertThat(sample.statusCode()).as(sample.body()).isEqualTo(201);
        HttpResponse<String> created = coordinator.json("POST", "/api/v1/checklists", "{\"sampleId\":"
                + read(sample).get("id").asLong() + ",\"title\":\"Dokumentation\",\"questions\":[\"Finns beslut?\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = read(created);
        checklist = body.get("id").asLong();
        cases = new ArrayList<>();
        body.get("caseKeys").forEach(k -> cases.add(k.asString()));
        question = body.get("questions").get(0).get("id").asLong();
        assertThat(body.get("caseVersions").get(cases.get(0)).asInt()).as("a case never saved").isZero();
    }

    @Test
    void twoReviewersAnsweringDifferentCasesFromTheSameReadingBothSucceedOverTheApi() {
        HttpResponse<String> first = answer(coordinator, cases.get(0), 0, "YES");
        HttpResponse<String> second = answer(departmentHead, cases.get(1), 0, "NO");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        JsonNode now = read(second).get("caseVersions");
        assertThat(now.get(cases.get(0)).asInt()).isEqualTo(1);
        assertThat(now.get(cases.get(1)).asInt()).isEqualTo(1);
        assertThat(now.get(cases.get(2)).asInt()).isZero();
    }

    @Test
    void aStaleWriteOfTheSameCaseIsRefusedWithTheVersionSentAndTheCurrentOne() {
        assertThat(answer(coordinator, cases.get(0), 0, "YES").statusCode()).isEqualTo(200);
        assertThat(answer(coordinator, cases.get(0), 1, "NO").statusCode()).isEqualTo(200);

        HttpResponse<String> stale = answer(departmentHead, cases.get(0), 1, "NOT_APPLICABLE");

        assertThat(stale.statusCode()).isEqualTo(409);
        JsonNode problem = read(stale);
        assertThat(problem.get("sentVersion").asInt()).isEqualTo(1);
        assertThat(problem.get("currentVersion").asInt()).isEqualTo(2);
        assertThat(problem.get("detail").asString()).contains("version 1").contains("version 2");
        assertThat(jdbc.sql("""
                select a.answer from check_answer a where a.question_id = ? and a.case_key = ?""")
                .params(question, cases.get(0)).query(String.class).single()).as("the later answer stands").isEqualTo("NO");
        HttpResponse<String> firstWriteOfASavedCase = answer(departmentHead, cases.get(0), 0, "YES");
        assertThat(firstWriteOfASavedCase.statusCode()).isEqualTo(409);
        assertThat(read(firstWriteOfASavedCase).get("currentVersion").asInt()).isEqualTo(2);
    }

    @Test
    void onThePagesTwoReviewersSaveDifferentCasesOpenedAtTheSameTimeAndAStaleFormOfTheSameCaseIsRefused() {
        WebClient anna = signedIn("ik.samordnare");
        WebClient bertil = signedIn("ifo.avd.bu");
        Form annasForm = Form.of(anna, checklist, cases.get(0));
        Form bertilsForm = Form.of(bertil, checklist, cases.get(1));
        Form bertilsSecondTab = Form.of(bertil, checklist, cases.get(0));

        assertThat(annasForm.save(question, "YES").statusCode()).isEqualTo(302);
        assertThat(bertilsForm.save(question, "NO").statusCode()).isEqualTo(302);
        assertThat(bertilsSecondTab.save(question, "NO").statusCode()).as("the same case, saved by Anna meanwhile")
                .isEqualTo(409);

        assertThat(jdbc.sql("""
                select count(*) from check_answer a join check_question q on q.id = a.question_id
                where q.checklist_id = ?""").param(checklist).query(Integer.class).single()).isEqualTo(2);
    }

    private record Form(WebClient web, String path, String csrf, String version) {

        static Form of(WebClient web, long checklist, String caseKey) {
            String path = "/checks/checklists/" + checklist + "/cases/" + caseKey;
            String html = web.get(path).body();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(html);
            assertThat(m.find()).as(html).isTrue();
            return new Form(web, path, WebClient.csrfFrom(html), m.group(1));
        }

        HttpResponse<String> save(long question, String answer) {
            return web.postForm(path, Map.of("_csrf", csrf, "version", version, "answer-" + question, answer));
        }
    }

    private WebClient signedIn(String username) {
        WebClient web = new WebClient(port);
        web.login(username, "vaksam");
        return web;
    }

    private HttpResponse<String> answer(CheckApiSupport api, String caseKey, int version, String answer) {
        return api.json("PUT", "/api/v1/checklists/" + checklist + "/cases/" + caseKey, "{\"version\":" + version
                + ",\"answers\":[{\"questionId\":" + question + ",\"answer\":\"" + answer + "\",\"comment\":\"\"}]}");
    }

    private static JsonNode read(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
