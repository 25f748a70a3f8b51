package se.vaksam.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vaksam.support.ImportSheet.problem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vaksam.VaksamTest;
import se.vaksam.security.ApiTokens;
import se.vaksam.support.ApiClient;
import se.vaksam.support.ImportSheet;
import se.vaksam.support.WebClient;

/**
 * A municipality brings in its register of governing documents (issue 14): the documents come in with their decision,
 * validity and revision dates, the register lists them and the owner's start page asks for the overdue revision; the
 * same file again changes nothing; a changed row updates its document with history; a file with bad rows writes
 * nothing and names every problem by row and column.
 */
@VaksamTest
class GoverningDocumentImportTests {

    static final String PATH = "/api/v1/imports/governing-documents";

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    ApiClient admin;

    @BeforeEach
    void noEarlierImport() {
        admin = new ApiClient(port, tokens, "admin");
        jdbc.sql("delete from governing_document where source_id like 'GI-%'").update();
    }

    static ImportSheet register(String prefix) {
        return new ImportSheet("Käll-id", "Enhetskod", "Rubrik", "Typ", "Dokumentägare", "Beslutad av",
                "Beslutsdatum", "Diarienummer", "Gäller från", "Revideras var (månader)", "Nästa revidering",
                "Införande", "Länk")
                .row("Käll-id", prefix + "1", "Enhetskod", "AMA-EB", "Rubrik", prefix + " Riktlinjer för boendestöd",
                        "Typ", "Riktlinje", "Dokumentägare", "ama.avd.eb", "Beslutad av",
                        "Arbetsmarknads- och socialnämnden", "Beslutsdatum", "2021-03-17", "Diarienummer",
                        "ASN-2021-311", "Gäller från", "2021-04-01", "Nästa revidering", "2024-03-31", "Införande",
                        "Infört", "Länk", "https://intranat.kommun.se/boendestod")
                .row("Käll-id", prefix + "2", "Enhetskod", "AMA-EB", "Rubrik", prefix + " Rutin för hembesök",
                        "Typ", "rutin", "Beslutad av", "Avdelningschef", "Beslutsdatum", "2022-10-03",
                        "Revideras var (månader)", "24")
                .row("Käll-id", prefix + "3", "Enhetskod", "ASF", "Rubrik", prefix + " Anvisning för arkivering",
                        "Typ", "Anvisning", "Införande", "Införs");
    }

    private Map<String, Object> stored(String sourceId) {
        return jdbc.sql("""
                select d.id, u.code, d.title, d.kind, d.owner_username, d.decided_by, d.decided_on::text as decided_on,
                       d.diary_number, d.valid_from::text as valid_from, d.revision_months,
                       d.next_revision::text as next_revision, d.implementation_status, d.link
                from governing_document d join org_unit u on u.id = d.owning_unit_id where d.source_id = ?""")
                .param(sourceId).query().singleRow();
    }

    private long entries() {
        return jdbc.sql("select count(*) from history_entry where record_type = 'governance.document'")
                .query(Long.class).single();
    }

    @Test
    void importedDocumentsComeWithTheirDatesAndTheOwnerIsAskedForTheOverdueRevision() {
        HttpResponse<String> response = admin.upload(PATH, "styrdokument 2021-2023.csv", register("GI-A").csv());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.body()).contains("\"created\":3", "\"updated\":0", "\"unchanged\":0");
        Map<String, Object> guideline = stored("GI-A1");
        assertThat(guideline).containsEntry("code", "AMA-EB").containsEntry("kind", "GUIDELINE")
                .containsEntry("owner_username", "ama.avd.eb").containsEntry("decided_on", "2021-03-17")
                .containsEntry("diary_number", "ASN-2021-311").containsEntry("valid_from", "2021-04-01")
                .containsEntry("next_revision", "2024-03-31").containsEntry("implementation_status", "IMPLEMENTED")
                .containsEntry("link", "https://intranat.kommun.se/boendestod");
        assertThat(stored("GI-A2")).containsEntry("kind", "ROUTINE").containsEntry("revision_months", 24)
                .containsEntry("next_revision", "2024-10-03").containsEntry("implementation_status", "NOT_STARTED");
        assertThat(stored("GI-A3")).containsEntry("implementation_status", "IN_PROGRESS")
                .containsEntry("next_revision", null);
        assertThat(jdbc.sql("""
                select action || ' ' || username || ' ' || reason from history_entry
                where record_type = 'governance.document' and record_id = ?""")
                .param(guideline.get("id").toString()).query(String.class).single())
                .startsWith("IMPORTED admin styrdokument 2021-2023.csv (SHA-256 ");

