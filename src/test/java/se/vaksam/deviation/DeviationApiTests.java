package se.vaksam.deviation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;

/**
 * The workflow over the API against a real SMTP server (GreenMail): assignment mails the assignee (case
 * number and link, never the content); an illegal step is refused with a Swedish 422 and changes nothing;
 * a stale version gets 409; the chair's decision when the arbetsutskott cannot wait is recorded as such;
 * the registers take entries; a pattern is proposed as a risk of origin DEVIATIONS.
 */
@VaksamTest
class DeviationApiTests {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("vaksam.base-url", () -> "https://vaksam.malmo.example");
    }

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    @Autowired
    DeviationManagement management;

    DeviationTestSupport support;

    @BeforeEach
    void setUp() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        support = new DeviationTestSupport(jdbc, management);
    }

    ApiClient as(String username) {
        return new ApiClient(port, tokens, username);
    }

    long reportQuality(String title) {
        var created = as("ifo.soc1").send("POST", "/api/v1/deviations", """
                {"kind":"QUALITY","unitId":%d,"title":"%s","description":"Journalanteckning saknades."}"""
                .formatted(support.unit("IFO-BU-MOT-1"), title));
        assertThat(created.statusCode()).isEqualTo(201);
        return Long.parseLong(created.body().replaceAll("(?s).*?\"id\"\\s*:\\s*(\\d+).*", "$1"));
    }

    @Test
    void assigningMailsTheAssigneeOnceWithTheCaseNumberAndALink() throws Exception {
        long id = reportQuality("Anteckning saknades");
        var assigned = as("ifo.sek.mot1").send("POST", "/api/v1/deviations/" + id + "/steps",
                "{\"step\":\"ASSIGN\",\"version\":0,\"assignee\":\"ifo.sek.mot1\"}");
        assertThat(assigned.statusCode()).isEqualTo(200);
        // the section head is told of the new deviation, and of the assignment
        assertThat(smtp.waitForIncomingEmail(15_000, 2)).isTrue();
        String caseNumber = jdbc.sql("select case_number from deviation where id = ?").param(id).query(String.class).single();
        MimeMessage[] mails = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().endsWith("att handlägga");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(MimeMessage[]::new);
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject()).isEqualTo("Vaksam: Avvikelse " + caseNumber + " att handlägga");
        assertThat(Arrays.toString(mails[0].getAllRecipients())).contains("@");
        String body = GreenMailUtil.getBody(mails[0]);
        assertThat(body).contains("https://vaksam.malmo.example/deviations/" + id).doesNotContain("Journalanteckning");
    }

    @Test
    void anIllegalStepIsRefusedInSwedishAndAStaleVersionIsAConflict() {
        long id = reportQuality("Fel steg");
        var refused = as("ifo.sek.mot1").send("POST", "/api/v1/deviations/" + id + "/steps",
                "{\"step\":\"CLOSE\",\"version\":0,\"text\":\"Klart\"}");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Det går inte att göra ”Avsluta” när ärendet har status ”Inkommen”.");
        assertThat(jdbc.sql("select status from deviation where id = ?").param(id).query(String.class).single())
                .isEqualTo("RECEIVED");
        as("ifo.sek.mot1").send("POST", "/api/v1/deviations/" + id + "/steps",
                "{\"step\":\"ASSIGN\",\"version\":0,\"assignee\":\"ifo.sek.mot1\"}");
        var stale = as("ifo.sek.mot1").send("POST", "/api/v1/deviations/" + id + "/steps",
                "{\"step\":\"INVESTIGATE\",\"version\":0,\"text\":\"Utrett\"}");
        assertThat(stale.statusCode()).isEqualTo(409);
        var auditor = as("revisor").send("POST", "/api/v1/deviations", """
                {"kind":"QUALITY","unitId":%d,"title":"Från revisorn","description":"Revisorn rapporterar inte inifrån."}"""
                .formatted(support.unit("IFO-BU-MOT-1")));
        assertThat(auditor.statusCode()).isEqualTo(403);
        var employee = as("ifo.soc1").send("POST", "/api/v1/deviations/" + id + "/steps",
                "{\"step\":\"INVESTIGATE\",\"version\":1,\"text\":\"Utrett\"}");
        assertThat(employee.statusCode()).isEqualTo(403);
    }

    @Test
    void theChairDecidesWhenTheWorkingCommitteeCannotWaitAndItIsRecordedAsSuch() {
        long id = support.lexSarahReport("Brådskande lex Sarah");
        support.take("ifo.sek.mot2", id, Step.IMMEDIATE_ACTION, Drafts.StepInput.text("Omedelbar åtgärd"));
        support.take("lexsarah", id, Step.START_INVESTIGATION, Drafts.StepInput.text(null));
        assertThat(as("nl.ordf").get("/api/v1/deviations/" + id).statusCode()).isEqualTo(403);
        support.take("lexsarah", id, Step.ASSESS, new Drafts.StepInput("Allvarligt", null, Assessment.CLEAR_RISK, true,
                null, null, null));
        var decided = as("nl.ordf").send("POST", "/api/v1/deviations/" + id + "/steps", """
                {"step":"DECIDE","version":%d,"body":"CHAIR","text":"Ordförandebeslut: anmäl till IVO, AU sammanträder först om tre veckor."}"""
                .formatted(support.version(id)));
        assertThat(decided.statusCode()).isEqualTo(200);
        assertThat(decided.body()).contains("\"decisionBody\":\"CHAIR\"").contains("\"decidedBy\":\"nl.ordf\"")
                .contains("\"daysToIvo\":0");
        assertThat(as("revisor").get("/api/v1/deviations/" + id).statusCode()).isEqualTo(403);
    }

    @Test
    void theChairDecidesBeforeTheInvestigationIsFinishedAndTheAssessmentFollowsWhileIvoWaits() {
        long id = support.lexSarahReport("Kan inte vänta");
        support.take("ifo.sek.mot2", id, Step.IMMEDIATE_ACTION, Drafts.StepInput.text("Omedelbar åtgärd"));
        support.take("lexsarah", id, Step.START_INVESTIGATION, Drafts.StepInput.text(null));
        assertThat(as("nl.ordf").get("/api/v1/deviations/" + id).statusCode()).isEqualTo(403);
        var referred = as("lexsarah").send("POST", "/api/v1/deviations/" + id + "/steps",
                "{\"step\":\"REFER_TO_CHAIR\",\"version\":%d}".formatted(support.version(id)));
        assertThat(referred.statusCode()).isEqualTo(200);
        assertThat(as("revisor").get("/api/v1/deviations/" + id).statusCode()).isEqualTo(403);
        var decided = as("nl.ordf").send("POST", "/api/v1/deviations/" + id + "/steps", """
                {"step":"URGENT_DECISION","version":%d,"text":"Anmäl till IVO nu; arbetsutskottet sammanträder först om tre veckor."}"""
                .formatted(support.version(id)));
        assertThat(decided.statusCode()).isEqualTo(200);
        assertThat(decided.body()).contains("\"decisionBody\":\"CHAIR\"").contains("\"decidedBy\":\"nl.ordf\"")
                .contains("\"decidedBeforeInvestigation\":true").contains("\"serious\":true")
                .contains("\"status\":\"URGENT_DECIDED\"");
        support.take("lexsarah", id, Step.NOTIFY_IVO, Drafts.StepInput.text("Anmälan enligt 14 kap. 7 § SoL"));
        support.take("lexsarah", id, Step.IVO_REPLY, new Drafts.StepInput(null, null, null, null, null,
                IvoReply.AWAITING_INVESTIGATION, null));
        var early = as("ifo.sek.mot2").send("POST", "/api/v1/deviations/" + id + "/steps",
                "{\"step\":\"DECIDE_MEASURES\",\"version\":%d,\"text\":\"Rutin\"}".formatted(support.version(id)));
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(early.body()).contains("Bedöm utredningen innan åtgärder beslutas.");
        support.take("lexsarah", id, Step.ASSESS, new Drafts.StepInput("Missförhållande", null, Assessment.MALADMINISTRATION,
                true, null, null, null));
        support.take("ifo.sek.mot2", id, Step.DECIDE_MEASURES, Drafts.StepInput.text("Ny rutin för skyddsbedömning"));
        support.take("ifo.sek.mot2", id, Step.CLOSE, Drafts.StepInput.text("Åtgärder genomförda"));
        var record = as("nl.ordf").get("/api/v1/deviations/" + id);
        assertThat(record.body()).contains("\"status\":\"CLOSED\"").contains("\"decidedBeforeInvestigation\":true")
                .contains("\"assessment\":\"MALADMINISTRATION\"");
        var web = new se.vaksam.support.WebClient(port);
        web.login("nl.ordf", "vaksam");
        assertThat(web.get("/deviations/" + id).body()).contains("Ordförandebeslut innan utredningen var klar");
        assertThat(web.get("/deviations?kind=LEX_SARAH").body()).contains(">Ordförandebeslut</strong>");
        assertThat(as("nl.ordf").get("/api/v1/deviations?kind=LEX_SARAH").body()).contains("\"chairDecision\":true");
        var ivoText = web.get("/deviations/" + id + "/ivo-notification.txt").body();
        assertThat(ivoText).contains("Ordförandebeslut innan utredningen var klar");
    }

    @Test
    void theRegistersTakeEntriesPerOperationalArea() {
        var added = as("ifo.enh.mot").send("POST", "/api/v1/self-inspections", """
                {"year":2026,"unitId":%d,"title":"Uppföljning av utredningstider","place":"Mottagningsenheten",
                 "result":"Vissa brister har konstaterats.","improvementActions":"Veckovis genomgång"}"""
                .formatted(support.unit("IFO-BU-MOT")));
        assertThat(added.statusCode()).isEqualTo(201);
        assertThat(added.body()).contains("\"areaUnitId\":" + support.unit("IFO"));
        var list = as("revisor").get("/api/v1/self-inspections?year=2026");
        assertThat(list.body()).contains("Uppföljning av utredningstider");
        var refused = as("revisor").send("POST", "/api/v1/risk-analyses-sosfs", """
                {"year":2026,"unitId":%d,"title":"Flytt","place":"Mottagningsenheten"}""".formatted(support.unit("IFO-BU-MOT")));
        assertThat(refused.statusCode()).isEqualTo(403);
        var missing = as("ifo.enh.mot").send("POST", "/api/v1/self-inspections", """
                {"year":2026,"unitId":%d,"title":"Utan resultat","place":"Mottagningsenheten"}""".formatted(support.unit("IFO-BU-MOT")));
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.body()).contains("Skriv resultatet.");
    }

    @Test
    void aPatternIsProposedAsARiskOfOriginDeviations() {
        long category = jdbc.sql("select id from deviation_category where code = 'SEKRETESS'").query(Long.class).single();
        var web = new se.vaksam.support.WebClient(port);
        web.login("kval.controller", "vaksam");
        var answer = web.submit("/quality?year=2026", "/quality/patterns/propose", java.util.Map.of("year", "2026",
                "categoryId", Long.toString(category), "categoryName", "Sekretess", "areaUnitId",
                Long.toString(support.unit("IFO"))));
        assertThat(answer.statusCode()).isEqualTo(302);
        long riskId = jdbc.sql("select proposed_risk_id from deviation_pattern where year = 2026 and category_id = ?")
                .param(category).query(Long.class).single();
        assertThat(jdbc.sql("select origin from risk where id = ?").param(riskId).query(String.class).single())
                .isEqualTo("DEVIATIONS");
        assertThat(jdbc.sql("select count(*) from risk_link where risk_id = ? and record_type = 'deviation.pattern'")
                .param(riskId).query(Long.class).single()).isEqualTo(1);
        var again = web.submit("/quality?year=2026", "/quality/patterns/propose", java.util.Map.of("year", "2026",
                "categoryId", Long.toString(category), "categoryName", "Sekretess", "areaUnitId",
                Long.toString(support.unit("IFO"))));
        assertThat(again.statusCode()).isEqualTo(422);
    }

    @Test
    void theQualityReportDownloadsAsPdfAndWordAndAVersionIsSaved() {
        // the demo deviations are of the clock's year
        int year = java.time.LocalDate.now(clock).getYear();
        var pdf = as("kval.controller").request("/api/v1/quality-reports/" + year + ".pdf").GET().build();
        var pdfAnswer = new se.vaksam.support.WebClient(port).send(pdf,
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdfAnswer.statusCode()).isEqualTo(200);
        assertThat(new String(pdfAnswer.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        var docx = as("kval.controller").request("/api/v1/quality-reports/" + year + ".docx").GET().build();
        assertThat(new se.vaksam.support.WebClient(port).send(docx).headers().firstValue("Content-Type").orElseThrow())
                .contains("wordprocessingml");
        var saved = as("kval.controller").send("POST",
                "/api/v1/quality-reports/" + year + "/versions?format=docx&diaryNumber=ASN-2027-123", "");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).contains("\"diaryNumber\":\"ASN-2027-123\"")
                .contains("Kvalitetsberättelse " + year + ".docx");
        assertThat(as("revisor").send("POST", "/api/v1/quality-reports/" + year + "/versions", "").statusCode())
                .isEqualTo(403);
        assertThat(as("revisor").get("/api/v1/quality-reports/" + year + "/versions").body())
                .contains("Kvalitetsberättelse " + year);
    }
}
