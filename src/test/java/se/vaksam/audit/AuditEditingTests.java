package se.vaksam.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
 * The follow-ups of the review page: a sub-area's heading and judgement edited (history, 422, 409 with the saved
 * text shown, 403 for the auditor), a recommendation's link removed after a confirmation, and the yttrande
 * previewed as HTML before it is downloaded.
 */
@VaksamTest
class AuditEditingTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    long id(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).list().get(0);
    }

    String text(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(String.class).single();
    }

    long review() {
        return id("select id from audit_review where number = 'SR-2019-82'");
    }

    /** A review of its own (the demo review stays as reference 001 has it) with two sub-areas. */
    long newReview(String number) {
        long asn = id("select id from org_unit where code = 'ASN'");
        HttpResponse<String> created = new ApiClient(port, tokens, "ik.samordnare").send("POST", "/api/v1/audits", """
                {"committeeId":%d,"number":"%s","title":"Granskning av rutiner","auditors":"Stadsrevisionen",
                 "reviewedOn":"2026-09-30","areas":[
                  {"heading":"Dokumentation","judgement":"Dokumentationen är tillräcklig.","recommendations":["Fortsätt."]},
                  {"heading":"Processer och rutiner","judgement":"Rutinerna följs delvis upp.",
                   "recommendations":["Samtliga rutiner har en dokumentägare."]}]}""".formatted(asn, number));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return id("select id from audit_review where number = ?", number);
    }

    @Test
    void theCoordinatorEditsASubAreasHeadingAndJudgementWithHistoryAndConflicts() {
        long review = newReview("SR-2026-91");
        long area = id("select id from audit_area where review_id = ? and position = 2", review);
        String page = "/audits/" + review;
        String edit = page + "/areas/" + area + "/edit";
        String action = page + "/areas/" + area;
        WebClient web = new WebClient(port);
        web.login("ik.samordnare", "vaksam");
        assertThat(web.get(page).body()).contains(edit);
        HttpResponse<String> form = web.get(edit);
        assertThat(form.statusCode()).isEqualTo(200);
        String oldHeading = text("select heading from audit_area where id = ?", area);
        assertThat(form.body()).contains(oldHeading);
        int version = (int) id("select version from audit_area where id = ?", area);

        // blank judgement: Swedish error, the typed heading kept, nothing changed
        HttpResponse<String> blank = web.submit(edit, action, Map.of("heading", "Ny rubrik som inte sparas",
                "judgement", "  ", "version", Integer.toString(version)));
        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(blank.body()).contains("Ange delområdets rubrik och revisorernas bedömning.")
                .contains("Ny rubrik som inte sparas");
        assertThat(text("select heading from audit_area where id = ?", area)).isEqualTo(oldHeading);

        HttpResponse<String> saved = web.submit(edit, action, Map.of("heading", "Styrning och uppföljning av rutiner",
                "judgement", "Stadsrevisionen bedömer att uppföljningen av rutinerna delvis är tillräcklig.",
                "version", Integer.toString(version)));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith(page + "#area-" + area);
        String shown = web.get(page).body();
        assertThat(shown).contains("2. Styrning och uppföljning av rutiner")
                .contains("Stadsrevisionen bedömer att uppföljningen av rutinerna delvis är tillräcklig.");
        assertThat(shown).contains(oldHeading).as("the history shows the heading before the change");
        assertThat(id("""
                select count(*) from history_entry h join history_change c on c.entry_id = h.id
                where h.record_type = 'audit.review' and h.record_id = ? and c.field = 'area.2.heading'""",
                Long.toString(review))).isEqualTo(1);

        // a second editor with the version seen before the save: 409, their text kept, the saved text shown
        HttpResponse<String> stale = web.submit(edit, action, Map.of("heading", "Min egen rubrik",
                "judgement", "Min egen bedömning", "version", Integer.toString(version)));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Någon annan har ändrat delområdet").contains("Min egen rubrik")
                .contains("Min egen bedömning").contains("id=\"conflict\"")
                .contains("Stadsrevisionen bedömer att uppföljningen av rutinerna delvis är tillräcklig.")
                .contains("value=\"" + (version + 1) + "\"");
        assertThat(text("select heading from audit_area where id = ?", area))
                .isEqualTo("Styrning och uppföljning av rutiner");

        WebClient auditor = new WebClient(port);
        auditor.login("revisor", "vaksam");
        assertThat(auditor.get(page).body()).doesNotContain(edit);
        assertThat(auditor.get(edit).statusCode()).isEqualTo(403);
        assertThat(auditor.submit(page, action, Map.of("heading", "Revisorns rubrik", "judgement", "x",
                "version", Integer.toString(version + 1))).statusCode()).isEqualTo(403);
        assertThat(text("select heading from audit_area where id = ?", area))
                .isEqualTo("Styrning och uppföljning av rutiner");

        // the API: the same rule, 409 on a stale version
        ApiClient api = new ApiClient(port, tokens, "ik.samordnare");
        HttpResponse<String> put = api.send("PUT", "/api/v1/audits/" + review + "/areas/" + area,
                "{\"heading\":\"Rutiner\",\"judgement\":\"Delvis.\",\"version\":%d}".formatted(version + 1));
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        assertThat(put.body()).contains("\"heading\":\"Rutiner\"");
        assertThat(api.send("PUT", "/api/v1/audits/" + review + "/areas/" + area,
                "{\"heading\":\"Rutiner\",\"judgement\":\"Delvis.\",\"version\":%d}".formatted(version))
                .statusCode()).isEqualTo(409);
        assertThat(new ApiClient(port, tokens, "revisor").send("PUT", "/api/v1/audits/" + review + "/areas/" + area,
                "{\"heading\":\"R\",\"judgement\":\"R\",\"version\":%d}".formatted(version + 2)).statusCode())
                .isEqualTo(403);
    }

    @Test
    void theLinkPickerFindsReadableRecordsOfTheChosenKindByTitleNotByNumber() {
        long rec = id("""
                select r.id from audit_recommendation r join audit_area a on a.id = r.area_id
                where a.review_id = ? order by a.position, r.position""", review());
        String page = "/audit-recommendations/" + rec;
        WebClient web = new WebClient(port);
        web.login("ik.samordnare", "vaksam");
        assertThat(web.get(page).body()).contains("data-vk-picker-search=\"" + page + "/link-choices\"")
                .doesNotContain("inputmode=\"numeric\"");
        long risk = id("select id from risk where title = 'Inköpsrutinen följs inte'");
        assertThat(web.get(page + "/link-choices?type=RISK&q=ink%C3%B6psrutinen").body())
                .contains("{\"value\":\"" + risk + "\",\"label\":\"Inköpsrutinen följs inte\"}");
        assertThat(web.get(page + "/link-choices?type=IMPROVEMENT_ACTION&q=ink%C3%B6psrutinen").body())
                .doesNotContain("Inköpsrutinen följs inte");
        assertThat(web.get(page + "/link-choices?type=RISK&q=").body()).isEqualTo("[]");

        WebClient auditor = new WebClient(port);
        auditor.login("revisor", "vaksam");
        assertThat(auditor.get(page + "/link-choices?type=RISK&q=ink").statusCode()).isEqualTo(403);
    }

    @Test
    void aLinkIsRemovedAfterAConfirmationAndOnlyByTheCoordinator() {
        long rec = id("""
                select r.id from audit_recommendation r join audit_area a on a.id = r.area_id
                where a.review_id = ? order by a.position, r.position""", review());
        long risk = id("select min(id) from risk");
        String page = "/audit-recommendations/" + rec;
        WebClient web = new WebClient(port);
        web.login("ik.samordnare", "vaksam");
        web.submit(page, page + "/links", Map.of("type", "RISK", "recordId", Long.toString(risk)));
        assertThat(id("select count(*) from audit_recommendation_link where recommendation_id = ?", rec)).isEqualTo(1);
        String confirm = page + "/links/remove?type=RISK&recordId=" + risk;
        assertThat(web.get(page).body()).contains("/links/remove").contains("Ta bort");

        HttpResponse<String> question = web.get(confirm);
        assertThat(question.statusCode()).isEqualTo(200);
        assertThat(question.body()).contains("Vill du ta bort kopplingen mellan Risk ”")
                .contains("Åtgärden eller risken finns kvar och ändras inte");
        assertThat(web.get(page + "/links/remove?type=RISK&recordId=999999").statusCode()).isEqualTo(404);

        WebClient auditor = new WebClient(port);
        auditor.login("revisor", "vaksam");
        assertThat(auditor.get(page).body()).doesNotContain("/links/remove");
        assertThat(auditor.get(confirm).statusCode()).isEqualTo(403);
        assertThat(auditor.submit(page, page + "/links/remove", Map.of("type", "RISK", "recordId",
                Long.toString(risk), "confirmed", "true")).statusCode()).isEqualTo(403);
        assertThat(id("select count(*) from audit_recommendation_link where recommendation_id = ?", rec)).isEqualTo(1);

        assertThat(web.get(confirm).body()).contains("name=\"confirmed\" value=\"true\"");
        web.submit(page, page + "/links", Map.of("type", "RISK", "recordId", Long.toString(risk), "remove", "true"));
        assertThat(id("select count(*) from audit_recommendation_link where recommendation_id = ?", rec)).isEqualTo(1);
        HttpResponse<String> removed = web.submit(confirm, page + "/links/remove",
                Map.of("type", "RISK", "recordId", Long.toString(risk), "confirmed", "true"));
        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(id("select count(*) from audit_recommendation_link where recommendation_id = ?", rec)).isZero();
        assertThat(id("select count(*) from risk where id = ?", risk)).isEqualTo(1);
        assertThat(web.get(page).body()).contains("Inga åtgärder eller risker är kopplade.")
                .as("the history names the unlinked risk").contains(jdbc.sql("select title from risk where id = ?")
                        .param(risk).query(String.class).single());
    }

    @Test
    void theYttrandeIsPreviewedAsHtmlBeforeDownloading() {
        long review = review();
        WebClient web = new WebClient(port);
        web.login("revisor", "vaksam");
        String page = "/audits/" + review;
        assertThat(web.get(page).body()).contains(page + "/response/preview");
        HttpResponse<String> preview = web.get(page + "/response/preview");
        assertThat(preview.statusCode()).isEqualTo(200);
        String html = preview.body();
        String firstArea = text("select heading from audit_area where review_id = ? and position = 1", review);
        String lastArea = text("select heading from audit_area where review_id = ? and position = 6", review);
        String judgement = text("select judgement from audit_area where review_id = ? and position = 1", review);
        assertThat(html).contains("Förhandsgranskning av yttrandet")
                .contains("<h3 class=\"govuk-heading-m\">1. " + firstArea + "</h3>")
                .contains("6. " + lastArea).contains("<em>" + judgement.substring(0, 20))
                .contains("Redovisa vilka åtgärder som genomförts").contains(page + "/response.pdf")
                .containsOnlyOnce("<h1");
        assertThat(html.indexOf("1. " + firstArea)).isLessThan(html.indexOf("6. " + lastArea));
    }
}
