package se.vaksam.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vaksam.VaksamTest;
import se.vaksam.support.WebClient;

/**
 * The coordinator's survey pages: the new-survey form reports every problem at once and keeps what was typed,
 * a condition is chosen from an earlier question's answers, recipients are added by role and unit, and sending
 * asks first. People without the right to change records get 403.
 */
@VaksamTest
class SurveyFormPagesTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @Test
    void anEmptyFormShowsEveryProblemAtOnceAndKeepsWhatWasTyped() {
        WebClient web = new WebClient(port);
        web.login("ik.samordnare", "vaksam");

        HttpResponse<String> page = web.submit("/surveys/new", "/surveys/new",
                Map.of("title", "", "closesOn", "2001-01-01", "q0.kind", "SINGLE", "q0.text", "Vilken enhet?",
                        "q0.choices", "Bara en", "action", "create"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("govuk-error-summary").contains("Välj en enhet.")
                .contains("Skriv en rubrik").contains("Ange en sista svarsdag")
                .contains("En fråga med svarsalternativ behöver minst två").contains("value=\"Vilken enhet?\"");
    }

    @Test
    void theCoordinatorCreatesASurveyWithAConditionAndAddsRecipientsByRole() {
        WebClient web = new WebClient(port);
        web.login("ik.samordnare", "vaksam");
        long unit = jdbc.sql("select id from org_unit where code = 'ASF'").query(Long.class)
                .single();
        Map<String, String> fields = new LinkedHashMap<>(Map.of("title", "Registerutdrag", "unitId",
                Long.toString(unit), "closesOn", LocalDate.now(clock).plusDays(14).toString(), "reminderDays", "3",
                "q0.kind", "YES_NO", "q0.text", "Kontrollerades utdraget?", "q0.required", "true",
                "action", "add"));
        String twoQuestions = web.submit("/surveys/new", "/surveys/new", fields).body();
        assertThat(twoQuestions).contains("q1-text").contains("value=\"1|Nej\"");

        fields.putAll(Map.of("q1.kind", "TEXT", "q1.text", "Varför inte?", "q1.condition", "1|Nej",
                "action", "create"));
        HttpResponse<String> created = web.submit("/surveys/new", "/surveys/new", fields);

        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select condition_answer from survey_question where survey_id = ? and position = 2")
                .param(id).query(String.class).single()).isEqualTo("Nej");

        String path = "/surveys/" + id;
        web.submit(path, path + "/recipients/by-role", Map.of("version", "0", "role", "UNIT_HEAD",
                "unitId", Long.toString(unit)));
        String page = web.get(path).body();
        int offered = jdbc.sql("select count(*) from survey_recipient where survey_id = ?").param(id)
                .query(Integer.class).single();
        assertThat(offered).isPositive();
        assertThat(page).contains("Skicka enkäten till " + offered + " personer?");

        HttpResponse<String> unconfirmed = web.submit(path, path + "/send", Map.of("version", "1"));
        assertThat(unconfirmed.statusCode()).isEqualTo(302);
        assertThat(web.get(path).body()).contains("Kryssa i att du vill skicka enkäten.");
        assertThat(jdbc.sql("select status from survey where id = ?").param(id).query(String.class).single())
                .isEqualTo("DRAFT");
    }

    @Test
    void someoneWhoMayNotChangeRecordsGets403() {
        WebClient web = new WebClient(port);
        web.login("revisor", "vaksam");

        assertThat(web.get("/surveys/new").statusCode()).isEqualTo(403);
    }
}
