package se.vaksam.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;
import se.vaksam.support.WebClient;

/**
 * Notifications: a deviation reported to a section is told to its head on the start page and by e-mail at once;
 * an assignment to the person assigned; a lex Sarah case awaiting the decision to the committee's members; a
 * person who chose the daily digest gets no single e-mails but one digest listing them, sent by the scheduler's job.
 */
@VaksamTest
class NoticeTests {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("vaksam.base-url", () -> "https://vaksam.malmo.example");
    }

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern CASE_NUMBER = Pattern.compile("\"caseNumber\"\\s*:\\s*\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Notices notices;

    @Autowired
    NoticeStore store;

    @BeforeEach
    void setUp() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        jdbc.sql("update notice set mailed_at = now() where mailed_at is null").update();
    }

    @Test
    void aDeviationReportedToTheSectionIsToldToItsHeadOnTheStartPageAndByMail() throws Exception {
        String caseNumber = report("ifo.soc1", "IFO-BU-MOT-1", "QUALITY", "Avisering: anteckning saknades")[1];

        MimeMessage mail = mailTo("fredrik.jonsson@vaksam.example", caseNumber);
        assertThat(mail.getSubject()).isEqualTo("Vaksam: Ny avvikelse " + caseNumber + " i Sektion mottagning 1");
        assertThat(GreenMailUtil.getBody(mail)).contains("https://vaksam.malmo.example/deviations/")
                .doesNotContain("Journalanteckning");

        WebClient head = new WebClient(port);
        head.login("ifo.sek.mot1", "vaksam");
        assertThat(head.get("/").body()).contains("Ny avvikelse " + caseNumber);
    }

    @Test
    void anAssignmentIsMailedToTheAssigneeOnce() throws Exception {
        String[] reported = report("ifo.soc1", "IFO-BU-MOT-1", "QUALITY", "Avisering: tilldelas");
        var assigned = api("ifo.sek.mot1").send("POST", "/api/v1/deviations/" + reported[0] + "/steps",
                "{\"step\":\"ASSIGN\",\"version\":0,\"assignee\":\"ifo.soc1\"}");
        assertThat(assigned.statusCode()).isEqualTo(200);

        String socialWorker = jdbc.sql("select email from person where username = 'ifo.soc1'").query(String.class)
                .single();
        MimeMessage mail = mailTo(socialWorker, reported[1]);
        assertThat(mail.getSubject()).isEqualTo("Vaksam: Avvikelse " + reported[1] + " att handlägga");
        assertThat(mailsTo(socialWorker)).hasSize(1);
    }

    @Test
    void aLexSarahCaseAwaitingTheDecisionIsToldToTheCommitteesMembers() throws Exception {
        String[] reported = report("ifo.sek.mot2", "IFO-BU-MOT-2", "LEX_SARAH", "Avisering: lex Sarah");
        step("ifo.sek.mot2", reported[0], "{\"step\":\"IMMEDIATE_ACTION\",\"version\":%d,\"text\":\"Åtgärd\"}");
        step("lexsarah", reported[0], "{\"step\":\"START_INVESTIGATION\",\"version\":%d}");
        step("lexsarah", reported[0], "{\"step\":\"ASSESS\",\"version\":%d,\"text\":\"Allvarligt\","
                + "\"assessment\":\"CLEAR_RISK\",\"serious\":true}");

        MimeMessage mail = mailTo("nils.lindqvist@vaksam.example", reported[1]);
        assertThat(mail.getSubject()).contains("Lex Sarah " + reported[1]).endsWith("väntar på nämndens beslut");
    }

    @Test
    void whoChoseTheDailyDigestGetsOneMailListingTheNoticesInsteadOfSingleMails() throws Exception {
        WebClient head = new WebClient(port);
        head.login("ifo.sek.mot1", "vaksam");
        HttpResponse<String> chosen = head.submit("/account/notices", "/account/notices", Map.of("digest", "true"));
        assertThat(chosen.statusCode()).isEqualTo(302);
        assertThat(head.get("/account/notices").body()).contains("Ditt val är sparat.");
        try {
            String first = report("ifo.soc1", "IFO-BU-MOT-1", "QUALITY", "Avisering: sammanfattning 1")[1];
            String second = report("ifo.soc1", "IFO-BU-MOT-1", "QUALITY", "Avisering: sammanfattning 2")[1];
            waitForNotices("ifo.sek.mot1", 2);
            assertThat(mailsTo("fredrik.jonsson@vaksam.example")).isEmpty();

            assertThat(notices.sendDigests()).isPositive();
            List<MimeMessage> digest = mailsTo("fredrik.jonsson@vaksam.example");
            assertThat(digest).hasSize(1);
            assertThat(digest.get(0).getSubject()).isEqualTo("Vaksam: 2 nya aviseringar");
            assertThat(GreenMailUtil.getBody(digest.get(0))).contains(first, second);
            assertThat(notices.sendDigests()).isZero();
        } finally {
            store.chooseDigest("ifo.sek.mot1", false);
        }
    }

    private String[] report(String username, String unitCode, String kind, String title) {
        long unit = jdbc.sql("select id from org_unit where code = ?").param(unitCode).query(Long.class).single();
        HttpResponse<String> created = api(username).send("POST", "/api/v1/deviations", """
                {"kind":"%s","unitId":%d,"title":"%s","description":"Journalanteckning saknades."}"""
                .formatted(kind, unit, title));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new String[] {first(ID, created.body()), first(CASE_NUMBER, created.body())};
    }

    private void step(String username, String id, String json) {
        int version = jdbc.sql("select version from deviation where id = ?").param(Long.parseLong(id))
                .query(Integer.class).single();
        var taken = api(username).send("POST", "/api/v1/deviations/" + id + "/steps", json.formatted(version));
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(200);
    }

    private ApiClient api(String username) {
        return new ApiClient(port, tokens, username);
    }

    private void waitForNotices(String username, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (jdbc.sql("select count(*) from notice where recipient_username = ? and mailed_at is null")
                .param(username).query(Long.class).single() < count) {
            assertThat(System.nanoTime()).as("notices stored in time").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    /** Waits for the mail to this address that names the case. */
    private static MimeMessage mailTo(String address, String caseNumber) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage m : mailsTo(address)) {
                if (m.getSubject().contains(caseNumber)) {
                    return m;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail to " + address + " about " + caseNumber);
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.toString(m.getAllRecipients()).contains(address);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }
}
