package se.vaksam.deviation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vaksam.VaksamTest;
import se.vaksam.deviation.Drafts.StaffReport;
import se.vaksam.support.WebClient;

/**
 * Links on the deviation page: the quality function links a risk and removes it again (history both ways);
 * a governing document is linked and unlinked through the governance section on the deviation page, which
 * asks the deviation module whether the person may link; a colleague who may open the deviation but not
 * handle it, and someone who may not open a lex Sarah report, are refused.
 */
@VaksamTest
class DeviationLinkTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeviationManagement management;

    @Test
    void risksAndGoverningDocumentsAreLinkedAndUnlinkedOnTheDeviationPage() {
        DeviationTestSupport support = new DeviationTestSupport(jdbc, management);
        DeviationTestSupport.signInAs("ifo.soc1");
        long id = management.report(new StaffReport(DeviationKind.QUALITY, support.unit("IFO-BU-MOT-1"),
                "Journalanteckning saknades", "Anteckningen från hembesöket fördes inte in.", null, null, null));
        DeviationTestSupport.signOut();
        long riskId = jdbc.sql("select min(id) from risk").query(Long.class).single();
        long documentId = jdbc.sql("select min(id) from governing_document").query(Long.class).single();
        String documentTitle = jdbc.sql("select title from governing_document where id = ?").param(documentId)
                .query(String.class).single();
        String page = "/deviations/" + id;

        WebClient quality = new WebClient(port);
        quality.login("kval.controller", "vaksam");
        String before = quality.get(page).body();
        assertThat(before).contains("Styrdokument").contains("Koppla styrdokument");

        assertThat(quality.submit(page, page + "/links", Map.of("recordType", "risk.risk", "recordId",
                Long.toString(riskId))).statusCode()).isEqualTo(302);
        assertThat(quality.get(page).body()).contains("Ta bort kopplingen till Risk " + riskId);
        assertThat(quality.submit(page, "/governing-documents/links", Map.of("recordType", "deviation.deviation",
                "recordId", Long.toString(id), "documentId", Long.toString(documentId))).statusCode()).isEqualTo(302);
        assertThat(quality.get(page).body()).contains("Ta bort kopplingen till " + documentTitle);
        assertThat(jdbc.sql("select count(*) from governing_document_link where record_type = 'deviation.deviation' and record_id = ?")
                .param(Long.toString(id)).query(Long.class).single()).isEqualTo(1);

        // the reporter (a medarbetare) may open her own report but not handle its links
        WebClient reporter = new WebClient(port);
        reporter.login("ifo.soc1", "vaksam");
        String reporterPage = reporter.get(page).body();
        assertThat(reporterPage).doesNotContain("Ta bort kopplingen").doesNotContain("Koppla styrdokument");
        assertThat(reporter.submit(page, page + "/links/remove", Map.of("recordType", "risk.risk", "recordId",
                Long.toString(riskId), "confirmed", "true")).statusCode()).isEqualTo(403);
        assertThat(reporter.submit(page, "/governing-documents/links", Map.of("recordType", "deviation.deviation",
                "recordId", Long.toString(id), "documentId", Long.toString(documentId), "remove", "true",
                "confirmed", "true")).statusCode()).isEqualTo(403);

        // removing a link asks first: without the ticked box nothing is removed
        assertThat(quality.get(page).body()).contains("Jag vill ta bort kopplingen till " + documentTitle);
        assertThat(quality.submit(page, page + "/links/remove", Map.of("recordType", "risk.risk", "recordId",
                Long.toString(riskId))).statusCode()).isEqualTo(422);
        assertThat(quality.submit(page, "/governing-documents/links", Map.of("recordType", "deviation.deviation",
                "recordId", Long.toString(id), "documentId", Long.toString(documentId), "remove", "true")).statusCode())
                .isEqualTo(422);
        assertThat(quality.get(page).body()).contains("Ta bort kopplingen till Risk " + riskId)
                .contains("Ta bort kopplingen till " + documentTitle);

        assertThat(quality.submit(page, page + "/links/remove", Map.of("recordType", "risk.risk", "recordId",
                Long.toString(riskId), "confirmed", "true")).statusCode()).isEqualTo(302);
        assertThat(quality.submit(page, "/governing-documents/links", Map.of("recordType", "deviation.deviation",
                "recordId", Long.toString(id), "documentId", Long.toString(documentId), "remove", "true",
                "confirmed", "true")).statusCode()).isEqualTo(302);
        String after = quality.get(page).body();
        assertThat(after).contains("Inga kopplingar till risker eller planpunkter.").contains("Inga styrdokument kopplade.");
        assertThat(jdbc.sql("select count(*) from deviation_link where deviation_id = ?").param(id).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from history_entry where record_type = 'deviation.deviation' and record_id = ?")
                .param(Long.toString(id)).query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void governanceRefusesALinkToALexSarahReportThePersonMayNotOpen() {
        DeviationTestSupport support = new DeviationTestSupport(jdbc, management);
        long id = support.lexSarahReport("Barn fick inte skydd");
        long documentId = jdbc.sql("select min(id) from governing_document").query(Long.class).single();
        WebClient colleague = new WebClient(port);
        colleague.login("ifo.soc1", "vaksam");
        assertThat(colleague.get("/deviations/" + id).statusCode()).isEqualTo(403);
        var refused = colleague.submit("/", "/governing-documents/links", Map.of("recordType", "deviation.deviation",
                "recordId", Long.toString(id), "documentId", Long.toString(documentId)));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from governing_document_link where record_type = 'deviation.deviation' and record_id = ?")
                .param(Long.toString(id)).query(Long.class).single()).isZero();
    }
}
