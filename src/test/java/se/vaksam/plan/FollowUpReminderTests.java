package se.vaksam.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.shared.Period;
import se.vaksam.support.ApiClient;
import se.vaksam.support.WebClient;

/**
 * E-mail reminders against a real SMTP server in the test (GreenMail): the responsible person gets one
 * Swedish reminder a week before the due date, the coordinator one notice once items are overdue. The
 * years are chosen so that the demo plan (2026) is not yet due and the demo placements (from 2020) hold.
 */
@VaksamTest
class FollowUpReminderTests {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("vaksam.base-url", () -> "https://vaksam.malmo.example");
    }

    @Autowired
    FollowUpReminders reminders;

    @Autowired
    PlanManagement plans;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanQuery query;

    @Autowired
    FollowUps followUps;

    @Autowired
    ApiTokens tokens;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    FollowUpFixtures fixtures;

    @BeforeEach
    void setUp() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        fixtures = new FollowUpFixtures(plans, jdbc);
        FollowUpFixtures.signInAs("ik.samordnare");
    }

    @AfterEach
    void tearDown() {
        FollowUpFixtures.signOut();
    }

    @Test
    void theResponsiblePersonGetsOneSwedishReminderAWeekBeforeTheDueDate() throws Exception {
        long plan = fixtures.plan(2022);
        long item = fixtures.directAction(plan, "Åtgärd: kontrollera ID och arbetstillstånd", "ifo.sek.mot1",
                Period.T1);
        fixtures.directAction(plan, "Åtgärd: rapporteras i tertial 2", "ifo.sek.mot1", Period.T2);
        fixtures.adopt(plan, 2022);

        assertThat(reminders.run(LocalDate.of(2022, 5, 7))).as("eight days before 15 May").isZero();
        assertThat(reminders.run(LocalDate.of(2022, 5, 8))).isEqualTo(1);
        assertThat(reminders.run(LocalDate.of(2022, 5, 8))).isZero();
        assertThat(reminders.run(LocalDate.of(2022, 5, 12))).isZero();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("fredrik.jonsson@vaksam.example");
        assertThat(mail.getSubject()).isEqualTo("Påminnelse: rapportera \"Åtgärd: kontrollera ID och arbetstillstånd\""
                + " senast 2022-05-15");
        String body = GreenMailUtil.getBody(mail);
        String text = mail.getContent().toString();
        assertThat(text).contains("Hej Fredrik Jönsson!", "Arbetsmarknads- och socialnämndens internkontrollplan 2022",
                "tertial 1 senast 2022-05-15", "https://vaksam.malmo.example/plan-items/" + item);
        assertThat(body).isNotBlank();
        assertThat(jdbc.sql("select count(*) from follow_up_reminder where item_id = ? and kind = 'BEFORE_DUE'")
                .param(item).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theCoordinatorIsToldOnceWhenItemsAreOverdueAndReportedItemsAreLeftAlone() throws Exception {
        long plan = fixtures.plan(2021);
        long late = fixtures.directAction(plan, "Åtgärd: följ upp löneskulder", "ifo.sek.mot1", Period.T2);
        long done = fixtures.directAction(plan, "Åtgärd: redan rapporterad", "ifo.sek.mot2", Period.T2);
        fixtures.adopt(plan, 2021);
        fixtures.reportDone(done);

        assertThat(reminders.run(LocalDate.of(2021, 9, 16))).isEqualTo(1);
        assertThat(reminders.run(LocalDate.of(2021, 9, 17))).isZero();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage notice = received[0];
        assertThat(notice.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("ingrid.karlsson@vaksam.example");
        assertThat(notice.getSubject()).isEqualTo("Försenade rapporter: Arbetsmarknads- och socialnämnden, "
                + "tertial 2 2021");
        assertThat(notice.getContent().toString()).contains("Hej Ingrid Karlsson!",
                "1 punkter i Arbetsmarknads- och socialnämndens internkontrollplan 2021",
                "- Åtgärd: följ upp löneskulder (Fredrik Jönsson)",
                "https://vaksam.malmo.example/plans/" + plan + "/follow-up/T2")
                .doesNotContain("Åtgärd: redan rapporterad");
        assertThat(Arrays.stream(received).flatMap(m -> {
            try {
                return Arrays.stream(m.getAllRecipients());
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).map(Object::toString)).doesNotContain("gunilla.andersson@vaksam.example");
        assertThat(late).isPositive();
    }

    @Test
    void theFollowUpDeadlineIsAnItemsOneDueDateOnPagesApiTasksAndReminders() throws Exception {
        FollowUpFixtures.signInAs("admin");
        followUps.changeDeadline(Period.T1, 5, 31, 0);
        FollowUpFixtures.signInAs("ik.samordnare");
        long plan = fixtures.plan(2012);
        long item = fixtures.directAction(plan, "Åtgärd: kontrollera delegationsbeslut", "ifo.sek.mot1", Period.T1);
        fixtures.adopt(plan, 2012);
        try {
            LocalDate due = LocalDate.of(2012, 5, 31);

            assertThat(query.item(item).due()).as("not the period's last day, 30 April").isEqualTo(due);
            assertThat(followUps.followUp(plan, Period.T1).dueOn()).isEqualTo(due);
            assertThat(new ApiClient(port, tokens, "ik.samordnare").get("/api/v1/plan-items/" + item)
                    .body()).contains("\"due\":\"2012-05-31\"");
            WebClient responsible = new WebClient(port);
            responsible.login("ifo.sek.mot1", "vaksam");
            assertThat(responsible.get("/plan-items/" + item).body()).contains("Rapporteras senast", "2012-05-31");
            assertThat(responsible.get("/").body()).contains("Åtgärd: kontrollera delegationsbeslut", "2012-05-31");

            assertThat(reminders.run(LocalDate.of(2012, 5, 16))).as("after 15 May, before the week before 31 May")
                    .isZero();
            assertThat(reminders.run(LocalDate.of(2012, 5, 24))).isEqualTo(1);
            assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject).containsExactly(
                    "Påminnelse: rapportera \"Åtgärd: kontrollera delegationsbeslut\" senast 2012-05-31");
        } finally {
            FollowUpFixtures.signInAs("admin");
            followUps.changeDeadline(Period.T1, 5, 15, 0);
            fixtures.reportDone(item);
        }
    }
}
