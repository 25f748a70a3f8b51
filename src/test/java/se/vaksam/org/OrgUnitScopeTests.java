package se.vaksam.org;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vaksam.org.OrgTestSupport.unitId;
import static se.vaksam.org.OrgTestSupport.unitName;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;
import se.vaksam.support.WebClient;

@VaksamTest
class OrgUnitScopeTests {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSectionHeadCannotReadOrChangeAnotherSectionInTheUi() {
        long other = unitId(jdbc, "IFO-BU-MOT-2");
        String before = unitName(jdbc, "IFO-BU-MOT-2");
        WebClient web = signedIn("ifo.sek.mot1");

        HttpResponse<String> page = web.get("/org/units/" + other);
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Du har inte behörighet");

        String csrf = WebClient.csrfFrom(web.get("/org/units/" + unitId(jdbc, "IFO-BU-MOT-1")).body());
        HttpResponse<String> post = web.postForm("/org/units/" + other,
                Map.of("code", "IFO-BU-MOT-2", "name", "Kapad", "version", "0", "reason", "", "_csrf", csrf));
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(unitName(jdbc, "IFO-BU-MOT-2")).isEqualTo(before);
    }

    @Test
    void aSectionHeadCannotReadOrChangeAnotherSectionThroughTheApi() {
        long other = unitId(jdbc, "IFO-BU-MOT-2");
        String before = unitName(jdbc, "IFO-BU-MOT-2");
        ApiClient api = new ApiClient(port, tokens, "ifo.sek.mot1");

        HttpResponse<String> get = api.get("/api/v1/units/" + other);
        assertThat(get.statusCode()).isEqualTo(403);
        assertThat(get.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));

        HttpResponse<String> patch = api.send("PATCH", "/api/v1/units/" + other, "{\"name\":\"Kapad\",\"version\":0}");
        assertThat(patch.statusCode()).isEqualTo(403);
        assertThat(api.get("/api/v1/units/" + other + "/history").statusCode()).isEqualTo(403);
        assertThat(unitName(jdbc, "IFO-BU-MOT-2")).isEqualTo(before);
        assertThat(api.get("/api/v1/units").body()).contains("\"IFO-BU-MOT-1\"").doesNotContain("\"IFO-BU-MOT-2\"");
    }

    @Test
    void aSectionHeadCanReadAndChangeTheirOwnSectionInTheUi() {
        long own = unitId(jdbc, "IFO-BU-MOT-1");
        WebClient web = signedIn("ifo.sek.mot1");
        HttpResponse<String> page = web.get("/org/units/" + own);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("IFO-BU-MOT-1").contains("Sektionschef").contains("Medarbetare")
                .contains("<form");

        String newName = "Sektion mottagning 1 (UI)";
        HttpResponse<String> post = web.submit("/org/units/" + own, "/org/units/" + own, Map.of(
                "code", "IFO-BU-MOT-1", "name", newName, "reason", "Nytt namn", "version", version(page.body())));
        assertThat(post.statusCode()).isEqualTo(302);
        assertThat(unitName(jdbc, "IFO-BU-MOT-1")).isEqualTo(newName);
        assertThat(web.get("/org/units/" + own).body()).contains("Ändringen är sparad.");
    }

    @Test
    void aSectionHeadCanReadAndChangeTheirOwnSectionThroughTheApi() {
        long own = unitId(jdbc, "IFO-BU-MOT-1");
        ApiClient api = new ApiClient(port, tokens, "ifo.sek.mot1");
        HttpResponse<String> get = api.get("/api/v1/units/" + own);
        assertThat(get.statusCode()).isEqualTo(200);
        String version = jsonVersion(get.body());
        HttpResponse<String> patch = api.send("PATCH", "/api/v1/units/" + own,
                "{\"name\":\"Sektion mottagning 1 (API)\",\"version\":" + version + "}");
        assertThat(patch.statusCode()).isEqualTo(200);
        assertThat(patch.body()).contains("\"name\":\"Sektion mottagning 1 (API)\"");
        assertThat(unitName(jdbc, "IFO-BU-MOT-1")).isEqualTo("Sektion mottagning 1 (API)");
    }

    @Test
    void aDepartmentHeadReadsTheWholeSubtreeButNothingBeside() {
        WebClient web = signedIn("ifo.avd.bu");
        String tree = web.get("/org").body();
        assertThat(tree).contains("IFO-BU, Avdelning", "IFO-BU-MOT, Enhet", "IFO-BU-MOT-2, Sektion",
                "IFO-BU-UTR-1, Sektion");
        assertThat(tree).doesNotContain("IFO-VUX", "AMA-ARB-JOB", "ASF,");
        assertThat(web.get("/org/units/" + unitId(jdbc, "IFO-BU-MOT-2")).statusCode()).isEqualTo(200);
        assertThat(web.get("/org/units/" + unitId(jdbc, "IFO-BU-UTR-1")).statusCode()).isEqualTo(200);
        assertThat(web.get("/org/units/" + unitId(jdbc, "IFO-VUX")).statusCode()).isEqualTo(403);
    }

    @Test
    void anAuditorReadsButGetsNoEditForm() {
        WebClient web = signedIn("revisor");
        HttpResponse<String> page = web.get("/org/units/" + unitId(jdbc, "IFO-BU"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Avdelning").doesNotContain("name=\"version\"");
    }

    private WebClient signedIn(String username) {
        return OrgTestSupport.signedIn(port, username);
    }

    static String version(String html) {
        Matcher m = VERSION.matcher(html);
        assertThat(m.find()).as("the page has an edit form with a version").isTrue();
        return m.group(1);
    }

    static String jsonVersion(String json) {
        Matcher m = Pattern.compile("\"version\":(\\d+)").matcher(json);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
