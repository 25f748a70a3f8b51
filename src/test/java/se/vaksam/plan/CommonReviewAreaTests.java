package se.vaksam.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.support.ApiClient;
import se.vaksam.support.WebClient;

/** Kommungemensamma granskningsområden: who registers them, the items they put in plans, attachments, results. */
@VaksamTest
class CommonReviewAreaTests {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    CommonReviewAreas areas;

    @Autowired
    CommonReviewItems items;

    @Autowired
    PlanManagement plans;

    @Autowired
    JdbcClient jdbc;

    FollowUpFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new FollowUpFixtures(plans, jdbc);
        FollowUpFixtures.signInAs("admin");
    }

    @AfterEach
    void tearDown() {
        FollowUpFixtures.signOut();
    }

    static String decisionJson(int year, String... titles) {
        String list = String.join(",", Arrays.stream(titles)
                .map(t -> "{\"title\":\"" + t + "\",\"instructions\":\"Enligt stadskontorets anvisningar för " + t + "\"}")
                .toList());
        return "{\"year\":" + year + ",\"decidedOn\":\"" + (year - 1) + "-10-12\",\"paragraph\":\"§ 285\","
                + "\"diaryNumber\":\"STK-" + (year - 1) + "-1000\",\"areas\":[" + list + "]}";
    }

    long register(int year, String... titles) {
        return areas.register(new CommonReviewDecision.Draft(year, LocalDate.of(year - 1, 10, 12), "§ 285",
                "STK-" + (year - 1) + "-1000", Arrays.stream(titles)
                        .map(t -> new CommonReviewDecision.AreaDraft(t, "Anvisningar för " + t)).toList()));
    }

    @Test
    void aSectionHeadCannotRegisterKommunstyrelsensDecision() {
        ApiClient sectionHead = new ApiClient(port, tokens, "ifo.sek.mot1");
        HttpResponse<String> refused = sectionHead.send("POST", "/api/v1/common-review-areas",
                decisionJson(2011, "Sociala medier"));
        assertThat(refused.statusCode()).isEqualTo(403);

        WebClient web = new WebClient(port);
        web.login("ifo.sek.mot1", "vaksam");
        assertThat(web.get("/common-review-areas/new").statusCode()).isEqualTo(403);
        String token = WebClient.csrfFrom(web.get("/common-review-areas").body());
        assertThat(web.postForm("/common-review-areas", Map.of("_csrf", token, "year", "2011",
                "decidedOn", "2010-10-12", "areaTitle", "Barnrätt")).statusCode()).isEqualTo(403);

        FollowUpFixtures.signInAs("ifo.sek.mot1");
        assertThatThrownBy(() -> register(2011, "Löneskulder")).isInstanceOf(ForbiddenException.class);
        assertThat(jdbc.sql("select count(*) from common_review_decision where year = 2011").query(Integer.class)
                .single()).isZero();
    }

    @Test
    void whoeverMayChangeKommunstyrelsensRecordsRegistersTheDecisionAndCommitteeMembersReadIt() {
        jdbc.sql("insert into person (username, given_name, family_name, email) values "
                + "('ks.kansli', 'Klara', 'Kansli', 'klara.kansli@vaksam.example') on conflict do nothing").update();
        jdbc.sql("""
                insert into placement (person_id, unit_id, role, valid_from)
                select p.id, u.id, 'DEPARTMENT_HEAD', date '2020-01-01' from person p, org_unit u
                where p.username = 'ks.kansli' and u.code = 'KS'
                and not exists (select 1 from placement x where x.person_id = p.id)""").update();
        long decision;
        try {
            FollowUpFixtures.signInAs("ks.kansli");
            assertThat(areas.mayEdit()).isTrue();
            decision = register(2005, "Sociala medier");
        } finally {
            jdbc.sql("delete from placement where person_id = (select id from person where username = 'ks.kansli')")
                    .update();
            jdbc.sql("delete from person where username = 'ks.kansli'").update();
        }

        FollowUpFixtures.signInAs("nl.ordf");
        assertThat(areas.mayEdit()).isFalse();
        assertThat(areas.decision(decision).areas()).extracting(CommonReviewDecision.Area::title)
                .containsExactly("Sociala medier");
        assertThat(areas.decision(decision).editable()).isFalse();
        assertThatThrownBy(() -> areas.removeAttachment(-1)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aDecisionGivesAnExistingPlanOneCityWideReviewPerAreaOnlyOnce() {
        long plan = fixtures.plan(2012);
        ApiClient admin = new ApiClient(port, tokens, "admin");
        HttpResponse<String> created = admin.send("POST", "/api/v1/common-review-areas",
                decisionJson(2012, "Sociala medier", "Barnrätt", "Löneskulder"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("Sociala medier", "Barnrätt", "Löneskulder", "§ 285");
        assertThat(fixtures.commonReviewAreasOf(plan)).hasSize(3).doesNotHaveDuplicates();

        long decision = areas.decisionOfYear(2012).orElseThrow().id();
        int version = areas.decision(decision).version();
        HttpResponse<String> extended = admin.send("PUT", "/api/v1/common-review-areas/" + decision,
                decisionJson(2012, "Sociala medier", "Barnrätt", "Löneskulder", "Informationssäkerhet")
                        .replace("}]}", "}],\"version\":" + version + "}"));
        assertThat(extended.statusCode()).as(extended.body()).isEqualTo(200);
        assertThat(items.applyToYear(2012)).isZero();
        assertThat(fixtures.commonReviewAreasOf(plan)).hasSize(4).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(
                        areas.decision(decision).areas().stream().map(CommonReviewDecision.Area::id).toList());

        HttpResponse<String> again = admin.send("POST", "/api/v1/common-review-areas", decisionJson(2012, "Barnrätt"));
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("redan registrerat");
    }

    @Test
    void aPlanCreatedAfterTheDecisionGetsTheAreasAtOnceGivenToTheForvaltning() {
        register(2013, "Sociala medier", "Barnrätt");
        long plan = fixtures.plan(2013);
        assertThat(fixtures.commonReviewAreasOf(plan)).hasSize(2);
        List<Map<String, Object>> rows = jdbc.sql("""
                select i.title, i.origin, i.kind, u.code from plan_item i join org_unit u on u.id = i.responsible_unit_id
                where i.plan_id = ? order by i.id""").param(plan).query().listOfRows();
        assertThat(rows).extracting(r -> r.get("title")).containsExactly("Sociala medier", "Barnrätt");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("origin")).isEqualTo("COMMON_REVIEW");
            assertThat(r.get("kind")).isEqualTo("REVIEW");
            assertThat(r.get("code")).isEqualTo("ASF");
        });
    }

    @Test
    void anAdoptedPlanGetsANewAreaWithKommunstyrelsensDecisionRecorded() {
        long decision = register(2014, "Sociala medier");
        long plan = fixtures.plan(2014);
        fixtures.adopt(plan, 2014);
        CommonReviewDecision d = areas.decision(decision);
        areas.update(decision, d.version(), new CommonReviewDecision.Draft(2014, d.decidedOn(), d.paragraph(),
                d.diaryNumber(), List.of(new CommonReviewDecision.AreaDraft("Sociala medier", "Nya anvisningar"),
                        new CommonReviewDecision.AreaDraft("Löneskulder", ""))));
        assertThat(fixtures.commonReviewAreasOf(plan)).hasSize(2);
        assertThat(jdbc.sql("select reason from plan_change where plan_id = ?").param(plan).query(String.class).list())
                .containsExactly(CommonReviewItems.REASON);
    }

    @Test
    void attachmentsAreStoredSizeLimitedAndDownloadedByThoseWhoRead() {
        long decision = register(2015, "Barnrätt");
        ApiClient admin = new ApiClient(port, tokens, "admin");
        byte[] pdf = "%PDF-1.4 anvisningar barnrätt".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> uploaded = new WebClient(port).send(multipart(admin, "/api/v1/common-review-areas/" + decision
                + "/attachments", "Anvisningar barnrätt.pdf", "application/pdf", pdf));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        long attachment = areas.decision(decision).attachments().get(0).id();
        assertThat(areas.decision(decision).attachments().get(0).sizeBytes()).isEqualTo(pdf.length);

        ApiClient member = new ApiClient(port, tokens, "nl.ordf");
        HttpResponse<byte[]> download = new WebClient(port).send(member.request("/api/v1/common-review-areas/attachments/"
                + attachment).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");

        ApiClient sectionHead = new ApiClient(port, tokens, "ifo.sek.mot1");
        assertThat(sectionHead.send("DELETE", "/api/v1/common-review-areas/attachments/" + attachment, "")
                .statusCode()).isEqualTo(403);

        byte[] tooLarge = new byte[CommonReviewAreas.MAX_ATTACHMENT_BYTES + 1];
        HttpResponse<String> refused = new WebClient(port).send(multipart(admin, "/api/v1/common-review-areas/" + decision
                + "/attachments", "stor.bin", "application/octet-stream", tooLarge));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("för stor");
        assertThat(areas.decision(decision).attachments()).hasSize(1);
    }

    @Test
    void kommunstyrelsenSeesEachCommitteesResultSideBySide() {
        long decision = register(2016, "Löneskulder");
        long plan = fixtures.plan(2016);
        fixtures.adopt(plan, 2016);
        long area = areas.decision(decision).areas().get(0).id();
        long item = jdbc.sql("select id from plan_item where plan_id = ? and common_review_area_id = ?")
                .params(plan, area).query(Long.class).single();
        plans.reportReview(item, new ReviewReport("Inga löneskulder hittades i stickprovet.", null, null,
                "Rutinen följs.", "Nej", List.of()), fixtures.itemVersion(item));

        assertThat(areas.results(area)).singleElement().satisfies(r -> {
            assertThat(r.committeeName()).isEqualTo("Arbetsmarknads- och socialnämnden");
            assertThat(r.result()).isEqualTo("Inga löneskulder hittades i stickprovet.");
            assertThat(r.conclusion()).isEqualTo("Rutinen följs.");
            assertThat(r.ledToActions()).isEqualTo("Nej");
            assertThat(r.reported()).isTrue();
        });
        WebClient web = new WebClient(port);
        web.login("admin", "vaksam");
        HttpResponse<String> page = web.get("/common-review-areas/areas/" + area);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Arbetsmarknads- och socialnämnden", "Inga löneskulder hittades i stickprovet.",
                "Rutinen följs.");
        assertThat(web.get("/common-review-areas/" + decision).body()).contains("Löneskulder", "STK-2015-1000");
    }

    static HttpRequest multipart(ApiClient client, String path, String fileName, String type, byte[] content) {
        String boundary = "vaksam-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return client.request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }
}
