package se.vaksam.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The register-extract review of reference/003 (registerutdrag ur belastningsregistret, January–April 2025)
 * end to end through the API: 53 recruitments offered, 19 of them at children's homes (boende); a checklist
 * "Kontrollerat?", "Dokumenterat i HR?" (asked only when checked) and "Bekräftat av chef?" (asked only when
 * not in HR); the answers in one file. The review finds 39 checked, 19 documented in HR, 20 confirmed by
 * managers, 14 managers who never answered, and of the 19 at children's homes 12 also in HR — in the table,
 * in the plan's review and in the annual report.
 */
@VaksamTest
class RegisterExtractReviewTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TITLE = "Registerutdrag vid rekrytering januari–april 2025";
    private static final String HOME = "Boende för barn";
    private static final String HEADER = "Nyckel;Kontrollerat?;Dokumenterat i HR?;Bekräftat av chef?\n";

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    CheckApiSupport api;
    long checklist;
    long planItem;
    Map<String, Long> questions = new LinkedHashMap<>();

    @BeforeEach
    void aChecklistOverAllFiftyThreeRecruitments() {
        api = new CheckApiSupport(port, tokens, "ik.samordnare");
        long unit = jdbc.sql("select id from org_unit where code = 'IFO-BU-MOT-1'").query(Long.class).single();
        StringBuilder population = new StringBuilder("rekrytering;verksamhet\n");
        for (int i = 1; i <= 53; i++) {
            population.append(key(i)).append(';').append(i <= 19 ? HOME : "Övriga verksamheter").append('\n');
        }
        HttpResponse<String> imported = api.upload("POST", "/api/v1/populations", "rekryteringar.csv",
                population.toString().getBytes(StandardCharsets.UTF_8), Map.of("name",
                        "Erbjudna anställningar januari–april 2025", "unitId", Long.toString(unit), "key", "rekrytering",
                        "stratum", "verksamhet"));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        HttpResponse<String> sample = api.json("POST", "/api/v1/samples", "{\"populationId\":"
                + read(imported).get("id").asLong() + ",\"method\":\"COUNT\",\"amount\":53}");
        assertThat(sample.statusCode()).as(sample.body()).isEqualTo(201);
        planItem = jdbc.sql("select id from plan_item where title = 'Utredningstider i barnavårdsutredningar'")
                .query(Long.class).single();
        HttpResponse<String> created = api.json("POST", "/api/v1/checklists", """
                {"sampleId":%d,"planItemId":%d,"title":"%s",
                 "questions":["Kontrollerat?","Dokumenterat i HR?","Bekräftat av chef?"],
                 "conditions":[{"question":1,"onQuestion":0,"answer":"YES"},
                               {"question":2,"onQuestion":1,"answer":"NO"}]}"""
                .formatted(read(sample).get("id").asLong(), planItem, TITLE));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = read(created);
        checklist = body.get("id").asLong();
        body.get("questions").forEach(q -> questions.put(q.get("text").asString(), q.get("id").asLong()));
        assertThat(body.get("questions").get(1).get("conditionQuestionId").asLong())
                .isEqualTo(questions.get("Kontrollerat?"));
    }

    /**
     * REK-01…19 are at children's homes, all checked, 12 of them in HR and the other 7 confirmed by their
     * managers; of REK-20…53, 20 were checked (7 in HR, 13 confirmed) and the 14 managers of REK-40…53 never
     * answered.
     */
    private static String answers() {
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 1; i <= 53; i++) {
            boolean checked = i <= 39;
            boolean inHr = i <= 12 || i >= 20 && i <= 26;
            file.append(key(i)).append(';').append(checked ? "Ja" : "").append(';')
                    .append(checked ? (inHr ? "Ja" : "Nej") : "").append(';')
                    .append(checked && !inHr ? "Ja" : "").append('\n');
        }
        return file.toString();
    }

    @Test
    void theReviewCountsEveryRecruitmentIncludingTheFourteenManagersWhoNeverAnswered() {
        HttpResponse<String> imported = upload(answers());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(read(imported).get("changedCases").asInt()).as("the 14 blank rows change nothing").isEqualTo(39);

        Map<String, Map<String, String>> table = rows(api.get("/api/v1/checklists/" + checklist + "/result-table"));
        assertThat(table.get("Kontrollerat?")).containsEntry("Ja (antal)", "39").containsEntry("Ej besvarad (antal)", "14")
                .containsEntry("Totalt (antal)", "53").containsEntry("Ja (%)", "73,6")
                .containsEntry("Ej besvarad (%)", "26,4");
        assertThat(table.get("Dokumenterat i HR?")).containsEntry("Ja (antal)", "19").containsEntry("Nej (antal)", "20")
                .as("unknown while Kontrollerat? is unanswered").containsEntry("Ej besvarad (antal)", "14")
                .containsEntry("Totalt (antal)", "53");
        assertThat(table.get("Bekräftat av chef?")).containsEntry("Ja (antal)", "20")
                .as("those in HR were not asked").containsEntry("Ej tillämpligt (villkor) (antal)", "19")
                .containsEntry("Ej besvarad (antal)", "14").containsEntry("Totalt (antal)", "53");

        long hr = questions.get("Dokumenterat i HR?");
        Map<String, Map<String, String>> strata = rows(api.get("/api/v1/checklists/" + checklist
                + "/result-table/strata/" + hr));
        assertThat(strata.get(HOME)).containsEntry("Ja (antal)", "12").containsEntry("Nej (antal)", "7")
                .containsEntry("Totalt (antal)", "19").containsEntry("Ja (%)", "63,2");
        assertThat(strata.get("Totalt")).containsEntry("Ja (antal)", "19").containsEntry("Totalt (antal)", "53");

        Map<String, Map<String, String>> cross = rows(api.get("/api/v1/checklists/" + checklist + "/result-table/cross/"
                + questions.get("Kontrollerat?") + "/" + questions.get("Bekräftat av chef?")));
        assertThat(cross.get("Ja")).containsEntry("Ja (antal)", "20")
                .containsEntry("Ej tillämpligt (villkor) (antal)", "19").containsEntry("Totalt (antal)", "39");
        assertThat(cross.get("Ej besvarad")).containsEntry("Ej besvarad (antal)", "14");

        HttpResponse<String> attached = api.json("POST", "/api/v1/checklists/" + checklist + "/review-result", "");
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(200);
        HttpResponse<String> attachedStrata = api.json("POST", "/api/v1/checklists/" + checklist
                + "/review-result/strata/" + hr, "");
        assertThat(attachedStrata.statusCode()).as(attachedStrata.body()).isEqualTo(200);

        String review = api.get("/api/v1/plan-items/" + planItem).body();
        assertThat(review).contains(TITLE).contains(TITLE + ": Dokumenterat i HR? per stratum")
                .contains("Ej besvarad (antal)");

        // the reviewer writes the result in the committee's words; the attached tables follow the text
        int version = read(api.get("/api/v1/plan-items/" + planItem)).get("version").asInt();
        HttpResponse<String> reported = api.json("PUT", "/api/v1/plan-items/" + planItem + "/review-report", """
                {"report":{"result":"Under perioden januari till april 2025 erbjöds totalt 53 personer anställning. \
                Registerutdrag har kontrollerats på 39 personer av totalt 53; 14 chefer återkom inte."},"version":%d}"""
                .formatted(version));
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(200);
        long plan = jdbc.sql("select plan_id from plan_item where id = ?").param(planItem).query(Long.class).single();
        String report = text(api.bytes("/api/v1/reports/plans/" + plan + "/annual?format=html"));
        assertThat(report).contains(TITLE)
                .contains("Granskningsområde Ja (antal) Nej (antal) Ej tillämpligt (antal) "
                        + "Ej tillämpligt (villkor) (antal) Ej besvarad (antal) Totalt (antal)")
                .contains("Kontrollerat? 39 0 0 0 14 53 73,6 0 0 0 26,4")
                .contains("Dokumenterat i HR? 19 20 0 0 14 53")
                .contains("Bekräftat av chef? 20 0 0 19 14 53")
                .contains(HOME + " 12 7 0 0 0 19 63,2 36,8")
                .contains("Totalt 19 20 0 0 14 53");
    }

    @Test
    void aFileWithMistakesNamesEveryRowColumnAndValueAndStoresNothing() {
        String wrong = HEADER
                + key(1) + ";Ja;Kanske;\n"
                + "REK-2025-99;Ja;Ja;\n"
                + key(2) + ";;Ja;\n"
                + key(3) + ";Ja;Ja;Ja\n"
                + key(1) + ";Ja;Ja;\n";

        HttpResponse<String> refused = upload(wrong);

        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode problems = read(refused).get("problems");
        assertThat(problems.toString())
                .contains("Rad 2, kolumn Dokumenterat i HR?: ”Kanske” är inget svar")
                .contains("Rad 3, kolumn Nyckel: fallet ”REK-2025-99” ingår inte i stickprovet.")
                .contains("Rad 4, kolumn Dokumenterat i HR?: svaret ”Ja” ges till en fråga som bara gäller när "
                        + "”Kontrollerat?” besvarats med Ja")
                .contains("Rad 5, kolumn Bekräftat av chef?: svaret ”Ja” ges till en fråga som bara gäller när "
                        + "”Dokumenterat i HR?” besvarats med Nej")
                .contains("Rad 6, kolumn Nyckel: nyckeln ”REK-2025-01” finns redan på en tidigare rad.");
        assertThat(problems.size()).isEqualTo(5);
        assertThat(stored()).isZero();

        HttpResponse<String> unknownColumn = upload("Nyckel;Kontrollerat?;Sparat i personalakt?\n" + key(1) + ";Ja;Ja\n");
        assertThat(unknownColumn.statusCode()).isEqualTo(422);
        assertThat(read(unknownColumn).get("detail").asString()).contains("”Sparat i personalakt?” är ingen fråga");
        assertThat(stored()).isZero();
    }

    @Test
    void theSameFileTwiceChangesNothingTheSecondTimeAndAChangedFileOverwritesWithHistory() {
        assertThat(upload(answers()).statusCode()).isEqualTo(200);
        int versionAfterFirst = version(key(40));

        HttpResponse<String> again = upload(answers());
        assertThat(read(again).get("changedCases").asInt()).isZero();
        assertThat(read(again).get("unchangedCases").asInt()).isEqualTo(53);
        assertThat(version(key(1))).isEqualTo(1);

        // the manager of REK-40 answers late: checked, not in HR, confirmed
        HttpResponse<String> late = upload(HEADER + key(40) + ";Ja;Nej;Ja\n");
        assertThat(read(late).get("changedCases").asInt()).isEqualTo(1);
        assertThat(version(key(40))).isEqualTo(versionAfterFirst + 1);
        assertThat(jdbc.sql("""
                select count(*) from history_entry e join history_change c on c.entry_id = e.id
                join history_change k on k.entry_id = e.id and k.field = 'case' and k.after_value = 'REK-2025-40'
                where e.record_type = 'check.checklist' and e.record_id = ? and e.reason like 'svar.csv (SHA-256 %'
                  and c.field = 'answers' and c.after_value = 'Kontrollerat? Ja | Dokumenterat i HR? Nej | Bekräftat av chef? Ja'
                  and c.before_value = 'Kontrollerat? – | Dokumenterat i HR? – | Bekräftat av chef? –'""")
                .param(Long.toString(checklist)).query(Integer.class).single()).isEqualTo(1);
        Map<String, Map<String, String>> table = rows(api.get("/api/v1/checklists/" + checklist + "/result-table"));
        assertThat(table.get("Kontrollerat?")).containsEntry("Ja (antal)", "40").containsEntry("Ej besvarad (antal)", "13");
    }

    @Test
    void aCaseCannotBeAnsweredForAQuestionItsConditionRulesOutAndAChangedConditionClearsTheAnswer() {
        long checked = questions.get("Kontrollerat?");
        long hr = questions.get("Dokumenterat i HR?");
        String path = "/api/v1/checklists/" + checklist + "/cases/" + key(5);
        HttpResponse<String> refused = api.json("PUT", path, """
                {"version":0,"answers":[{"questionId":%d,"answer":"NO"},{"questionId":%d,"answer":"YES"}]}"""
                .formatted(checked, hr));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(read(refused).get("detail").asString())
                .isEqualTo("Frågan ”Dokumenterat i HR?” gäller bara när ”Kontrollerat?” besvarats med Ja; lämna den obesvarad.");

        assertThat(api.json("PUT", path, """
                {"version":0,"answers":[{"questionId":%d,"answer":"YES"},{"questionId":%d,"answer":"YES"}]}"""
                .formatted(checked, hr)).statusCode()).isEqualTo(200);
        HttpResponse<String> changed = api.json("PUT", path, """
                {"version":1,"answers":[{"questionId":%d,"answer":"NO"}]}""".formatted(checked));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(read(changed).get("answers").has(Long.toString(hr))).as("the HR answer no longer applies").isFalse();
    }

    private HttpResponse<String> upload(String csv) {
        return api.upload("POST", "/api/v1/checklists/" + checklist + "/answers", "svar.csv",
                csv.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private int stored() {
        return jdbc.sql("""
                select count(*) from check_answer a join check_question q on q.id = a.question_id
                where q.checklist_id = ?""").param(checklist).query(Integer.class).single();
    }

    private int version(String caseKey) {
        return read(api.get("/api/v1/checklists/" + checklist)).get("caseVersions").get(caseKey).asInt();
    }

    private static String key(int i) {
        return String.format("REK-2025-%02d", i);
    }

    /** A result table as row label → column header → the cell as shown. */
    private static Map<String, Map<String, String>> rows(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode table = read(response);
        IntFunction<String> header = i -> table.get("columns").get(i).get("header").asString();
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        table.get("rows").forEach(row -> {
            Map<String, String> cells = new LinkedHashMap<>();
            for (int i = 1; i < row.size(); i++) {
                JsonNode n = row.get(i).get("number");
                cells.put(header.apply(i), n == null || n.isNull() ? ""
                        : n.decimalValue().stripTrailingZeros().toPlainString().replace('.', ','));
            }
            rows.put(row.get(0).get("text").asString(), cells);
        });
        return rows;
    }

    private static String text(HttpResponse<byte[]> html) {
        assertThat(html.statusCode()).isEqualTo(200);
        return new String(html.body(), StandardCharsets.UTF_8).replaceAll("<[^>]+>", " ")
                .replace("&nbsp;", " ").replaceAll("\\s+", " ");
    }

    private static JsonNode read(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
