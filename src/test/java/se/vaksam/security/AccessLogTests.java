package se.vaksam.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vaksam.VaksamTest;
import se.vaksam.support.ApiClient;
import se.vaksam.support.WebClient;

@VaksamTest
class AccessLogTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    private long id;
    private String recordId;

    @BeforeEach
    void aReadIsLogged() {
        recordId = "LS-" + System.nanoTime();
        id = jdbc.sql("""
                insert into access_log (username, record_type, record_id, remote_address)
                values ('lexsarah', 'LEX_SARAH', ?, '10.0.0.7') returning id""")
                .param(recordId).query(Long.class).single();
    }

    @Test
    void theDatabaseRefusesToUpdateAnEntry() {
        assertThatThrownBy(() -> jdbc.sql("update access_log set username = 'someone.else' where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertUnchanged();
    }

    @Test
    void theDatabaseRefusesToDeleteAnEntry() {
        assertThatThrownBy(() -> jdbc.sql("delete from access_log where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertUnchanged();
    }

    @Test
    void theDatabaseRefusesToTruncateTheLog() {
        assertThatThrownBy(() -> jdbc.sql("truncate access_log").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertUnchanged();
    }

    @Test
    void theApiHasNoWayToChangeOrDeleteAnEntry() {
        ApiClient admin = new ApiClient(port, tokens, "admin");
        assertThat(admin.send("DELETE", "/api/v1/access-log/" + id, "").statusCode()).isIn(404, 405);
        assertThat(admin.send("PUT", "/api/v1/access-log/" + id, "{\"username\":\"x\"}").statusCode()).isIn(404, 405);
        assertThat(admin.send("POST", "/api/v1/access-log", "{\"username\":\"x\"}").statusCode()).isIn(404, 405);
        assertThat(admin.send("DELETE", "/api/v1/access-log", "").statusCode()).isIn(404, 405);
        assertUnchanged();
    }

    @Test
    void theAdministratorAndTheCoordinatorReadTheLogThroughTheApi() {
        for (String reader : new String[] {"admin", "ik.samordnare"}) {
            ApiClient api = new ApiClient(port, tokens, reader);
            HttpResponse<String> list = api.get("/api/v1/access-log?username=lexsarah&recordType=LEX_SARAH");
            assertThat(list.statusCode()).as(reader).isEqualTo(200);
            assertThat(list.body()).contains(recordId);
            assertThat(api.get("/api/v1/access-log?username=nobody").body()).isEqualTo("[]");
            assertThat(api.get("/api/v1/access-log/" + id).body()).contains(recordId).contains("10.0.0.7");
        }
    }

    @Test
    void theApiFiltersByDate() {
        ApiClient api = new ApiClient(port, tokens, "ik.samordnare");
        assertThat(api.get("/api/v1/access-log?from=2000-01-01&to=2000-12-31").body()).isEqualTo("[]");
        assertThat(api.get("/api/v1/access-log?from=2000-01-01").body()).contains(recordId);
    }

    @Test
    void theCoordinatorSeesAndFiltersTheLogPage() {
        WebClient web = signedIn("ik.samordnare");
        HttpResponse<String> page = web.get("/admin/access-log?username=lexsarah");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1 class=\"govuk-heading-xl\">Åtkomstlogg</h1>").contains(recordId)
                .contains("href=\"/admin/access-log\"");
        assertThat(web.get("/admin/access-log?username=nobody").body()).doesNotContain(recordId)
                .contains("Inga läsningar matchar filtret.");
        assertThat(web.get("/admin/access-log?recordType=OTHER").body()).doesNotContain(recordId);
        assertThat(web.get("/admin/access-log?from=2000-01-01&to=2000-01-02").body()).doesNotContain(recordId);
        assertThat(web.get("/admin/access-log?from=igår").body()).contains("Ange datum som ÅÅÅÅ-MM-DD.");
    }

    @Test
    void anEmployeeGets403OnThePageAndTheApi() {
        WebClient web = signedIn("ifo.soc1");
        assertThat(web.get("/admin/access-log").statusCode()).isEqualTo(403);
        assertThat(web.get("/").body()).doesNotContain("href=\"/admin/access-log\"");
        ApiClient api = new ApiClient(port, tokens, "ifo.soc1");
        assertThat(api.get("/api/v1/access-log").statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/access-log/" + id).statusCode()).isEqualTo(403);
    }

    @Test
    void otherAdminPagesAreForTheSystemAdministratorOnly() {
        assertThat(signedIn("ik.samordnare").get("/admin/users").statusCode()).isEqualTo(403);
        assertThat(signedIn("forv.chef").get("/admin/users").statusCode()).isEqualTo(403);
        assertThat(signedIn("admin").get("/admin/users").statusCode()).isEqualTo(404);
    }

    private void assertUnchanged() {
        assertThat(jdbc.sql("select username from access_log where id = ?").param(id).query(String.class).single())
                .isEqualTo("lexsarah");
    }

    private WebClient signedIn(String username) {
        WebClient web = new WebClient(port);
        web.login(username, "vaksam");
        return web;
    }
}
