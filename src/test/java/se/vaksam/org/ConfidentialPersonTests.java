package se.vaksam.org;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vaksam.org.OrgTestSupport.personId;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;
import se.vaksam.support.WebClient;

@VaksamTest
class ConfidentialPersonTests {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void viewingAConfidentialPersonsPageAddsExactlyOneAccessLogRow() {
        long id = personId(jdbc, "ifo.soc2");
        int before = logRows(id, "ifo.sek.mot2");
        WebClient web = new WebClient(port);
        web.login("ifo.sek.mot2", "vaksam");
        HttpResponse<String> page = web.get("/people/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Linnea").contains("Skyddade personuppgifter").contains("Medarbetare");
        assertThat(logRows(id, "ifo.sek.mot2")).isEqualTo(before + 1);
    }

    @Test
    void readingAConfidentialPersonThroughTheApiAddsExactlyOneAccessLogRow() {
        long id = personId(jdbc, "ifo.soc2");
        int before = logRows(id, "ifo.avd.bu");
        HttpResponse<String> response = new ApiClient(port, tokens, "ifo.avd.bu").get("/api/v1/persons/" + id);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"confidential\":true").contains("\"unitCode\":\"IFO-BU-MOT-2\"");
        assertThat(logRows(id, "ifo.avd.bu")).isEqualTo(before + 1);
    }

    @Test
    void anOrdinaryPersonIsReadWithoutAnAccessLogRow() {
        int before = jdbc.sql("select count(*) from access_log").query(Integer.class).single();
        WebClient web = new WebClient(port);
        web.login("ifo.sek.mot1", "vaksam");
        assertThat(web.get("/people/" + personId(jdbc, "ifo.soc1")).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from access_log").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void aPersonOutsideOnesScopeIsForbiddenAndYourselfIsAlwaysReadable() {
        WebClient web = new WebClient(port);
        web.login("ifo.sek.mot1", "vaksam");
        assertThat(web.get("/people/" + personId(jdbc, "ifo.soc2")).statusCode()).isEqualTo(403);
        assertThat(web.get("/people/" + personId(jdbc, "ifo.sek.mot1")).statusCode()).isEqualTo(200);
        String list = web.get("/people").body();
        assertThat(list).contains("ifo.soc1").doesNotContain("ifo.soc2").doesNotContain("ama.hand1");
        assertThat(web.get("/people?q=soc1").body()).contains("ifo.soc1").doesNotContain("ifo.fss");
    }

    private int logRows(long personId, String reader) {
        return jdbc.sql("select count(*) from access_log where record_type = 'org.person' and record_id = ? and username = ?")
                .params(Long.toString(personId), reader).query(Integer.class).single();
    }
}
