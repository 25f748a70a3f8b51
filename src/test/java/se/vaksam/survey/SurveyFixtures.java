package se.vaksam.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Set-up shared by the survey tests (also the browser tests): people in bulk, a survey, its tokens. */
public final class SurveyFixtures {

    private SurveyFixtures() {
    }

    public static void signInAs(String username) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /**
     * A new section under {@code parentCode} with {@code people} employees placed in it, created in bulk with
     * SQL; returns the section's id. Usernames and e-mail addresses start with the code.
     */
    public static long sectionWithStaff(JdbcClient jdbc, String code, String parentCode, int people) {
        long unit = jdbc.sql("""
                insert into org_unit (code, name, type, parent_id)
                values (?, ?, 'SECTION', (select id from org_unit where code = ?)) returning id""")
                .params(code, "Sektion " + code, parentCode).query(Long.class).single();
        String prefix = code.toLowerCase(java.util.Locale.ROOT);
        jdbc.sql("""
                insert into person (username, given_name, family_name, email)
                select ? || '.' || n, 'Person', 'Nummer ' || n, ? || '.' || n || '@vaksam.example'
                from generate_series(1, ?) n""").params(prefix, prefix, people).update();
        jdbc.sql("""
                insert into placement (person_id, unit_id, role, valid_from)
                select p.id, ?, 'EMPLOYEE', date '2020-01-01' from person p where p.username like ? || '.%'""")
                .params(unit, prefix).update();
        return unit;
    }

    /** The questions of the survey on otillåten påverkan (reference/000), the second asked only after "Ja". */
    public static List<Surveys.QuestionDraft> influenceQuestions() {
        return List.of(
                new Surveys.QuestionDraft(QuestionKind.YES_NO,
                        "Har du under det senaste året utsatts för otillåten påverkan i ditt arbete?", null, true, null,
                        null),
                new Surveys.QuestionDraft(QuestionKind.MULTIPLE, "Vad har du utsatts för?",
                        List.of("Hot", "Trakasserier", "Våld", "Skadegörelse"), true, 1, "Ja"),
                new Surveys.QuestionDraft(QuestionKind.SCALE, "Hur trygg känner du dig i arbetet?", null, false, null,
                        null),
                new Surveys.QuestionDraft(QuestionKind.TEXT, "Vill du berätta något mer?", null, false, null, null));
    }

    public static Surveys.SurveyDraft draft(long unitId, String title, boolean anonymous, LocalDate closesOn,
            Long planItemId, List<Surveys.QuestionDraft> questions) {
        return new Surveys.SurveyDraft(unitId, title, null, anonymous, null, closesOn, null, planItemId, questions);
    }

    /** Opens the survey and returns every recipient's token by e-mail address, as the invitations would carry. */
    public static Map<String, String> issue(Invitations invitations, Surveys surveys, long surveyId) {
        return invitations.issue(surveys.survey(surveyId));
    }
}
