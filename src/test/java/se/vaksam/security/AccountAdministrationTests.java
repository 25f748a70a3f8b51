package se.vaksam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import se.vaksam.VaksamTest;
import se.vaksam.org.OrgManagement;
import se.vaksam.support.WebClient;

/** <em>Konton</em>: the system administrator manages local accounts; nobody else can. */
@VaksamTest
class AccountAdministrationTests {

    private static final String INITIAL = "ett långt första lösen";
    private static final String CHANGED = "ett helt annat lösenord";

    @LocalServerPort
    int port;

    @Autowired
    OrgManagement org;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAdministratorCreatesAnAccountAndThePersonCanSignIn() {
        person("ny.handlaggare");
        WebClient admin = signedIn("admin", "vaksam");
        HttpResponse<String> created = admin.submit("/admin/accounts", "/admin/accounts",
                Map.of("username", "ny.handlaggare", "password", INITIAL));
        assertThat(created.statusCode()).isEqualTo(302);
        String page = admin.get(URI.create(created.headers().firstValue("Location").orElseThrow()).getPath()).body();
        assertThat(page).contains("Kontot är skapat.").contains("Test Testsson").contains("Aktivt");
        assertThat(admin.get("/admin/accounts").body()).contains("ny.handlaggare").contains("Test Testsson");

        assertThat(signsIn("ny.handlaggare", INITIAL)).isTrue();
        assertThat(signsIn("ny.handlaggare", "fel lösenord helt och hållet")).isFalse();
    }

    @Test
    void theNewAccountsPersonIsPickedByNameFromABoundedSearchOnlyTheAdministratorMayUse() {
        WebClient admin = signedIn("admin", "vaksam");
        assertThat(admin.get("/admin/accounts").body()).contains("data-vk-picker-search=\"/admin/accounts/people\"")
                .doesNotContain("<option value=\"ifo.soc1\"");
        assertThat(admin.get("/admin/accounts/people?q=kalle%20sv").body())
                .isEqualTo("[{\"value\":\"ifo.soc1\",\"label\":\"Kalle Svensson\"}]");
        assertThat(admin.get("/admin/accounts/people?q=SVENSSON%20kalle").body()).contains("\"ifo.soc1\"");
        assertThat(admin.get("/admin/accounts/people?q=%25").body()).isEqualTo("[]");
        assertThat(admin.get("/admin/accounts/people?q=").body()).isEqualTo("[]");
        assertThat(admin.get("/admin/accounts/people?q=a").body().split("\"value\"")).hasSizeLessThanOrEqualTo(21);

        WebClient coordinator = signedIn("ik.samordnare", "vaksam");
        assertThat(coordinator.get("/admin/accounts/people?q=kalle").statusCode()).isEqualTo(403);
        assertThat(coordinator.get("/admin/access-log/people?q=kalle").body()).contains("Kalle Svensson");
        assertThat(signedIn("ifo.soc1", "vaksam").get("/admin/access-log/people?q=kalle").statusCode()).isEqualTo(403);
    }

    @Test
    void anAccountNeedsAPersonWithoutAnAccountAndAPasswordOfTwelveCharacters() {
        person("kort.losen");
        WebClient admin = signedIn("admin", "vaksam");
        admin.submit("/admin/accounts", "/admin/accounts", Map.of("username", "kort.losen", "password", "elva tecken"));
        assertThat(admin.get("/admin/accounts").body()).contains("Det finns ett problem")
                .contains("href=\"#new-username\"").contains("Lösenordet måste ha minst 12 tecken.")
                .contains("value=\"kort.losen\"").doesNotContain("elva tecken");
        admin.submit("/admin/accounts", "/admin/accounts", Map.of("username", "finns.inte", "password", INITIAL));
        assertThat(admin.get("/admin/accounts").body()).contains("Det finns ingen person med det användarnamnet");
        admin.submit("/admin/accounts", "/admin/accounts", Map.of("username", "ifo.soc1", "password", INITIAL));
        assertThat(admin.get("/admin/accounts").body()).contains("Personen har redan ett konto.");
        assertThat(accountCount("kort.losen")).isZero();
    }

