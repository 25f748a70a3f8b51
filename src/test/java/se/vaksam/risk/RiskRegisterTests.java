package se.vaksam.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vaksam.VaksamTest;
import se.vaksam.support.WebClient;

@VaksamTest
class RiskRegisterTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private WebClient signedIn(String username) {
        WebClient web = new WebClient(port);
        web.login(username, "vaksam");
        return web;
    }

    private long id(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).list().get(0);
    }

    @Test
    void theRegisterFiltersByCategoryBandUnitSubtreeAndCommittee() {
        WebClient web = signedIn("ik.samordnare");
        long economy = id("select id from risk_category where code = 'EKONOMI'");
        assertThat(web.get("/risks?categoryId=" + economy).body()).contains("Inköpsrutinen följs inte")
                .contains("Felaktig attestering av ekonomiskt bistånd").doesNotContain("Personuppgifter röjs");
        assertThat(web.get("/risks?bandPosition=4").body()).contains("Personuppgifter röjs")
                .doesNotContain(">Inköpsrutinen följs inte<");
        long ifoBu = id("select id from org_unit where code = 'IFO-BU'");
        assertThat(web.get("/risks?unitId=" + ifoBu).body()).contains("Utredningstider i barnavårdsutredningar")
                .contains("Bristande samordning i gemensamma ärenden").doesNotContain(">Inköpsrutinen följs inte<");
        long asn = id("select id from org_unit where code = 'ASN'");
        assertThat(web.get("/risks?committeeId=" + asn + "&sort=value").body()).contains("Inköpsrutinen följs inte")
                .contains("Utredningstider i barnavårdsutredningar");
        assertThat(web.get("/risks?year=2024").body()).contains("Utredningstider i barnavårdsutredningar")
                .doesNotContain(">Inköpsrutinen följs inte<");
    }

    @Test
    void aRiskIsCreatedInTheFormAndAStaleEditGetsAConflict() {
        WebClient web = signedIn("ik.samordnare");
        long unit = id("select id from org_unit where code = 'ASF-KVAL'");
        long category = id("select id from risk_category where code = 'PERSONAL'");
        Map<String, String> fields = Map.of("title", "Formulärrisk", "event", "Risk för att kompetens går förlorad.",
                "cause", "personalomsättning", "consequence", "sämre kvalitet i utredningar", "categoryId",
                Long.toString(category), "unitId", Long.toString(unit), "ownerUsername", "ik.samordnare", "origin",
                "MANAGEMENT", "reviewIntervalMonths", "12");
        HttpResponse<String> created = web.submit("/risks/new", "/risks", fields);
        assertThat(created.statusCode()).isEqualTo(302);
        long risk = id("select id from risk where title = 'Formulärrisk'");
        HttpResponse<String> page = web.get("/risks/" + risk);
        assertThat(page.body()).contains("Risk för att kompetens går förlorad på grund av personalomsättning, "
                + "vilket kan leda till sämre kvalitet i utredningar.");
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page.body());
        assertThat(version.find()).isTrue();

        Map<String, String> edit = new java.util.HashMap<>(fields);
        edit.put("title", "Formulärrisk ändrad");
        edit.put("version", version.group(1));
        edit.put("reason", "Tydligare rubrik");
        assertThat(web.submit("/risks/" + risk, "/risks/" + risk, edit).statusCode()).isEqualTo(302);
        assertThat(web.get("/risks/" + risk).body()).contains("Ändringen är sparad.").contains("Tydligare rubrik");

        edit.put("title", "Formulärrisk skriver över");
        HttpResponse<String> stale = web.submit("/risks/" + risk, "/risks/" + risk, edit);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Någon annan har ändrat uppgifterna");

        Map<String, String> empty = new java.util.HashMap<>(fields);
        empty.put("event", " ");
        HttpResponse<String> refused = web.submit("/risks/new", "/risks", empty);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Ange händelsen (Risk för att …).");
    }

    @Test
    void reassessingInThePageAsksForAReasonWhenTheValueChanges() {
        WebClient web = signedIn("ifo.sek.mot1");
        long unit = id("select id from org_unit where code = 'IFO-BU-MOT-1'");
        long category = id("select id from risk_category where code = 'JURIDIK'");
        assertThat(web.submit("/risks/new", "/risks", Map.of("title", "Omprövas i sidan", "event", "beslut dröjer",
                "cause", "många ärenden", "consequence", "att barn får vänta", "categoryId", Long.toString(category),
                "unitId", Long.toString(unit), "ownerUsername", "", "origin", "DEPARTMENT", "reviewIntervalMonths", "6"))
                .statusCode()).isEqualTo(302);
        long risk = id("select id from risk where title = 'Omprövas i sidan'");
        long matrix = id("select id from risk_matrix where is_default");
        assertThat(web.submit("/risks/" + risk, "/risks/" + risk + "/assessments", Map.of("matrixId",
                Long.toString(matrix), "likelihood", "2", "consequence", "2", "motivation", "Första", "reason", ""))
                .statusCode()).isEqualTo(302);
        HttpResponse<String> refused = web.submit("/risks/" + risk, "/risks/" + risk + "/assessments",
                Map.of("matrixId", Long.toString(matrix), "likelihood", "4", "consequence", "4", "motivation", "",
                        "reason", ""));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Ange skäl när riskvärdet ändras.");
        HttpResponse<String> saved = web.submit("/risks/" + risk, "/risks/" + risk + "/assessments",
                Map.of("matrixId", Long.toString(matrix), "likelihood", "4", "consequence", "4", "motivation",
                        "Fler ärenden", "reason", "Ökat inflöde"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(web.get("/risks/" + risk).body()).contains("Ökat inflöde").contains("Mycket hög");
    }
}
