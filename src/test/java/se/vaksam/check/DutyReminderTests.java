package se.vaksam.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
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

/**
 * The annual wheel's e-mail reminders against a real SMTP server (GreenMail): every person of the target group
 * gets one Swedish reminder a week before the due date, once.
 */
@VaksamTest
class DutyReminderTests {

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
    Duties duties;

    @Autowired
    DutyReminders reminders;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    private List<MimeMessage> about(String title) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains(title);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void theTargetGroupIsRemindedOnceAWeekBeforeTheDueDate() throws Exception {
        LogFollowUpTests.signInAs("ik.samordnare");
        long unit = jdbc.sql("select id from org_unit where code = 'IFO-BU-MOT-1'").query(Long.class).single();
        String title = "Egenkontroll: sekretessmarkeringar i mottagningen";
        long duty = duties.create(new Duties.DutyDraft(title, DutyRule.YEARLY, 15, 3, 0, "SECTION_HEAD", unit, true));

        reminders.run(LocalDate.of(2027, 3, 7));
        assertThat(about(title)).as("eight days before 15 March").isEmpty();
        reminders.run(LocalDate.of(2027, 3, 8));
        assertThat(about(title)).hasSize(1);
        MimeMessage mail = about(title).get(0);
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("fredrik.jonsson@vaksam.example");
        assertThat(mail.getSubject()).isEqualTo("Påminnelse: " + title + " senast 2027-03-15");
        assertThat(GreenMailUtil.getBody(mail)).contains("Sektion mottagning 1")
                .contains("https://vaksam.malmo.example/recurring-duties/" + duty);

        reminders.run(LocalDate.of(2027, 3, 9));
        assertThat(about(title)).as("each reminder once").hasSize(1);
    }
}
