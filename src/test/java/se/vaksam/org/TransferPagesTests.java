package se.vaksam.org;

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
class TransferPagesTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void onlyAdministratorsAndCoordinatorsMayImportOrExport() {
        WebClient head = signedIn("ifo.sek.mot1");
        assertThat(head.get("/").body()).doesNotContain("Import och export").contains("Organisation").contains("Personer");
        assertThat(head.get("/org/transfer").statusCode()).isEqualTo(403);
        assertThat(head.get("/org/transfer/units.csv").statusCode()).isEqualTo(403);
        assertThat(head.get("/org/transfer/organisation.xlsx").statusCode()).isEqualTo(403);

        WebClient coordinator = signedIn("ik.samordnare");
        assertThat(coordinator.get("/").body()).contains("Import och export");
        assertThat(coordinator.get("/org/transfer").statusCode()).isEqualTo(200);
        HttpResponse<String> csv = coordinator.get("/org/transfer/units.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("units.csv"));
        assertThat(csv.body()).startsWith("code,name,type,parent_code\nASF,").doesNotContain("\nKS,");
    }

    @Test
    void anUploadWithErrorsListsThemOnThePageAndImportsNothing() {
        WebClient web = signedIn("ik.samordnare");
        int units = OrgTestSupport.count(jdbc, "org_unit");
        HttpResponse<String> response = upload(web, "UNITS", "units.csv", """
                code,name,type,parent_code
                NY-WEB,Ny sektion,SECTION,IFO-X
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("govuk-error-summary").contains("Importen genomfördes inte")
                .contains("Rad 2, kolumn parent_code: enheten IFO-X finns inte");
        assertThat(OrgTestSupport.count(jdbc, "org_unit")).isEqualTo(units);
    }

    @Test
    void aFileThatIsNotCsvOrAnUnknownKindGetsASwedishAnswerOnThePageAndImportsNothing() {
        WebClient web = signedIn("ik.samordnare");
        int units = OrgTestSupport.count(jdbc, "org_unit");

        HttpResponse<String> blank = upload(web, "UNITS", "units.csv", "\n".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> brokenQuoting = upload(web, "UNITS", "units.csv", """
                code,name,type,parent_code
                "NY-WEB,Ny sektion,SECTION,"IFO"X
                """.getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> garbageKind = upload(web, "garbage", "units.csv", "code\nX\n".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> emptyWorkbook = upload(web, "WORKBOOK", "organisation.xlsx", new byte[0]);

        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(brokenQuoting.statusCode()).isEqualTo(422);
        assertThat(brokenQuoting.body()).contains("Filen går inte att läsa som CSV").doesNotContain("CSVException");
        assertThat(garbageKind.statusCode()).isEqualTo(422);
        assertThat(garbageKind.body()).contains("Välj vad filen innehåller");
        assertThat(emptyWorkbook.statusCode()).isEqualTo(422);
        assertThat(OrgTestSupport.count(jdbc, "org_unit")).isEqualTo(units);
    }

    @Test
    void anExportedWorkbookUploadsBackWithNoChanges() {
        WebClient web = signedIn("admin");
        HttpResponse<byte[]> workbook = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/org/transfer/organisation.xlsx"))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(workbook.statusCode()).isEqualTo(200);
        HttpResponse<String> response = upload(web, "WORKBOOK", "organisation.xlsx", workbook.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Importen är klar: 0 poster skapades eller ändrades.");
    }

    private WebClient signedIn(String username) {
        return OrgTestSupport.signedIn(port, username);
    }

    private static HttpResponse<String> upload(WebClient web, String kind, String fileName, byte[] content) {
        String csrf = WebClient.csrfFrom(web.get("/org/transfer").body());
        String boundary = "vaksam-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return web.send(HttpRequest.newBuilder(URI.create(web.base() + "/org/transfer"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }
}
