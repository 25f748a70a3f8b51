package se.vaksam;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.vaksam.support.WebClient;

@VaksamTest
class ShellTests {

    @LocalServerPort
    int port;

    @Test
    void pagesRequireLoginAndTheStartPageGreetsInSwedish() {
        WebClient web = new WebClient(port);
        assertThat(web.get("/").statusCode()).isEqualTo(302);
        HttpResponse<String> login = web.login("ifo.sek.mot1", "vaksam");
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        HttpResponse<String> home = web.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("<h1 class=\"govuk-heading-xl\">Mina uppgifter</h1>").contains("lang=\"sv\"");
    }

    @Test
    void wrongPasswordIsRefused() {
        WebClient web = new WebClient(port);
        HttpResponse<String> login = web.login("ifo.sek.mot1", "fel");
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(web.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void englishIsSecond() {
        WebClient web = new WebClient(port);
        web.login("ifo.sek.mot1", "vaksam");
        assertThat(web.get("/?lang=en").body()).contains("My tasks");
        assertThat(web.get("/").body()).contains("My tasks");
        assertThat(web.get("/?lang=sv").body()).contains("Mina uppgifter");
    }

    @Test
    void postingWithoutCsrfTokenIsRefused() {
        WebClient web = new WebClient(port);
        web.login("ifo.sek.mot1", "vaksam");
        assertThat(web.postForm("/logout", java.util.Map.of()).statusCode()).isEqualTo(403);
    }

    @Test
    void afterLoginYouReturnToThePageYouAskedForButNeverToAFile() {
        WebClient web = new WebClient(port);
        web.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(web.base() + "/people"))
                .header("Accept", "text/html").GET().build());
        web.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(web.base() + "/assets/fonts/missing.woff2"))
                .header("Accept", "*/*").GET().build());
        HttpResponse<String> login = web.login("ifo.sek.mot1", "vaksam");
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/people"));

        WebClient other = new WebClient(port);
        other.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(other.base() + "/assets/fonts/missing.woff2"))
                .header("Accept", "*/*").GET().build());
        assertThat(other.login("ifo.sek.mot1", "vaksam").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("woff"));
    }

    @Test
    void pagesUseGovukStylesWithoutGovuksOwnFontSoNoPageAsksForItsFiles() {
        WebClient web = new WebClient(port);
        HttpResponse<String> css = web.get("/css/govuk-frontend.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(css.body()).contains(".govuk-heading-xl{").contains(".govuk-table__cell")
                .doesNotContain("@font-face").doesNotContain("/assets/fonts/");
        assertThat(web.get("/login").body()).contains("/css/govuk-frontend.css").doesNotContain("govuk-frontend.min.css");
    }
}
