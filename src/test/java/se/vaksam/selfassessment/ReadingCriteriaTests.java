package se.vaksam.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vaksam.selfassessment.SelfAssessmentTestSupport.formVersion;
import static se.vaksam.selfassessment.SelfAssessmentTestSupport.signedIn;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;
import se.vaksam.support.WebClient;

/**
 * Reading a year's criteria stores nothing: a year nobody has started is shown as it would start (the
 * previous year's criteria, or the default set) and marked as not stored, for the API as for the page and
 * for whoever reads it, the read-only auditor included. The first change stores the set.
 */
@VaksamTest
class ReadingCriteriaTests {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void readingAYearsCriteriaThroughTheApiStoresNoSet() {
        for (String reader : new String[] {"admin", "nl.ordf", "ik.samordnare", "revisor"}) {
            HttpResponse<String> read = new ApiClient(port, tokens, reader).get("/api/v1/self-assessments/criteria/2077");
            assertThat(read.statusCode()).as(reader).isEqualTo(200);
            assertThat(read.body()).as(reader).contains("\"stored\":false").contains("\"year\":2077")
                    .contains("\"criteria\":[{\"code\":");
        }
        assertThat(sets(2077)).isZero();
    }

    @Test
    void theCriteriaPageShowsAYearWithoutStoringItAndTheFirstSaveStoresIt() {
        WebClient admin = signedIn(port, "admin");
        String page = admin.get("/self-assessments/criteria?year=2078").body();
        assertThat(page).contains("Kommungemensamma kriterier 2078").contains("name=\"area-0-name\"");
        assertThat(sets(2078)).isZero();

        Map<String, String> form = new LinkedHashMap<>();
        form.put("year", "2078");
        form.put("version", formVersion(page));
        form.put("area-0-name", "Kontrollmiljö");
        form.put("area-0-criteria", "Ansvar och befogenheter tydliggjorda");
        assertThat(admin.submit("/self-assessments/criteria?year=2078", "/self-assessments/criteria", form).statusCode())
                .isEqualTo(302);
        assertThat(sets(2078)).isOne();
        assertThat(new ApiClient(port, tokens, "admin").get("/api/v1/self-assessments/criteria/2078").body())
                .contains("\"stored\":true").contains("Ansvar och befogenheter tydliggjorda");
    }

    private long sets(int year) {
        return jdbc.sql("select count(*) from sa_criteria_set where year = ?").param(year).query(Long.class).single();
    }
}
