package se.vaksam.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vaksam.VaksamTest;
import se.vaksam.support.WebClient;

/** The coordinator registers a review, adds a sub-area and drafts through the pages; bad input is refused. */
@VaksamTest
class AuditPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    long id(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).list().get(0);
    }

    @Test
    void theCoordinatorRegistersAReviewAndDraftsItsResponseThroughThePages() {
        WebClient web = new WebClient(port);
        web.login("ik.samordnare", "vaksam");
        long asn = id("select id from org_unit where code = 'ASN'");
        HttpResponse<String> created = web.submit("/audits", "/audits", Map.of("committeeId", Long.toString(asn),
                "number", "SR-2026-7", "title", "Granskning av systematisk logguppföljning", "auditors", "Stadsrevisionen",
                "reviewedOn", "2026-10-01", "overallJudgement", "Delvis ändamålsenligt."));
        assertThat(created.statusCode()).isEqualTo(302);
        long review = id("select id from audit_review where number = 'SR-2026-7'");
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/audits/" + review);

        String page = "/audits/" + review;
        assertThat(web.submit(page, page + "/areas", Map.of("heading", "Dokumentation av logguppföljning",
                "judgement", "Bedömningen är att logguppföljningen inte dokumenteras fullt ut.",
                "recommendations", "Varje logguppföljning dokumenteras.\n\nRutinen har en dokumentägare.\n"))
                .statusCode()).isEqualTo(302);
        long area = id("select id from audit_area where review_id = ?", review);
        assertThat(id("select count(*) from audit_recommendation where area_id = ?", area)).isEqualTo(2);

        web.submit(page, page + "/areas/" + area + "/answer", Map.of("actionsTaken", "En ny rutin har beslutats.",
                "effects", "Fler uppföljningar dokumenteras.", "plannedActions", "Stickprov varje tertial.", "version", "0"));
        String shown = web.get(page).body();
        assertThat(shown).contains("1. Dokumentation av logguppföljning").contains("En ny rutin har beslutats.")
                .contains("Varje logguppföljning dokumenteras.").contains("Redovisa vilka effekter åtgärderna har haft på verksamheten");

        web.submit(page, page + "/response", Map.of("date", "den 1 december", "diaryNumber", "ASN-2026-1"));
        assertThat(jdbc.sql("select count(*) from audit_response where review_id = ?").param(review)
                .query(Long.class).single()).isZero();
        assertThat(web.get(page).body()).contains("Datumet den 1 december är inte giltigt.");

        web.submit(page, page + "/response", Map.of("date", "2026-12-01", "address", "205 80 Malmö",
                "diaryNumber", "ASN-2026-1", "addressee", "Revisorskollegiet", "version", "0"));
        assertThat(web.get(page).body()).contains("ASN-2026-1").contains("Yttrandet som Word-dokument");
        HttpResponse<String> pdf = web.get(page + "/response.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");

        WebClient auditor = new WebClient(port);
        auditor.login("revisor", "vaksam");
        String read = auditor.get(page).body();
        assertThat(read).contains("En ny rutin har beslutats.").doesNotContain("Spara svaret");
        assertThat(auditor.submit(page, page + "/areas/" + area + "/answer", Map.of("actionsTaken", "Ändrat",
                "version", "1")).statusCode()).isEqualTo(403);
    }
}
