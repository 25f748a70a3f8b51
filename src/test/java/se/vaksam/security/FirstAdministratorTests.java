package se.vaksam.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vaksam.VaksamApplication;
import se.vaksam.support.WebClient;

/**
 * The first start on an external database, which has no demo data: without
 * {@code VAKSAM_ADMIN_PASSWORD} Vaksam only warns; with it, the first administrator is created
 * once and can sign in with the whole organisation in reach.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTests {

    private static final String PASSWORD = "första-start-lösen";
    private static final Pattern TOKEN = Pattern.compile("id=\"new-token\">(vks_[A-Za-z0-9_-]+)<");

    @Test
    void theFirstStartCreatesTheAdministratorOnlyWhenAskedAndOnlyOnce(CapturedOutput output) throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder()
                .setDataDirectory(Files.createTempDirectory("vaksam-first-start")).setCleanDataDirectory(true).start()) {
            JdbcClient db = JdbcClient.create(external.getPostgresDatabase());
            String url = external.getJdbcUrl("postgres", "postgres");

            try (ConfigurableApplicationContext app = start(url, "")) {
                assertThat(count(db, "user_account")).isZero();
                assertThat(count(db, "org_unit")).isZero();
                assertThat(count(db, "person")).isZero();
                assertThat(output.getOut()).contains("No local account exists and VAKSAM_ADMIN_PASSWORD is not set");
            }

            try (ConfigurableApplicationContext app = start(url, PASSWORD)) {
                assertThat(db.sql("select code || ':' || name || ':' || type from org_unit").query(String.class).list())
                        .containsExactly("KOMMUN:Testkommun:MUNICIPALITY");
                assertThat(db.sql("""
                        select p.username || ':' || pl.role || ':' || u.code from placement pl
                        join person p on p.id = pl.person_id join org_unit u on u.id = pl.unit_id""")
                        .query(String.class).list()).containsExactly("chefadmin:SYSTEM_ADMINISTRATOR:KOMMUN");
                assertThat(db.sql("select username from user_account").query(String.class).list())
                        .containsExactly("chefadmin");
                assertThat(db.sql("select distinct username from history_entry").query(String.class).list())
                        .containsExactly(FirstAdministrator.SYSTEM);
                assertThat(output.getOut()).contains("First start: created the local account 'chefadmin'")
                        .doesNotContain(PASSWORD);

                WebClient web = new WebClient(port(app));
                assertThat(signsIn(web, PASSWORD)).isTrue();
                assertThat(web.get("/account").body()).contains("Systemadministratör").contains("Testkommun");
                assertThat(web.get("/admin/accounts").statusCode()).isEqualTo(200);
                assertThat(me(web).body()).contains("\"username\":\"chefadmin\"").contains("\"administrator\":true");
            }

            List<Integer> before = counts(db);
            try (ConfigurableApplicationContext app = start(url, "ett-annat-lösenord")) {
                assertThat(counts(db)).isEqualTo(before);
                assertThat(signsIn(new WebClient(port(app)), "ett-annat-lösenord")).isFalse();
                assertThat(signsIn(new WebClient(port(app)), PASSWORD)).isTrue();
            }
        }
    }

    private static ConfigurableApplicationContext start(String url, String adminPassword) {
        return new SpringApplication(VaksamApplication.class).run(
                "--server.port=0",
                "--vaksam.db.url=" + url,
                "--vaksam.db.user=postgres",
                "--vaksam.db.password=postgres",
                "--vaksam.bootstrap.admin-username=chefadmin",
                "--vaksam.bootstrap.admin-password=" + adminPassword,
                "--vaksam.bootstrap.municipality-name=Testkommun");
    }

    private static boolean signsIn(WebClient web, String password) {
        String location = web.login("chefadmin", password).headers().firstValue("Location").orElseThrow();
        return !location.contains("/login");
    }

    private static int port(ConfigurableApplicationContext app) {
        return app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    /** The API's view of the signed-in person, through a personal token made on "Mitt konto". */
    private static HttpResponse<String> me(WebClient web) {
        web.submit("/account", "/account/tokens", Map.of("name", "Test", "expires", ""));
        Matcher token = TOKEN.matcher(web.get("/account").body());
        assertThat(token.find()).isTrue();
        return web.send(HttpRequest.newBuilder(URI.create(web.base() + "/api/v1/me"))
                .header("Authorization", "Bearer " + token.group(1)).build());
    }

    private static int count(JdbcClient db, String table) {
        return db.sql("select count(*) from " + table).query(Integer.class).single();
    }

    private static List<Integer> counts(JdbcClient db) {
        List<Integer> counts = new ArrayList<>();
        for (String table : List.of("user_account", "org_unit", "person", "placement", "history_entry")) {
            counts.add(count(db, table));
        }
        return counts;
    }
}
