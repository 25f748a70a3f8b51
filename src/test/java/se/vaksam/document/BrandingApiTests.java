package se.vaksam.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;

/**
 * {@code GET/PUT /api/v1/branding}: the system administrator sets the look once, every document shows it; the
 * contract's rules hold (problem details, unknown fields refused, a stale version is a 409), the colours are
 * checked for contrast and the change is in the history.
 */
@VaksamTest
class BrandingApiTests {

    static final String BODY = """
            {"municipality":"Malmö stad","committee":null,"administration":%s,"headingColour":"%s",
             "accentColour":"#e8e8e8","font":"Liberation Sans","coverLayout":"%s",%s"version":%d}""";

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DocumentRenderer renderer;

    ApiClient admin() {
        return new ApiClient(port, tokens, "admin");
    }

    int version() {
        return jdbc.sql("select version from document_branding").query(Integer.class).single();
    }

    @AfterEach
    void backToTheDemoLook() {
        admin().send("PUT", "/api/v1/branding", BODY.formatted("null", "#000000", "STANDARD", "\"removeLogo\":true,",
                version()));
    }

    @Test
    void theAdministratorSetsTheLookAndEveryDocumentShowsIt() {
        String logo = Base64.getEncoder().encodeToString(DocumentEngineTests.PNG);
        HttpResponse<String> saved = admin().send("PUT", "/api/v1/branding", BODY.formatted(
                "\"Arbetsmarknads- och socialförvaltningen\"", "#1d3c6e", "CENTRED",
                "\"logo\":{\"contentBase64\":\"" + logo + "\",\"mediaType\":\"image/png\",\"alt\":\"Stadens logotyp\"},",
                version()));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).contains("\"headingColour\":\"#1d3c6e\"", "\"alt\":\"Stadens logotyp\"",
                "\"coverLayout\":\"CENTRED\"");
        HttpResponse<String> read = new ApiClient(port, tokens, "ifo.soc1").get("/api/v1/branding");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("Arbetsmarknads- och socialförvaltningen");
        assertThat(admin().bytes("/api/v1/branding/logo")).isEqualTo(DocumentEngineTests.PNG);

        Doc doc = Doc.builder(Doc.Meta.swedish("Prov", "Arbetsmarknads- och socialnämnden"))
                .titlePage(new Doc.TitlePage("Prov", "Arbetsmarknads- och socialnämnden", null))
                .heading(1, "Inledning").paragraph("Text.").pageBreak().heading(1, "Nästa").build();
        var html = org.jsoup.Jsoup.parse(renderer.html(doc));
        assertThat(html.select(".title-page.cover-centred img").attr("alt")).isEqualTo("Stadens logotyp");
        assertThat(DocumentFiles.pdfPages(renderer.pdf(doc)).get(1))
                .contains("Malmö stad – Arbetsmarknads- och socialnämnden", "Arbetsmarknads- och socialförvaltningen");

        assertThat(jdbc.sql("""
                select count(*) from history_change c join history_entry e on e.id = c.entry_id
                where e.record_type = 'document.branding' and c.field = 'headingColour' and c.after_value = '#1d3c6e'""")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aStaleVersionUnknownFieldsAndUnreadableColoursAreRefusedWithProblemDetails() {
        int version = version();
        HttpResponse<String> stale = admin().send("PUT", "/api/v1/branding",
                BODY.formatted("null", "#000000", "STANDARD", "", version + 5));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));

        HttpResponse<String> unknown = admin().send("PUT", "/api/v1/branding",
                BODY.formatted("null", "#000000", "STANDARD", "\"watermark\":\"UTKAST\",", version));
        assertThat(unknown.statusCode()).isEqualTo(400);

        HttpResponse<String> pale = admin().send("PUT", "/api/v1/branding",
                BODY.formatted("null", "#ffdd00", "STANDARD", "", version));
        assertThat(pale.statusCode()).isEqualTo(422);
        assertThat(pale.body()).contains("kontrast");
        assertThat(version()).isEqualTo(version);
    }

    @Test
    void onlyTheSystemAdministratorChangesTheLook() {
        HttpResponse<String> refused = new ApiClient(port, tokens, "ik.samordnare").send("PUT", "/api/v1/branding",
                BODY.formatted("null", "#000000", "STANDARD", "", version()));
        assertThat(refused.statusCode()).isEqualTo(403);
    }
}
