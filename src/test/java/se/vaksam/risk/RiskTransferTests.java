package se.vaksam.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vaksam.VaksamTest;
import se.vaksam.support.WebClient;

@VaksamTest
class RiskTransferTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private WebClient signedIn(String username) {
        WebClient web = new WebClient(port);
        web.login(username, "vaksam");
        return web;
    }

    private int riskHistory() {
        return jdbc.sql("select count(*) from history_entry where record_type = 'risk.risk'").query(Integer.class).single();
    }

    @Test
    void anExportedCsvOrXlsxImportsBackWithoutChangingAnything() {
        WebClient web = signedIn("ik.samordnare");
        for (String format : new String[] {"csv", "xlsx"}) {
            HttpResponse<byte[]> file = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/risks/export." + format))
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(file.statusCode()).isEqualTo(200);
            int risks = jdbc.sql("select count(*) from risk").query(Integer.class).single();
            int history = riskHistory();
            HttpResponse<String> response = upload(web, "risker." + format, file.body());
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(web.get("/risks/transfer").body()).contains("Importen är klar: 0 nya, 0 ändrade,");
            assertThat(jdbc.sql("select count(*) from risk").query(Integer.class).single()).isEqualTo(risks);
            assertThat(riskHistory()).isEqualTo(history);
        }
        String csv = new String(web.send(HttpRequest.newBuilder(URI.create(web.base() + "/risks/export.csv")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray()).body(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("id,title,event,cause,consequence,category,unit,owner,origin,review_interval_months,"
                + "matrix_id,likelihood,consequence_level\n").contains("Inköpsrutinen följs inte");
    }

    @Test
    void anImportWithErrorsNamesRowAndColumnAndSavesNothing() {
        String csv = """
                title,event,cause,consequence,category,unit,owner,origin,review_interval_months,matrix_id,likelihood,consequence_level
                Giltig importrisk,beslut dröjer,sjukskrivningar,att brukare väntar,VERKSAMHET,ASF-KVAL,,DEPARTMENT,12,,2,3
                För hög sannolikhet,beslut dröjer,sjukskrivningar,att brukare väntar,VERKSAMHET,ASF-KVAL,,DEPARTMENT,12,,7,1
                Okänd enhet,beslut dröjer,sjukskrivningar,att brukare väntar,VERKSAMHET,FINNS-EJ,,DEPARTMENT,12,,1,1
                Tom händelse,,sjukskrivningar,att brukare väntar,VERKSAMHET,ASF-KVAL,,DEPARTMENT,12,,1,1
                """;
        int history = riskHistory();
        HttpResponse<String> response = upload(signedIn("ik.samordnare"), "risker.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Ingenting importerades")
                .contains("Rad 3, kolumn likelihood: Sannolikheten 7 finns inte i matrisen (1–4).")
                .contains("Rad 4, kolumn unit: Okänd enhet &quot;FINNS-EJ&quot;.")
                .contains("Rad 5, kolumn event: Värde saknas.").doesNotContain("Rad 2,");
        assertThat(jdbc.sql("select count(*) from risk where title = 'Giltig importrisk'").query(Integer.class).single())
                .isZero();
        assertThat(riskHistory()).isEqualTo(history);
    }

    @Test
    void aSectionHeadCannotImportIntoAnotherSection() {
        String csv = """
                title,event,cause,consequence,category,unit,owner,origin,review_interval_months,matrix_id,likelihood,consequence_level
                Annans risk,beslut dröjer,sjukskrivningar,att brukare väntar,VERKSAMHET,IFO-BU-MOT-2,,DEPARTMENT,12,,,
                """;
        HttpResponse<String> response = upload(signedIn("ifo.sek.mot1"), "risker.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Rad 2, kolumn unit: Du får inte ändra risker i enheten");
    }

    private static HttpResponse<String> upload(WebClient web, String fileName, byte[] content) {
        String csrf = WebClient.csrfFrom(web.get("/risks/transfer").body());
        String boundary = "vaksam-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return web.send(HttpRequest.newBuilder(URI.create(web.base() + "/risks/transfer"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }
}
