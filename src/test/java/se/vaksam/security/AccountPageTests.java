package se.vaksam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.vaksam.VaksamTest;
import se.vaksam.support.WebClient;

@VaksamTest
class AccountPageTests {

    private static final Pattern TOKEN = Pattern.compile("id=\"new-token\">(vks_[A-Za-z0-9_-]+)<");
    private static final Pattern REVOKE = Pattern.compile("action=\"/account/tokens/(\\d+)/revoke\"");

    @LocalServerPort
    int port;

    @Test
    void theAccountPageShowsWhoYouAreWithSwedishRoleLabelsAndUnits() {
        WebClient web = signedIn("ifo.sek.mot1");
        HttpResponse<String> page = web.get("/account");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<h1 class=\"govuk-heading-xl\">Mitt konto</h1>")
                .contains("ifo.sek.mot1")
                .contains("Sektionschef")
                .contains("Sektion mottagning 1")
                .contains("href=\"/account\"");
    }

    @Test
    void anEmployeeSeesTheirRoleAndAReaderTheirs() {
        assertThat(signedIn("ifo.soc1").get("/account").body()).contains("Medarbetare").contains("Sektion mottagning 1");
        assertThat(signedIn("revisor").get("/account").body()).contains("Revisor")
                .contains("Arbetsmarknads- och socialnämnden");
    }

    @Test
    void aNewTokenIsShownOnceWorksOnTheApiAndCanBeRevoked() {
        WebClient web = signedIn("ifo.enh.mot");
        HttpResponse<String> created = web.submit("/account", "/account/tokens",
                Map.of("name", "Verksamhetssystem", "expires", ""));
        assertThat(created.statusCode()).isEqualTo(302);
        String page = web.get("/account").body();
        Matcher token = TOKEN.matcher(page);
        assertThat(token.find()).as("new token on the page").isTrue();
        assertThat(page).contains("Kopiera nyckeln nu").contains("Verksamhetssystem").contains("Aktiv");

        assertThat(callMe(token.group(1)).body()).contains("\"username\":\"ifo.enh.mot\"");
        String again = web.get("/account").body();
        assertThat(again).doesNotContain(token.group(1)).contains("Verksamhetssystem");

        // The person may hold other tokens (the tests' own API clients): revoke the one in this token's row.
        Matcher revoke = REVOKE.matcher(again);
        assertThat(revoke.find(again.indexOf("Verksamhetssystem"))).isTrue();
        web.submit("/account", "/account/tokens/" + revoke.group(1) + "/revoke", Map.of());
        assertThat(web.get("/account").body()).as("revoking asks first").contains("Kryssa i rutan som bekräftar steget")
                .contains("/account/tokens/" + revoke.group(1) + "/revoke\"");
        assertThat(callMe(token.group(1)).statusCode()).isEqualTo(200);
        web.submit("/account", "/account/tokens/" + revoke.group(1) + "/revoke", Map.of("confirmed", "true"));
        assertThat(web.get("/account").body()).contains("Återkallad")
                .doesNotContain("/account/tokens/" + revoke.group(1) + "/revoke\"");
        assertThat(callMe(token.group(1)).statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenWithAnEndDateIsValidThroughThatDay() {
        WebClient web = signedIn("ifo.enh.utr");
        web.submit("/account", "/account/tokens", Map.of("name", "Tillfällig", "expires", "2099-06-30"));
        assertThat(web.get("/account").body()).contains("2099-06-30");
    }

    @Test
    void aTokenNeedsANameAndAnEndDateNotInThePast() {
        WebClient web = signedIn("ifo.sek.utr1");
        web.submit("/account", "/account/tokens", Map.of("name", " ", "expires", ""));
        assertThat(web.get("/account").body()).contains("Ge API-nyckeln ett namn.").doesNotContain("id=\"new-token\"");
        web.submit("/account", "/account/tokens", Map.of("name", "Gammal", "expires", "2001-01-01"));
        assertThat(web.get("/account").body()).contains("Slutdatumet kan inte ligga före i dag.");
    }

    @Test
    void formsOnTheAccountPageNeedTheCsrfToken() {
        WebClient web = signedIn("ifo.soc2");
        assertThat(web.postForm("/account/tokens", Map.of("name", "utan csrf")).statusCode()).isEqualTo(403);
        assertThat(web.get("/account").body()).doesNotContain("utan csrf");
    }

    @Test
    void anotherPersonsTokenCannotBeRevoked() {
        WebClient owner = signedIn("ifo.sek.mb1");
        owner.submit("/account", "/account/tokens", Map.of("name", "Min", "expires", ""));
        Matcher revoke = REVOKE.matcher(owner.get("/account").body());
        assertThat(revoke.find()).isTrue();
        WebClient other = signedIn("ifo.enh.mb");
        other.submit("/account", "/account/tokens/" + revoke.group(1) + "/revoke", Map.of("confirmed", "true"));
        assertThat(other.get("/account").body()).contains("API-nyckeln finns inte eller är redan återkallad.");
        assertThat(owner.get("/account").body()).contains("Aktiv");
    }

    private WebClient signedIn(String username) {
        WebClient web = new WebClient(port);
        web.login(username, "vaksam");
        return web;
    }

    private HttpResponse<String> callMe(String token) {
        WebClient api = new WebClient(port);
        return api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/me"))
                .header("Authorization", "Bearer " + token).build());
    }
}
