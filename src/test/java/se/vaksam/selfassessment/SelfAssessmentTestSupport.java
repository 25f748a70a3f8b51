package se.vaksam.selfassessment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vaksam.support.WebClient;

/** Small helpers for the self-assessment's tests. */
final class SelfAssessmentTestSupport {

    private SelfAssessmentTestSupport() {
    }

    static long unitId(JdbcClient jdbc, String code) {
        return jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
    }

    static long assessmentId(JdbcClient jdbc, String committeeCode, int year) {
        return jdbc.sql("select a.id from sa_assessment a join org_unit u on u.id = a.committee_id "
                + "where u.code = ? and a.year = ?").params(committeeCode, year).query(Long.class).single();
    }

    static String motivation(JdbcClient jdbc, long assessmentId, String criterionCode) {
        return jdbc.sql("select motivation from sa_answer where assessment_id = ? and criterion_code = ?")
                .params(assessmentId, criterionCode).query(String.class).single();
    }

    static WebClient signedIn(int port, String username) {
        WebClient web = new WebClient(port);
        web.login(username, "vaksam");
        return web;
    }

    /** The version in a form's hidden field. */
    static String formVersion(String html) {
        Matcher m = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("No version in the form");
        }
        return m.group(1);
    }

    static String jsonVersion(String json) {
        Matcher m = Pattern.compile("\"version\":(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No version in " + json);
        }
        return m.group(1);
    }

    static long jsonId(String json) {
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No id in " + json);
        }
        return Long.parseLong(m.group(1));
    }
}
