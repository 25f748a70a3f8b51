package se.vaksam.deviation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vaksam.VaksamTest;
import se.vaksam.support.WebClient;

/**
 * The quality function keeps the units the public e-service offers: add with a plain-language label,
 * relabel (a stale label is a 409), reorder, remove; the public form follows at once. Bad input is a
 * Swedish 422 that changes nothing; a medarbetare and an auditor are refused.
 */
@VaksamTest
class PublicUnitPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theQualityFunctionAddsRelabelsReordersAndRemovesTheEServicesChoices() {
        long unit = jdbc.sql("select id from org_unit where code = 'AMA-EB-NORR'").query(Long.class).single();
        String page = "/quality/public-units";
        WebClient quality = new WebClient(port);
        quality.login("kval.controller", "vaksam");
        assertThat(quality.get(page).statusCode()).isEqualTo(200);

        var empty = quality.submit(page, page, Map.of("unitId", Long.toString(unit), "label", "  "));
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("Skriv texten som visas i e-tjänsten.");
        assertThat(count(unit)).isZero();

        assertThat(quality.submit(page, page, Map.of("unitId", Long.toString(unit), "label",
                "Ekonomiskt bistånd i norra Malmö")).statusCode()).isEqualTo(302);
        assertThat(quality.submit(page, page, Map.of("unitId", Long.toString(unit), "label", "Igen")).body())
                .contains("Enheten finns redan bland valen.");
        String form = new WebClient(port).get("/e-tjanst/klagomal").body();
        assertThat(form).contains("Ekonomiskt bistånd i norra Malmö");
        assertThat(form.indexOf("Jag vet inte")).isLessThan(form.indexOf("Ekonomiskt bistånd i norra Malmö"));

        assertThat(quality.submit(page, page + "/" + unit, Map.of("action", "up")).statusCode()).isEqualTo(302);
        form = new WebClient(port).get("/e-tjanst/klagomal").body();
        assertThat(form.indexOf("Ekonomiskt bistånd i norra Malmö")).isLessThan(form.indexOf("Jag vet inte"));

        assertThat(quality.submit(page, page + "/" + unit, Map.of("seenLabel", "Ekonomiskt bistånd i norra Malmö",
                "label", "Ekonomiskt bistånd, norr")).statusCode()).isEqualTo(302);
        var stale = quality.submit(page, page + "/" + unit, Map.of("seenLabel", "Ekonomiskt bistånd i norra Malmö",
                "label", "Något annat"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Någon annan har ändrat texten under tiden.");
        assertThat(jdbc.sql("select label from deviation_public_unit where unit_id = ?").param(unit).query(String.class)
                .single()).isEqualTo("Ekonomiskt bistånd, norr");

        WebClient employee = new WebClient(port);
        employee.login("ifo.soc1", "vaksam");
        assertThat(employee.get(page).statusCode()).isEqualTo(403);
        assertThat(employee.submit("/", page + "/" + unit, Map.of("action", "remove", "confirmed", "true")).statusCode())
                .isEqualTo(403);
        WebClient auditor = new WebClient(port);
        auditor.login("revisor", "vaksam");
        assertThat(auditor.submit("/", page, Map.of("unitId", Long.toString(unit), "label", "X")).statusCode())
                .isEqualTo(403);
        assertThat(count(unit)).isOne();

        HttpResponse<String> unasked = quality.submit(page, page + "/" + unit, Map.of("action", "remove"));
        assertThat(unasked.statusCode()).as("removing asks first").isEqualTo(422);
        assertThat(unasked.body()).contains("Kryssa i rutan som bekräftar steget");
        assertThat(count(unit)).isOne();
        assertThat(quality.submit(page, page + "/" + unit, Map.of("action", "remove", "confirmed", "true")).statusCode())
                .isEqualTo(302);
        assertThat(count(unit)).isZero();
        assertThat(new WebClient(port).get("/e-tjanst/klagomal").body()).doesNotContain("Ekonomiskt bistånd, norr");
        assertThat(jdbc.sql("select count(*) from history_entry where record_type = 'deviation.publicUnit' and record_id = ?")
                .param(Long.toString(unit)).query(Long.class).single()).isEqualTo(4);
    }

    private long count(long unit) {
        return jdbc.sql("select count(*) from deviation_public_unit where unit_id = ?").param(unit).query(Long.class).single();
    }
}
