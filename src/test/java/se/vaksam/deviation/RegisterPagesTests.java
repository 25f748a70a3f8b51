package se.vaksam.deviation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vaksam.VaksamTest;
import se.vaksam.support.WebClient;

/**
 * The registers of SOSFS risk analyses and self-inspections are edited on their pages: the unit's
 * manager registers and edits an entry; a missing field is a Swedish 422 that changes nothing; a stale
 * version is a 409 showing the saved version; a section head of another part and the auditor are refused.
 */
@VaksamTest
class RegisterPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSelfInspectionIsRegisteredAndEditedWithConflictAndValidation() {
        long unit = jdbc.sql("select id from org_unit where code = 'IFO-BU-MOT'").query(Long.class).single();
        WebClient manager = new WebClient(port);
        manager.login("ifo.enh.mot", "vaksam");
        String list = "/quality/self-inspections?year=2031";
        var added = manager.submit(list, "/quality/self-inspections", fields(unit, "2031", "Uppföljning av skyddsbedömningar",
                "Vissa brister har konstaterats."));
        assertThat(added.statusCode()).isEqualTo(302);
        long id = jdbc.sql("select id from self_inspection where inspection = 'Uppföljning av skyddsbedömningar'")
                .query(Long.class).single();
        String edit = "/quality/self-inspections/" + id;
        assertThat(manager.get(list).body()).contains("Ändra Uppföljning av skyddsbedömningar");
        assertThat(manager.get(edit).body()).contains("Ändra: Uppföljning av skyddsbedömningar");

        Map<String, String> missing = fields(unit, "2031", "Uppföljning av skyddsbedömningar", " ");
        missing.put("version", "0");
        var refused = manager.submit(edit, edit, missing);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Skriv resultatet.");

        Map<String, String> changed = fields(unit, "2031", "Uppföljning av skyddsbedömningar", "Inga anmärkningar.");
        changed.put("version", "0");
        assertThat(manager.submit(edit, edit, changed).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select result from self_inspection where id = ?").param(id).query(String.class).single())
                .isEqualTo("Inga anmärkningar.");

        Map<String, String> stale = fields(unit, "2031", "Uppföljning av skyddsbedömningar", "Allvarliga brister.");
        stale.put("version", "0");
        var conflict = manager.submit(edit, edit, stale);
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("Någon annan har ändrat posten medan du skrev.").contains("Inga anmärkningar.")
                .contains("Allvarliga brister.");
        assertThat(jdbc.sql("select result from self_inspection where id = ?").param(id).query(String.class).single())
                .isEqualTo("Inga anmärkningar.");

        WebClient otherSection = new WebClient(port);
        otherSection.login("ifo.sek.mot1", "vaksam");
        assertThat(otherSection.get(edit).statusCode()).isEqualTo(403);
        WebClient auditor = new WebClient(port);
        auditor.login("revisor", "vaksam");
        assertThat(auditor.get(list).body()).contains("Uppföljning av skyddsbedömningar")
                .doesNotContain("Ändra Uppföljning av skyddsbedömningar");
        Map<String, String> byAuditor = fields(unit, "2031", "Ändrad av revisor", "X");
        byAuditor.put("version", "1");
        assertThat(auditor.submit(list, edit, byAuditor).statusCode()).isEqualTo(403);
    }

    @Test
    void aRiskAnalysisEntryIsEditedOnItsPage() {
        long unit = jdbc.sql("select id from org_unit where code = 'IFO-BU-MOT'").query(Long.class).single();
        WebClient manager = new WebClient(port);
        manager.login("ifo.enh.mot", "vaksam");
        String list = "/quality/risk-analyses?year=2031";
        Map<String, String> draft = fields(unit, "2031", "Riskanalys inför flytt av mottagningen", null);
        assertThat(manager.submit(list, "/quality/risk-analyses", draft).statusCode()).isEqualTo(302);
        long id = jdbc.sql("select id from sosfs_risk_analysis where analysis = 'Riskanalys inför flytt av mottagningen'")
                .query(Long.class).single();
        Map<String, String> changed = fields(unit, "2031", "Riskanalys inför flytt av mottagningen", null);
        changed.put("improvementActions", "Telefontider ses över");
        changed.put("version", "0");
        String edit = "/quality/risk-analyses/" + id;
        assertThat(manager.submit(edit, edit, changed).statusCode()).isEqualTo(302);
        assertThat(manager.get(list).body()).contains("Telefontider ses över");
    }

    private static Map<String, String> fields(long unit, String year, String title, String result) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("year", year);
        f.put("unitId", Long.toString(unit));
        f.put("title", title);
        f.put("place", "Mottagningsenheten barn och unga");
        if (result != null) {
            f.put("result", result);
        }
        return f;
    }
}
