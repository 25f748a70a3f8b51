package se.vaksam.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;
import se.vaksam.support.WebClient;

/**
 * A survey through the API and the mail (GreenMail): prepared, recipients picked by role and unit, sent with a
 * personal link each, answered through the public form without login, reminded once — only those who have not
 * answered —, the result put into a review's result table, and figures of a brukarundersökning imported year on year.
 */
@VaksamTest
class SurveyMailTests {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("vaksam.base-url", () -> "https://vaksam.malmo.example");
    }

    private static final Pattern LINK = Pattern.compile("https://vaksam\\.malmo\\.example(/enkat/[A-Za-z0-9_-]{43})");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    SurveyReminders reminders;

    @Autowired
    ApiTokens tokens;

    @Autowired
    SurveyQuery figures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @LocalServerPort
    int port;

    @AfterEach
    void signOut() {
        SurveyFixtures.signOut();
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

    private static String link(MimeMessage mail) {
        Matcher m = LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", ""));
        assertThat(m.find()).as("a personal link in the mail").isTrue();
        return m.group(1);
    }

    @Test
    void everyoneGetsAPersonalLinkAndOnlyThoseWhoHaveNotAnsweredAreRemindedOnce() throws Exception {
        long unit = SurveyFixtures.sectionWithStaff(jdbc, "ENK-M", "IFO-BU", 3);
        ApiClient api = new ApiClient(port, tokens, "ik.samordnare");
        LocalDate closes = LocalDate.now(clock).plusDays(10);
        String title = "Rutinen för samordnad individuell plan";
        HttpResponse<String> created = api.send("POST", "/api/v1/surveys", """
                {"unitId": %d, "title": "%s", "anonymous": false, "closesOn": "%s", "reminderDays": 3,
                 "questions": [{"kind": "YES_NO", "text": "Följer du rutinen?", "required": true},
                               {"kind": "TEXT", "text": "Varför inte?", "askIfQuestion": 1, "askIfAnswer": "Nej"}]}
                """.formatted(unit, title, closes));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = JSON.readTree(created.body()).get("id").asLong();
        HttpResponse<String> added = api.send("POST", "/api/v1/surveys/" + id + "/recipients/by-role",
                "{\"version\": 0, \"role\": \"EMPLOYEE\", \"unitId\": " + unit + "}");
        assertThat(JSON.readTree(added.body()).get("added").asInt()).as(added.body()).isEqualTo(3);
        HttpResponse<String> sent = api.send("POST", "/api/v1/surveys/" + id + "/send", "{\"version\": 1}");
        assertThat(sent.body()).isEqualTo("{\"sent\":3}");

        List<MimeMessage> invitations = about("Enkät: " + title);
        assertThat(invitations).hasSize(3);
        MimeMessage first = invitations.stream().filter(m -> recipient(m).equals("enk-m.1@vaksam.example")).findFirst()
                .orElseThrow();
        String path = link(first);
        assertThat(GreenMailUtil.getBody(first)).contains("Svara senast " + closes);

        WebClient citizen = new WebClient(port);
        String form = citizen.get(path).body();
        assertThat(form).contains("Följer du rutinen?").contains("Svara bara om du svarade Nej på fråga 1.");
        long yesNo = jdbc.sql("select id from survey_question where survey_id = ? and position = 1").param(id)
                .query(Long.class).single();
        HttpResponse<String> refused = citizen.submit(path, path, Map.of());
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("govuk-error-summary").contains("Svara på frågan.");
        HttpResponse<String> answered = citizen.submit(path, path, Map.of("q" + yesNo, "Ja"));
        assertThat(answered.statusCode()).isEqualTo(302);
        assertThat(citizen.get(path).body()).contains("Tack för dina svar");

        reminders.run(closes.minusDays(4));
        assertThat(about("Påminnelse: " + title)).as("four days before").isEmpty();
        reminders.run(closes.minusDays(3));
        List<MimeMessage> reminded = about("Påminnelse: " + title);
        assertThat(reminded).extracting(SurveyMailTests::recipient)
                .containsExactlyInAnyOrder("enk-m.2@vaksam.example", "enk-m.3@vaksam.example");
        reminders.run(closes.minusDays(2));
        assertThat(about("Påminnelse: " + title)).as("each reminder once").hasSize(2);
        String reminderLink = link(reminded.get(0));
        assertThat(new WebClient(port).get(reminderLink).body()).contains("Följer du rutinen?");

        JsonNode result = JSON.readTree(api.get("/api/v1/surveys/" + id + "/results").body());
        assertThat(result.get("ratePercent").asInt()).isEqualTo(33);
        assertThat(result.at("/questions/0/counts/2/answer").asText()).isEqualTo("Ej besvarad");
        assertThat(result.at("/questions/0/counts/2/count").asInt()).isEqualTo(2);
    }

    @Test
    void theResultGoesIntoTheReviewWithOneClickAndCrossTabsCountTheMissing() throws Exception {
        SurveyFixtures.signInAs("ik.samordnare");
        long unit = SurveyFixtures.sectionWithStaff(jdbc, "ENK-R", "IFO-BU", 2);
        long item = jdbc.sql("""
                select i.id from plan_item i join plan p on p.id = i.plan_id
                where p.year = ? and p.committee_id = (select id from org_unit where code = 'ASN') and i.kind = 'REVIEW'
                order by i.id limit 1""").param(LocalDate.now(clock).getYear()).query(Long.class).single();
        ApiClient api = new ApiClient(port, tokens, "ik.samordnare");
        HttpResponse<String> created = api.send("POST", "/api/v1/surveys", """
                {"unitId": %d, "title": "Kontroll av registerutdrag", "anonymous": false, "closesOn": "%s",
                 "planItemId": %d,
                 "questions": [{"kind": "YES_NO", "text": "Kontrollerades utdraget?", "required": true},
                               {"kind": "SINGLE", "text": "Verksamhet", "choices": ["Barnhem", "Annan"], "required": true}]}
                """.formatted(unit, LocalDate.now(clock).plusDays(5), item));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = JSON.readTree(created.body()).get("id").asLong();
        assertThat(api.send("POST", "/api/v1/surveys", "{\"unitId\": " + unit + ", \"colour\": \"blå\"}").statusCode())
                .as("unknown fields are refused").isEqualTo(400);
        api.send("POST", "/api/v1/surveys/" + id + "/recipients", """
                {"version": 0, "recipients": [{"username": "enk-r.1", "unitId": %d}, {"username": "enk-r.2", "unitId": %d},
                                              {"email": "extern.chef@example.org", "unitId": %d}]}""".formatted(unit, unit, unit));
        assertThat(api.send("POST", "/api/v1/surveys/" + id + "/recipients", """
                {"version": 1, "recipients": [{"username": "finns.inte", "unitId": %d}]}""".formatted(unit)).body())
                .contains("Rad 1: det finns ingen person med användarnamnet finns.inte.");
        assertThat(api.send("POST", "/api/v1/surveys/" + id + "/send", "{\"version\": 1}").body())
                .as("the refused list changed nothing, not even the version").isEqualTo("{\"sent\":3}");
        String path = link(about("Enkät: Kontroll av registerutdrag").stream()
                .filter(m -> recipient(m).equals("extern.chef@example.org")).findFirst().orElseThrow());
        List<Long> questions = jdbc.sql("select id from survey_question where survey_id = ? order by position")
                .param(id).query(Long.class).list();
        WebClient manager = new WebClient(port);
        manager.submit(path, path, Map.of("q" + questions.get(0), "Ja", "q" + questions.get(1), "Barnhem"));

        JsonNode cross = JSON.readTree(api.get("/api/v1/surveys/" + id + "/cross-tab?rows=" + questions.get(0)
                + "&columns=" + questions.get(1)).body());
        assertThat(cross.get("rows").toString()).isEqualTo("[\"Ja\",\"Nej\",\"Ej besvarad\"]");
        assertThat(cross.get("cells").toString()).isEqualTo("[[1,0,0],[0,0,0],[0,0,2]]");

        HttpResponse<String> attached = api.send("POST", "/api/v1/surveys/" + id + "/review-result", "");
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(200);
        String stored = jdbc.sql("""
                select string_agg(coalesce(c.text_value, c.number_value::text, ''), '|' order by c.row_position, c.col_position)
                from plan_result_cell c join plan_result_table t on t.id = c.table_id
                where t.item_id = ? and t.caption = 'Kontroll av registerutdrag'""").param(item).query(String.class).single();
        assertThat(stored).contains("Svarade (svarsfrekvens)||1|33").contains("Kontrollerades utdraget?|Ej besvarad|2|67");
    }

    @Test
    void theBrukarundersokningsFiguresAreImportedYearOnYear() throws Exception {
        ApiClient quality = new ApiClient(port, tokens, "kval.controller");
        String csv = """
                serie;år;område;erbjudna;svarande;fråga;svar
                Brukarundersökning;2021;Hemtjänst;3000;1470;;
                Brukarundersökning;2021;Särskilt boende;2490;1220;;
                Brukarundersökning;2025;Hemtjänst;3000;1150;;
                Brukarundersökning;2025;Särskilt boende;2490;1046;;
                Brukarundersökning;2025;Hemtjänst;;812;Känner du dig trygg?;Ja
                """;
        HttpResponse<String> imported = quality.upload("/api/v1/survey-figures", "brukar.csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).isEqualTo("{\"rows\":5}");
        assertThat(figures.years("Brukarundersökning")).extracting(y -> y.year(), y -> y.total().offered(),
                y -> y.total().answered(), y -> y.total().ratePercent())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2021, 5490, 2690, 49),
                        org.assertj.core.groups.Tuple.tuple(2025, 5490, 2196, 40));
        assertThat(figures.answers("Brukarundersökning", 2025)).singleElement()
                .satisfies(a -> assertThat(a.count()).isEqualTo(812));
        assertThat(new ApiClient(port, tokens, "ifo.soc1").upload("/api/v1/survey-figures", "brukar.csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)).statusCode())
                .as("only the quality function imports").isEqualTo(403);
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