        HttpResponse<String> overdue = admin.get("/api/v1/governing-documents?overdue=true");
        assertThat(overdue.body()).contains("GI-A Riktlinjer för boendestöd", "GI-A Rutin för hembesök")
                .doesNotContain("GI-A Anvisning för arkivering");
        WebClient owner = new WebClient(port);
        owner.login("ama.avd.eb", "vaksam");
        assertThat(owner.get("/").body()).contains("Revidera styrdokument", "GI-A Riktlinjer för boendestöd");
        assertThat(owner.get("/governing-documents/" + guideline.get("id")).body())
                .contains("GI-A Riktlinjer för boendestöd", "ASN-2021-311", "Inläst");
    }

    @Test
    void theSameFileAgainChangesNothingAndAChangedRowUpdatesItsDocumentWithHistory() {
        ImportSheet register = register("GI-B");
        admin.upload(PATH, "register.csv", register.csv());
        long entries = entries();
        String versions = jdbc.sql("select string_agg(id || ':' || version, ',' order by id) from governing_document"
                + " where source_id like 'GI-B%'").query(String.class).single();

        HttpResponse<String> again = admin.upload(PATH, "register igen.csv", register.csv());

        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(again.body()).contains("\"created\":0", "\"updated\":0", "\"unchanged\":3");
        assertThat(entries()).isEqualTo(entries);
        assertThat(jdbc.sql("select string_agg(id || ':' || version, ',' order by id) from governing_document"
                + " where source_id like 'GI-B%'").query(String.class).single()).isEqualTo(versions);

        register.set(2, "Nästa revidering", "2027-03-31").set(2, "Införande", "Införs");
        HttpResponse<String> changed = admin.upload(PATH, "register rättad.csv", register.csv());

        assertThat(changed.body()).contains("\"created\":0", "\"updated\":1", "\"unchanged\":2");
        assertThat(stored("GI-B1")).containsEntry("next_revision", "2027-03-31")
                .containsEntry("implementation_status", "IN_PROGRESS");
        assertThat(jdbc.sql("""
                select c.field || ': ' || c.before_value || ' → ' || c.after_value
                from history_change c join history_entry e on e.id = c.entry_id
                where e.record_type = 'governance.document' and e.record_id = ? and e.action = 'IMPORTED'
                  and e.reason like 'register rättad.csv%' order by c.field""")
                .param(stored("GI-B1").get("id").toString()).query(String.class).list())
                .containsExactly("implementationStatus: IMPLEMENTED → IN_PROGRESS",
                        "nextRevision: 2024-03-31 → 2027-03-31");
    }

    @Test
    void aFileWithBadRowsWritesNothingAndNamesEveryProblemByRowAndColumn() {
        ImportSheet register = register("GI-C")
                .set(2, "Nästa revidering", "2021-01-31")
                .set(3, "Enhetskod", "FINNS-INTE")
                .set(3, "Gäller från", "2022-09-01")
                .set(4, "Typ", "Policy")
                .set(4, "Dokumentägare", "ingen.alls");
        register.row("Käll-id", "GI-C1", "Enhetskod", "ASN", "Rubrik", "Dubblett", "Typ", "Rutin");
        long entries = entries();

        HttpResponse<String> response = admin.upload(PATH, "fel.csv", register.csv());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(response.body()).contains(
                problem(2, "Nästa revidering", "2021-01-31", "Datumet måste ligga efter Beslutsdatum (2021-03-17)."),
                problem(3, "Enhetskod", "FINNS-INTE", "Det finns ingen enhet med den koden."),
                problem(3, "Gäller från", "2022-09-01", "Datumet ligger före Beslutsdatum (2022-10-03)."),
                problem(4, "Typ", "Policy", "Värdet finns inte i listan. Tillåtna värden: Riktlinje, Rutin, Kärnprocess, Anvisning."),
                problem(4, "Dokumentägare", "ingen.alls", "Det finns ingen person med det användarnamnet."),
                problem(5, "Käll-id", "GI-C1", "Käll-id:t förekommer redan på rad 2."));
        assertThat(jdbc.sql("select count(*) from governing_document where source_id like 'GI-C%'")
                .query(Long.class).single()).isZero();
        assertThat(entries()).isEqualTo(entries);
    }

    @Test
    void theTemplateNamesTheColumnsOffersTheKindsAndItsExampleRowImports() throws IOException {
        byte[] xlsx = admin.bytes(PATH + "/template.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet data = workbook.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            data.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsExactly("Käll-id", "Enhetskod", "Rubrik", "Typ", "Dokumentägare",
                    "Beslutad av", "Beslutsdatum", "Diarienummer", "Gäller från", "Revideras var (månader)",
                    "Nästa revidering", "Införande", "Länk");
            assertThat(workbook.getSheet("Kolumner").getRow(headers.indexOf("Nästa revidering") + 1).getCell(2)
                    .getStringCellValue()).contains("efter beslutsdatumet");
            int kind = headers.indexOf("Typ");
            assertThat(data.getDataValidations()).anySatisfy(v -> assertThat(v.getRegions().getCellRangeAddresses())
                    .anySatisfy((CellRangeAddress r) -> assertThat(r.getFirstColumn()).isEqualTo(kind)));
        }
        String csv = new String(admin.bytes(PATH + "/template.csv"), StandardCharsets.UTF_8).replace("SD-2021-12",
                "GI-D1");

        HttpResponse<String> imported = admin.upload(PATH, "mall.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertThat(imported.body()).contains("\"created\":1");
        assertThat(stored("GI-D1")).containsEntry("code", "ASN").containsEntry("next_revision", "2024-06-30");
    }
}