    @Test
    void aDisabledAccountIsSignedOutAndLosesItsTokensForGoodWhileItsPasswordWorksAgainWhenEnabled() {
        long id = account("avstangd");
        String token = tokens.issue("avstangd", "integration", null);
        assertThat(me(token).statusCode()).isEqualTo(200);
        WebClient signedInBefore = signedIn("avstangd", INITIAL);
        assertThat(signedInBefore.get("/account").statusCode()).isEqualTo(200);

        WebClient admin = signedIn("admin", "vaksam");
        admin.submit("/admin/accounts/" + id, "/admin/accounts/" + id + "/enabled", Map.of("enabled", "false"));
        assertThat(admin.get("/admin/accounts/" + id).body()).as("disabling asks first")
                .contains("Kryssa i rutan som bekräftar steget");
        assertThat(me(token).statusCode()).isEqualTo(200);
        admin.submit("/admin/accounts/" + id, "/admin/accounts/" + id + "/enabled",
                Map.of("enabled", "false", "confirmed", "true"));
        assertThat(admin.get("/admin/accounts/" + id).body()).contains("Avstängt");
        assertThat(signedInBefore.get("/account").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/login"));
        assertThat(signsIn("avstangd", INITIAL)).isFalse();
        assertThat(me(token).statusCode()).isEqualTo(401);

        admin.submit("/admin/accounts/" + id, "/admin/accounts/" + id + "/enabled", Map.of("enabled", "true"));
        assertThat(signsIn("avstangd", INITIAL)).isTrue();
        assertThat(me(token).statusCode()).as("disabling revoked the token for good").isEqualTo(401);
        assertThat(tokens.tokensOf("avstangd")).allSatisfy(t -> assertThat(t.revokedAt()).isNotNull());
    }

    @Test
    void theAdministratorSetsANewPasswordButNotATooShortOne() {
        long id = account("glomsk");
        WebClient admin = signedIn("admin", "vaksam");
        admin.submit("/admin/accounts/" + id, "/admin/accounts/" + id + "/password", Map.of("password", "kort"));
        assertThat(admin.get("/admin/accounts/" + id).body()).contains("Lösenordet måste ha minst 12 tecken.");
        assertThat(signsIn("glomsk", INITIAL)).isTrue();

        admin.submit("/admin/accounts/" + id, "/admin/accounts/" + id + "/password", Map.of("password", CHANGED));
        assertThat(admin.get("/admin/accounts/" + id).body()).contains("Lösenordet är ändrat.");
        assertThat(signsIn("glomsk", INITIAL)).isFalse();
        assertThat(signsIn("glomsk", CHANGED)).isTrue();
    }

    @Test
    void theHistoryShowsEveryChangeButNoSecret() {
        long id = account("historik");
        WebClient admin = signedIn("admin", "vaksam");
        admin.submit("/admin/accounts/" + id, "/admin/accounts/" + id + "/enabled",
                Map.of("enabled", "false", "confirmed", "true"));
        admin.submit("/admin/accounts/" + id, "/admin/accounts/" + id + "/enabled", Map.of("enabled", "true"));
        admin.submit("/admin/accounts/" + id, "/admin/accounts/" + id + "/password", Map.of("password", CHANGED));

        String page = admin.get("/admin/accounts/" + id).body();
        assertThat(page).contains("Historik").contains("Skapad").contains("Användarnamn").contains("Aktivt")
                .contains("Lösenord").contains("lösenord ändrat").contains(">Alva Administratör<")
                .doesNotContain(INITIAL).doesNotContain(CHANGED).doesNotContain("$2a$");
        String stored = String.join(" ", jdbc.sql("""
                select coalesce(c.before_value, '') || ' ' || coalesce(c.after_value, '') from history_change c
                join history_entry e on e.id = c.entry_id where e.record_type = 'security.account' and e.record_id = ?""")
                .param(Long.toString(id)).query(String.class).list());
        assertThat(stored).contains("historik").contains("lösenord ändrat")
                .doesNotContain(INITIAL).doesNotContain(CHANGED).doesNotContain("$2");
    }

    @Test
    void nobodyButTheSystemAdministratorReachesTheAccountPagesOrChangesAnything() {
        long id = account("skyddad");
        for (String username : List.of("ik.samordnare", "forv.chef", "ifo.soc1")) {
            WebClient other = signedIn(username, "vaksam");
            String csrf = WebClient.csrfFrom(other.get("/account").body());
            assertThat(other.get("/admin/accounts").statusCode()).isEqualTo(403);
            assertThat(other.get("/admin/accounts/" + id).statusCode()).isEqualTo(403);
            assertThat(other.postForm("/admin/accounts", Map.of("username", "kort.losen", "password", INITIAL,
                    "_csrf", csrf)).statusCode()).isEqualTo(403);
            assertThat(other.postForm("/admin/accounts/" + id + "/enabled", Map.of("enabled", "false", "confirmed", "true",
                    "_csrf", csrf))
                    .statusCode()).isEqualTo(403);
            assertThat(other.postForm("/admin/accounts/" + id + "/password", Map.of("password", CHANGED, "_csrf", csrf))
                    .statusCode()).isEqualTo(403);
        }
        assertThat(signsIn("skyddad", INITIAL)).isTrue();
        assertThat(jdbc.sql("select count(*) from history_entry where record_type = 'security.account' and record_id = ?")
                .param(Long.toString(id)).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void formsNeedTheCsrfTokenAndTheAdministratorCannotLockThemselvesOut() {
        long id = account("csrf.test");
        WebClient admin = signedIn("admin", "vaksam");
        assertThat(admin.postForm("/admin/accounts/" + id + "/enabled", Map.of("enabled", "false", "confirmed", "true"))
                .statusCode())
                .isEqualTo(403);
        assertThat(signsIn("csrf.test", INITIAL)).isTrue();

        long own = jdbc.sql("select id from user_account where username = 'admin'").query(Long.class).single();
        admin.submit("/admin/accounts/" + own, "/admin/accounts/" + own + "/enabled",
                Map.of("enabled", "false", "confirmed", "true"));
        assertThat(admin.get("/admin/accounts/" + own).body()).contains("Du kan inte stänga av ditt eget konto.");
        assertThat(signsIn("admin", "vaksam")).isTrue();
    }

    @Test
    void everyoneWithALocalAccountChangesTheirOwnPasswordWithTheCurrentOne() {
        long id = account("eget.byte");
        WebClient web = signedIn("eget.byte", INITIAL);
        assertThat(web.get("/account").body()).contains("Byt lösenord").contains("Nuvarande lösenord");

        web.submit("/account", "/account/password", Map.of("current", "inte det rätta lösenordet", "password", CHANGED,
                "repeat", CHANGED));
        assertThat(web.get("/account").body()).contains("Det finns ett problem").contains("href=\"#password-new\"")
                .contains("Det nuvarande lösenordet stämmer inte.");
        web.submit("/account", "/account/password", Map.of("current", INITIAL, "password", "för kort", "repeat", "för kort"));
        assertThat(web.get("/account").body()).contains("Lösenordet måste ha minst 12 tecken.");
        web.submit("/account", "/account/password", Map.of("current", INITIAL, "password", CHANGED, "repeat", CHANGED + "x"));
        assertThat(web.get("/account").body()).contains("De två nya lösenorden är inte lika.");
        assertThat(signsIn("eget.byte", INITIAL)).isTrue();

        web.submit("/account", "/account/password", Map.of("current", INITIAL, "password", CHANGED, "repeat", CHANGED));
        assertThat(web.get("/account").body()).contains("Ditt lösenord är ändrat.");
        assertThat(signsIn("eget.byte", INITIAL)).isFalse();
        assertThat(signsIn("eget.byte", CHANGED)).isTrue();
        assertThat(signedIn("admin", "vaksam").get("/admin/accounts/" + id).body()).contains("lösenord ändrat")
                .contains(">eget.byte<");
    }

    /** A person in the organisation (without placements) and an account with the initial password. */
    private long account(String username) {
        person(username);
        signedIn("admin", "vaksam").submit("/admin/accounts", "/admin/accounts",
                Map.of("username", username, "password", INITIAL));
        return jdbc.sql("select id from user_account where username = ?").param(username).query(Long.class).single();
    }

    private void person(String username) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("admin", null, List.of()));
        try {
            org.createPerson(new OrgManagement.PersonDetails(username, "Test", "Testsson", null, null, false), "test");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private int accountCount(String username) {
        return jdbc.sql("select count(*) from user_account where username = ?").param(username).query(Integer.class).single();
    }

    private WebClient signedIn(String username, String password) {
        WebClient web = new WebClient(port);
        assertThat(signsIn(web, username, password)).as("%s signs in", username).isTrue();
        return web;
    }

    private boolean signsIn(String username, String password) {
        return signsIn(new WebClient(port), username, password);
    }

    private static boolean signsIn(WebClient web, String username, String password) {
        return !web.login(username, password).headers().firstValue("Location").orElseThrow().contains("/login");
    }

    private HttpResponse<String> me(String token) {
        WebClient api = new WebClient(port);
        return api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/me"))
                .header("Authorization", "Bearer " + token).build());
    }
}
