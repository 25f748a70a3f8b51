package se.vaksam.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import se.vaksam.VaksamTest;
import se.vaksam.document.DocumentFiles;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;

/**
 * Reference 001: stadsrevisionen's review SR-2019-82 (six sub-areas with their recommendations) and
 * Arbetsmarknads- och socialnämnden's yttrande, entered through the public API.
 */
@VaksamTest
class AuditReferenceTests {

    static final List<String> HEADINGS = List.of("Processer och rutiner", "Utredning", "Barnrättsperspektiv",
            "Kontroll vid utredning", "Ekonomisk uppföljning och analys", "Nämndens uppföljning");

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    long id(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).list().get(0);
    }

    /** Reference 001 as the fixture holds it, under another number (the demo data has SR-2019-82 itself). */
    ObjectNode reference(String number) throws Exception {
        try (InputStream in = new ClassPathResource("demo/audit/sr-2019-82.json").getInputStream()) {
            ObjectNode fixture = (ObjectNode) json.readTree(in);
            ObjectNode review = (ObjectNode) fixture.get("review");
            review.put("number", number);
            review.put("committeeId", id("select id from org_unit where code = 'ASN'"));
            return fixture;
        }
    }

    /** Enters the review and its response through the API as the coordinator; returns the review's id. */
    long enterReference(ApiClient api, String number) throws Exception {
        ObjectNode fixture = reference(number);
        HttpResponse<String> created = api.send("POST", "/api/v1/audits", fixture.get("review").toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode review = json.readTree(created.body());
        long reviewId = review.get("id").asLong();
        JsonNode areas = review.get("areas");
        for (int i = 0; i < areas.size(); i++) {
            HttpResponse<String> answered = api.send("PUT", "/api/v1/audit-responses/areas/" + areas.get(i).get("id").asLong(),
                    "{\"answer\":%s,\"version\":0}".formatted(fixture.get("answers").get(i)));
            assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        }
        HttpResponse<String> saved = api.send("PUT", "/api/v1/audit-responses/" + reviewId,
                "{\"response\":%s}".formatted(fixture.get("response")));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        return reviewId;
    }

    @Test
    void theCoordinatorEntersReviewSr201982WithSixSubAreasAndTheCommitteesResponse() throws Exception {
        ApiClient coordinator = new ApiClient(port, tokens, "ik.samordnare");
        long reviewId = enterReference(coordinator, "SR-2019-82-A");

        JsonNode review = json.readTree(coordinator.get("/api/v1/audits/" + reviewId).body());
        assertThat(review.get("title").asString()).isEqualTo("Granskning av ekonomiskt bistånd");
        List<String> headings = review.get("areas").valueStream().map(a -> a.get("heading").asString()).toList();
        assertThat(headings).containsExactlyElementsOf(HEADINGS);
        List<Integer> recommendations = review.get("areas").valueStream().map(a -> a.get("recommendations").size()).toList();
        assertThat(recommendations).containsExactly(2, 3, 1, 3, 3, 1);
        assertThat(review.get("areas").get(0).get("recommendations").get(1).get("text").asString())
                .isEqualTo("Samtliga processer och rutiner har en tydlig dokumentägare.");
        assertThat(review.get("areas").get(3).get("judgement").asString())
                .startsWith("Bedömningen är att kontrollen vid utredning av ekonomiskt bistånd inte är helt tillräcklig.");

        JsonNode response = json.readTree(coordinator.get("/api/v1/audit-responses/" + reviewId).body());
        assertThat(response.get("response").get("diaryNumber").asString()).isEqualTo("ASN-2019-19470");
        assertThat(response.get("response").get("addressee").asString()).isEqualTo("Revisorskollegiet");
        assertThat(response.get("response").get("date").asString()).isEqualTo("2020-12-23");
        assertThat(response.get("areas").get(5).get("plannedActions").asString())
                .startsWith("Nämnden kommer fortsatt följa upp verksamheten med ekonomiskt bistånd");
        assertThat(response.get("areas").valueStream().allMatch(a -> a.get("actionsTaken").isString()
                && a.get("effects").isString() && a.get("plannedActions").isString())).isTrue();

        ApiClient auditor = new ApiClient(port, tokens, "revisor");
        assertThat(auditor.get("/api/v1/audits/" + reviewId).statusCode()).isEqualTo(200);
        assertThat(auditor.get("/api/v1/audit-responses/" + reviewId).statusCode()).isEqualTo(200);
        long firstArea = review.get("areas").get(0).get("id").asLong();
        assertThat(auditor.send("PUT", "/api/v1/audit-responses/areas/" + firstArea,
                "{\"answer\":{\"actionsTaken\":\"x\"},\"version\":1}").statusCode()).isEqualTo(403);
        assertThat(auditor.send("POST", "/api/v1/audits", reference("SR-2019-82-R").get("review").toString())
                .statusCode()).isEqualTo(403);
    }

    @Test
    void badInputIsRefusedInSwedishAndStaleVersionsConflict() throws Exception {
        ApiClient coordinator = new ApiClient(port, tokens, "ik.samordnare");
        ObjectNode fixture = reference("SR-2019-82-B");
        ((ObjectNode) fixture.get("review")).put("title", " ");
        HttpResponse<String> refused = coordinator.send("POST", "/api/v1/audits", fixture.get("review").toString());
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Ange nämnd, granskningens nummer, titel");
        assertThat(jdbc.sql("select count(*) from audit_review where number = 'SR-2019-82-B'").query(Long.class).single())
                .isZero();

        ObjectNode blankRecommendation = reference("SR-2019-82-C");
        ((ObjectNode) blankRecommendation.get("review").get("areas").get(2)).putArray("recommendations").add("");
        assertThat(coordinator.send("POST", "/api/v1/audits", blankRecommendation.get("review").toString())
                .statusCode()).isEqualTo(422);
        assertThat(jdbc.sql("select count(*) from audit_review where number = 'SR-2019-82-C'").query(Long.class).single())
                .isZero();

        long reviewId = enterReference(coordinator, "SR-2019-82-D");
        HttpResponse<String> duplicate = coordinator.send("POST", "/api/v1/audits", reference("SR-2019-82-D").get("review").toString());
        assertThat(duplicate.statusCode()).isEqualTo(422);
        assertThat(duplicate.body()).contains("Det finns redan en granskning med numret SR-2019-82-D");

        long area = id("select id from audit_area where review_id = ? and position = 3", reviewId);
        HttpResponse<String> stale = coordinator.send("PUT", "/api/v1/audit-responses/areas/" + area,
                "{\"answer\":{\"actionsTaken\":\"Skriver över\"},\"version\":0}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(jdbc.sql("select actions_taken from audit_area where id = ?").param(area).query(String.class).single())
                .startsWith("Stödmaterial om barnrätt");
    }

    @Test
    void anAreaAnswerSentInPartKeepsTheAnswersNotSent() throws Exception {
        ApiClient coordinator = new ApiClient(port, tokens, "ik.samordnare");
        long reviewId = enterReference(coordinator, "SR-2019-82-P");
        long area = id("select id from audit_area where review_id = ? and position = 3", reviewId);
        Map<String, Object> before = jdbc.sql("select actions_taken, planned_actions, version from audit_area where id = ?")
                .param(area).query().singleRow();

        HttpResponse<String> effectsOnly = coordinator.send("PUT", "/api/v1/audit-responses/areas/" + area,
                "{\"answer\":{\"effects\":\"Fler barn kommer till tals\"},\"version\":%d}".formatted(before.get("version")));

        assertThat(effectsOnly.statusCode()).as(effectsOnly.body()).isEqualTo(200);
        Map<String, Object> after = jdbc.sql("select actions_taken, effects, planned_actions from audit_area where id = ?")
                .param(area).query().singleRow();
        assertThat(after.get("effects")).isEqualTo("Fler barn kommer till tals");
        assertThat(after.get("actions_taken")).isEqualTo(before.get("actions_taken")).isNotNull();
        assertThat(after.get("planned_actions")).isEqualTo(before.get("planned_actions"));

        HttpResponse<String> cleared = coordinator.send("PUT", "/api/v1/audit-responses/areas/" + area,
                "{\"answer\":{\"plannedActions\":\"\"},\"version\":%d}".formatted((int) before.get("version") + 1));
        assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(200);
        assertThat(jdbc.sql("select planned_actions from audit_area where id = ?").param(area).query(String.class)
                .optional()).isEmpty();
        assertThat(jdbc.sql("select effects from audit_area where id = ?").param(area).query(String.class).single())
                .isEqualTo("Fler barn kommer till tals");
    }

    @Test
    void anAssignedSubAreaIsDraftedByItsPersonAndShowsOnTheirStartPage() throws Exception {
        ApiClient coordinator = new ApiClient(port, tokens, "ik.samordnare");
        ObjectNode fixture = reference("SR-2019-82-E");
        long reviewId = json.readTree(coordinator.send("POST", "/api/v1/audits", fixture.get("review").toString()).body())
                .get("id").asLong();
        long area = id("select id from audit_area where review_id = ? and position = 4", reviewId);
        assertThat(coordinator.send("PUT", "/api/v1/audit-responses/areas/" + area + "/assignee",
                "{\"username\":\"ama.avd.eb\"}").statusCode()).isEqualTo(200);

        var web = new se.vaksam.support.WebClient(port);
        web.login("ama.avd.eb", "vaksam");
        assertThat(web.get("/").body()).contains("SR-2019-82-E – 4. Kontroll vid utredning");

        ApiClient assignee = new ApiClient(port, tokens, "ama.avd.eb");
        HttpResponse<String> answered = assignee.send("PUT", "/api/v1/audit-responses/areas/" + area,
                "{\"answer\":%s,\"version\":1}".formatted(fixture.get("answers").get(3)));
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(web.get("/").body()).doesNotContain("SR-2019-82-E – 4. Kontroll vid utredning");
        long otherArea = id("select id from audit_area where review_id = ? and position = 5", reviewId);
        assertThat(assignee.send("PUT", "/api/v1/audit-responses/areas/" + otherArea,
                "{\"answer\":{\"actionsTaken\":\"x\"},\"version\":0}").statusCode()).isEqualTo(403);
    }

    @Test
    void theYttrandeComesOutAsDocxAndPdfInTheLayoutOfTheReference() throws Exception {
        ApiClient coordinator = new ApiClient(port, tokens, "ik.samordnare");
        long reviewId = enterReference(coordinator, "SR-2019-82-F");
        ObjectNode fixture = reference("SR-2019-82-F");

        HttpResponse<byte[]> docxResponse = new se.vaksam.support.WebClient(port).send(coordinator.request(
                "/api/v1/audit-responses/" + reviewId + "/document.docx").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(docxResponse.statusCode()).isEqualTo(200);
        assertThat(docxResponse.headers().firstValue("Content-Type").orElseThrow()).contains("wordprocessingml");
        byte[] docx = docxResponse.body();
        String docxText = DocumentFiles.docxText(docx);
        assertThat(docxText).contains("Datum").contains("2020-12-23").contains("Adress").contains("205 80 Malmö")
                .contains("Diarienummer").contains("ASN-2019-19470").contains("Till").contains("Revisorskollegiet")
                .contains("Arbetsmarknads- och socialnämnden föreslås besluta att lämna följande yttrande:");
        List<String> headings = DocumentFiles.docxHeadings(docx);
        List<String> areaHeadings = headings.stream().filter(h -> h.matches("2 \\d\\. .*")).toList();
        assertThat(areaHeadings).containsExactly(HEADINGS.stream()
                .map(h -> "2 " + (HEADINGS.indexOf(h) + 1) + ". " + h).toArray(String[]::new));
        for (int i = 0; i < 6; i++) {
            int at = headings.indexOf(areaHeadings.get(i));
            assertThat(headings.subList(at + 1, at + 5)).containsExactly("3 Stadsrevisionens bedömning 2019",
                    "3 Redovisa vilka åtgärder som genomförts",
                    "3 Redovisa vilka effekter åtgärderna har haft på verksamheten",
                    "3 Beskriv eventuella ytterligare åtgärder som planeras");
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (JsonNode area : fixture.get("review").get("areas")) {
                String judgement = area.get("judgement").asString();
                XWPFParagraph p = document.getParagraphs().stream().filter(x -> x.getText().equals(judgement))
                        .findFirst().orElseThrow(() -> new AssertionError("no paragraph: " + judgement));
                assertThat(p.getRuns()).isNotEmpty().allMatch(r -> r.isItalic());
                for (JsonNode rec : area.get("recommendations")) {
                    XWPFParagraph bullet = document.getParagraphs().stream()
                            .filter(x -> x.getText().equals(rec.asString())).findFirst().orElseThrow();
                    assertThat(bullet.getRuns()).allMatch(r -> r.isItalic());
                }
            }
            XWPFParagraph answer = document.getParagraphs().stream()
                    .filter(x -> x.getText().startsWith("Stödmaterial om barnrätt i handläggning")).findFirst().orElseThrow();
            assertThat(answer.getRuns()).noneMatch(r -> r.isItalic());
        }

        HttpResponse<byte[]> pdfResponse = new se.vaksam.support.WebClient(port).send(coordinator.request(
                "/api/v1/audit-responses/" + reviewId + "/document.pdf").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdfResponse.statusCode()).isEqualTo(200);
        byte[] pdf = pdfResponse.body();
        assertThat(DocumentFiles.pdfUaProblems(pdf, "sv-SE", "Yttrande – Granskning av ekonomiskt bistånd, SR-2019-82-F"))
                .isEmpty();
        String text = DocumentFiles.pdfText(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Datum").contains("2020-12-23").contains("205 80 Malmö").contains("ASN-2019-19470")
                .contains("Revisorskollegiet").contains("Granskning av ekonomiskt bistånd, SR-2019-82-F");
        int from = text.indexOf("Sammanfattning");
        assertThat(from).isPositive();
        for (int i = 0; i < 6; i++) {
            int heading = text.indexOf((i + 1) + ". " + HEADINGS.get(i), from);
            assertThat(heading).as(HEADINGS.get(i)).isGreaterThan(from);
            int judgement = text.indexOf("Stadsrevisionens bedömning 2019", heading);
            String judgementText = fixture.get("review").get("areas").get(i).get("judgement").asString();
            int judged = text.indexOf(judgementText.substring(0, 60), judgement);
            int done = text.indexOf("Redovisa vilka åtgärder som genomförts", judged);
            int effects = text.indexOf("Redovisa vilka effekter åtgärderna har haft på verksamheten", done);
            int planned = text.indexOf("Beskriv eventuella ytterligare åtgärder som planeras", effects);
            assertThat(List.of(judgement, judged, done, effects, planned)).as(HEADINGS.get(i))
                    .allMatch(n -> n > heading).isSorted();
            String plannedText = fixture.get("answers").get(i).get("plannedActions").asString().replaceAll("\\s+", " ");
            assertThat(text.indexOf(plannedText.substring(0, Math.min(50, plannedText.length())), planned))
                    .as("planned actions of " + HEADINGS.get(i)).isGreaterThan(planned);
            from = planned;
        }

        HttpResponse<String> frozen = coordinator.send("POST", "/api/v1/audit-responses/" + reviewId + "/snapshots", "");
        assertThat(frozen.statusCode()).as(frozen.body()).isEqualTo(200);
        assertThat(frozen.body()).contains("\"format\":\"DOCX\"").contains("\"format\":\"PDF\"")
                .contains("\"diaryNumber\":\"ASN-2019-19470\"");
        assertThat(new ApiClient(port, tokens, "revisor").get("/api/v1/audit-responses/" + reviewId + "/snapshots").body())
                .contains("\"versionNo\":1");
        long pdfSnapshot = json.readTree(frozen.body()).get(1).get("id").asLong();
        HttpResponse<byte[]> stored = new se.vaksam.support.WebClient(port).send(new ApiClient(port, tokens, "revisor")
                .request("/api/v1/audit-responses/" + reviewId + "/snapshots/" + pdfSnapshot).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(DocumentFiles.pdfText(stored.body())).contains("Revisorskollegiet");
        assertThat(new ApiClient(port, tokens, "revisor").send("POST", "/api/v1/audit-responses/" + reviewId + "/snapshots", "")
                .statusCode()).isEqualTo(403);
    }
}
