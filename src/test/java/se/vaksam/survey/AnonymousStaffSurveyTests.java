package se.vaksam.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vaksam.VaksamTest;
import se.vaksam.support.WebClient;

/**
 * The anonymous staff survey on otillåten påverkan of reference/000: about 950 social workers asked, 400
 * answers, 42 % reported; Ej besvarad counted in every question; a unit with fewer answers than the minimum
 * shows no breakdown; and nothing in the database ties an answer to a person.
 */
@VaksamTest
class AnonymousStaffSurveyTests {

    @Autowired
    Surveys surveys;

    @Autowired
    Invitations invitations;

    @Autowired
    Responses responses;

    @Autowired
    SurveyResults results;

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

    @Test
    void fourHundredAnswersOfNineHundredFiftyAreFortyTwoPercentAndASmallUnitShowsNoBreakdown() throws Exception {
        long a = SurveyFixtures.sectionWithStaff(jdbc, "ENK-A", "IFO-BU", 600);
        long b = SurveyFixtures.sectionWithStaff(jdbc, "ENK-B", "IFO-VUX", 346);
        long c = SurveyFixtures.sectionWithStaff(jdbc, "ENK-C", "IFO-VUX", 4);
        SurveyFixtures.signInAs("ik.samordnare");
        long ifo = jdbc.sql("select id from org_unit where code = 'IFO'").query(Long.class).single();
        long id = surveys.create(SurveyFixtures.draft(ifo, "Otillåten påverkan 2026", true,
                LocalDate.now(clock).plusDays(14), null, SurveyFixtures.influenceQuestions()));
        int version = 0;
        for (long unit : new long[] {a, b, c}) {
            assertThat(surveys.addByRole(id, version++, "EMPLOYEE", unit).withoutEmail()).isEmpty();
        }
        Map<String, String> tokens = SurveyFixtures.issue(invitations, surveys, id);
        assertThat(tokens).hasSize(950);

        Survey survey = surveys.survey(id);
        long threatened = survey.questions().get(0).id();
        long what = survey.questions().get(1).id();
        List<String> answering = new ArrayList<>();
        tokens.keySet().stream().filter(e -> e.startsWith("enk-a.")).limit(250).forEach(answering::add);
        tokens.keySet().stream().filter(e -> e.startsWith("enk-b.")).limit(146).forEach(answering::add);
        tokens.keySet().stream().filter(e -> e.startsWith("enk-c.")).forEach(answering::add);
        for (int i = 0; i < answering.size(); i++) {
            boolean yes = i % 4 == 0;
            assertThat(responses.answer(tokens.get(answering.get(i)), Map.of(threatened, List.of(yes ? "Ja" : "Nej"),
                    what, yes ? List.of("Hot") : List.of("Våld")))).isEmpty();
        }

        SurveyResults.Result result = results.result(id);
        assertThat(result.offered()).isEqualTo(950);
        assertThat(result.answered()).isEqualTo(400);
        assertThat(result.ratePercent()).isEqualTo(42);
        assertThat(result.questions().get(0).counts()).extracting(SurveyResults.Count::answer,
                SurveyResults.Count::count, SurveyResults.Count::percent)
                .containsExactly(tuple("Ja", 100, 11), tuple("Nej", 300, 32), tuple("Ej besvarad", 550, 58));
        assertThat(result.questions().get(1).counts()).as("Våld given with Nej is dropped: the question was not asked")
                .extracting(SurveyResults.Count::answer, SurveyResults.Count::count)
                .containsExactly(tuple("Hot", 100), tuple("Trakasserier", 0), tuple("Våld", 0),
                        tuple("Skadegörelse", 0), tuple("Ej aktuell", 300), tuple("Ej besvarad", 550));
        assertThat(result.groups()).extracting(SurveyResults.GroupResult::unitId, SurveyResults.GroupResult::offered,
                SurveyResults.GroupResult::shown)
                .containsExactlyInAnyOrder(tuple(a, 600, true), tuple(b, 346, true), tuple(c, 4, false));
        assertThat(result.groups()).filteredOn(g -> g.unitId() == c).singleElement()
                .satisfies(g -> assertThat(g.questions()).isEmpty());
        assertThat(result.groups()).filteredOn(g -> g.unitId() == a).singleElement()
                .satisfies(g -> assertThat(g.questions().get(0).counts().get(2).count()).as("Ej besvarad in A")
                        .isEqualTo(350));

        assertThat(jdbc.sql("select count(*) from survey_response where survey_id = ?").param(id).query(Long.class)
                .single()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from survey_response where survey_id = ? and recipient_id is not null")
                .param(id).query(Long.class).single()).as("no answer has a recipient").isZero();
        assertThat(jdbc.sql("select count(*) from survey_recipient where survey_id = ? and answered_at is not null")
                .param(id).query(Long.class).single()).as("no time of answering to match against").isZero();
        assertThat(jdbc.sql("""
                select column_name from information_schema.columns
                where table_name in ('survey_response', 'survey_answer')""").query(String.class).list())
                .as("the only way from an answer to a recipient is the nullable recipient_id")
                .doesNotContain("person_id", "email", "token_hash", "username");

        WebClient web = new WebClient(port);
        web.login("ik.samordnare", "vaksam");
        String page = web.get("/surveys/" + id).body();
        assertThat(page).contains("400 av 950 (42 %)").contains("Färre än 5 svar – visas inte")
                .contains("Ej besvarad").contains("<svg");
        String csv = new String(web.get("/surveys/" + id + "/results.csv").body().getBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("Svarade (svarsfrekvens);;400;42").contains("Ej besvarad;550;58");
    }

    @Test
    void aLinkWorksOnceAndEveryProblemIsFoundAtOnce() {
        long unit = SurveyFixtures.sectionWithStaff(jdbc, "ENK-D", "IFO-BU", 3);
        SurveyFixtures.signInAs("ik.samordnare");
        long id = surveys.create(SurveyFixtures.draft(unit, "Samverkansrutinen", false, LocalDate.now(clock).plusDays(7),
                null, List.of(new Surveys.QuestionDraft(QuestionKind.SINGLE, "Känner du till rutinen?",
                        List.of("Ja, väl", "Delvis", "Nej"), true, null, null),
                        new Surveys.QuestionDraft(QuestionKind.NUMBER, "Hur många ärenden har du?", null, true, null,
                                null))));
        surveys.addByRole(id, 0, "EMPLOYEE", unit);
        String token = SurveyFixtures.issue(invitations, surveys, id).get("enk-d.1@vaksam.example");
        Survey survey = surveys.survey(id);
        long known = survey.questions().get(0).id();
        long cases = survey.questions().get(1).id();

        assertThat(responses.answer(token, Map.of(known, List.of("Kanske"), cases, List.of("många"))))
                .extracting(Responses.Problem::questionId, Responses.Problem::messageKey)
                .containsExactly(tuple(known, "survey.answer.error.choice"), tuple(cases, "survey.answer.error.number"));
        assertThat(responses.answer(token, Map.of(known, List.of("Delvis"), cases, List.of("12,5")))).isEmpty();
        assertThat(responses.questionnaire(token).state()).isEqualTo(Responses.LinkState.ANSWERED);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> responses.answer(token,
                Map.of(known, List.of("Nej"), cases, List.of("1")))).hasMessage("survey.answer.error.answered");

        assertThat(jdbc.sql("select count(*) from survey_response where survey_id = ? and recipient_id is not null")
                .param(id).query(Long.class).single()).as("a named survey keeps who answered").isEqualTo(1);
        SurveyResults.Result result = results.result(id);
        assertThat(result.questions().get(1).mean()).isEqualByComparingTo("12.5");
        assertThat(result.questions().get(0).counts()).extracting(SurveyResults.Count::answer,
                SurveyResults.Count::count).containsExactly(tuple("Ja, väl", 0), tuple("Delvis", 1), tuple("Nej", 0),
                        tuple("Ej besvarad", 2));
        assertThat(jdbc.sql("select count(*) from survey_recipient where survey_id = ? and token_hash is not null")
                .param(id).query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from survey_recipient where survey_id = ? and encode(token_hash, 'escape') like ?")
                .params(id, "%" + token + "%").query(Long.class).single()).as("the token itself is not stored").isZero();
    }
}
