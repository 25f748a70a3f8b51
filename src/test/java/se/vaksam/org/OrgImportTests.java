package se.vaksam.org;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vaksam.org.OrgTestSupport.count;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import se.vaksam.VaksamTest;
import se.vaksam.history.HistoryQuery;

/** Changes the demo tree (new and moved units), so later test classes get a fresh database. */
@VaksamTest
@DirtiesContext
class OrgImportTests {

    @Autowired
    OrgImport importer;

    @Autowired
    OrgExport export;

    @Autowired
    HistoryQuery history;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signIn() {
        OrgTestSupport.signInAs("admin");
    }

    @AfterEach
    void signOut() {
        OrgTestSupport.signOut();
    }

    @Test
    void aMissingCsvColumnIsNamedAndNothingIsImported() throws IOException {
        assertRefused(TransferKind.UNITS, """
                code,name,type
                NY-1,Ny enhet,SECTION
                """, "Rad 1, kolumn parent_code: kolumnen saknas");
    }

    @Test
    void aMissingWorkbookColumnIsNamedWithItsSheetAndNothingIsImported() throws IOException {
        Map<TransferKind, List<List<String>>> rows = Map.of(
                TransferKind.UNITS, List.of(List.of("NY-X", "Ny sektion", "SECTION", "IFO-BU-MOT")),
                TransferKind.PEOPLE, List.of(), TransferKind.PLACEMENTS, List.of());
        byte[] workbook = XlsxTransfer.write(rows);
        byte[] withoutEmail = withoutColumn(workbook, "Personer", 3);
        Counts before = counts();
        OrgImport.ImportResult result = importer.importWorkbook(new ByteArrayInputStream(withoutEmail));
        assertThat(result.problems()).containsExactly("Personer, rad 1, kolumn email: kolumnen saknas");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aCycleInTheTreeIsRefused() throws IOException {
        assertRefused(TransferKind.UNITS, """
                code,name,type,parent_code
                IFO-BU,Avdelningen för barn och unga,DEPARTMENT,IFO-BU-MOT
                """, "Rad 2, kolumn parent_code: enheten IFO-BU skulle hamna under sig själv via IFO-BU-MOT (cykel i trädet)");
    }

    @Test
    void aDuplicateUnitCodeInTheFileIsRefused() throws IOException {
        assertRefused(TransferKind.UNITS, """
                code,name,type,parent_code
                NY-2,Ny sektion,SECTION,IFO-BU-MOT
                NY-2,Samma kod igen,SECTION,IFO-BU-MOT
                """, "Rad 3, kolumn code: koden NY-2 förekommer redan på rad 2");
    }

    @Test
    void anUnknownUnitTypeIsRefused() throws IOException {
        assertRefused(TransferKind.UNITS, """
                code,name,type,parent_code
                NY-3,Ny grupp,GROUP,IFO-BU-MOT
                """, "Rad 2, kolumn type: okänd enhetstyp GROUP");
    }

    @Test
    void aParentTypeThatIsNotAllowedIsRefused() throws IOException {
        assertRefused(TransferKind.UNITS, """
                code,name,type,parent_code
                NY-4,Sektion direkt under förvaltningen,SECTION,ASF
                """, "Rad 2, kolumn parent_code: en enhet av typen Sektion får inte ligga under ASF som är av typen Förvaltning");
    }

    @Test
    void anUnknownParentIsRefused() throws IOException {
        assertRefused(TransferKind.UNITS, """
                code,name,type,parent_code
                NY-5,Ny sektion,SECTION,IFO-X
                """, "Rad 2, kolumn parent_code: enheten IFO-X finns inte");
    }

    @Test
    void anUnknownRoleIsRefused() throws IOException {
        assertRefused(TransferKind.PLACEMENTS, """
                username,unit_code,role,valid_from,valid_to
                ifo.soc1,IFO-BU-MOT-1,BOSS,2024-01-01,
                """, "Rad 2, kolumn role: okänd roll BOSS");
    }

    @Test
    void aBadDateIsRefused() throws IOException {
        assertRefused(TransferKind.PLACEMENTS, """
                username,unit_code,role,valid_from,valid_to
                ifo.soc1,IFO-BU-MOT-1,EMPLOYEE,2024-13-01,
                ifo.soc1,IFO-BU-MOT-2,EMPLOYEE,2024-01-01,31/12/2024
                """, "Rad 2, kolumn valid_from: ogiltigt datum 2024-13-01 (skriv ÅÅÅÅ-MM-DD)",
                "Rad 3, kolumn valid_to: ogiltigt datum 31/12/2024 (skriv ÅÅÅÅ-MM-DD)");
    }

    @Test
    void anUnknownUsernameOrUnitCodeInPlacementsIsRefused() throws IOException {
        assertRefused(TransferKind.PLACEMENTS, """
                username,unit_code,role,valid_from,valid_to
                ingen.alls,IFO-BU-MOT-1,EMPLOYEE,2024-01-01,
                ifo.soc1,IFO-X,EMPLOYEE,2024-01-01,
                """, "Rad 2, kolumn username: personen ingen.alls finns inte",
                "Rad 3, kolumn unit_code: enheten IFO-X finns inte");
    }

    @Test
    void oneBadRowStopsTheGoodRowsToo() throws IOException {
        assertRefused(TransferKind.UNITS, """
                code,name,type,parent_code
                NY-6,En helt korrekt sektion,SECTION,IFO-BU-MOT
                IFO-BU-MOT-1,Sektion mottagning 1 (nytt namn),SECTION,IFO-BU-MOT
                NY-7,Fel typ,SECTOR,IFO-BU-MOT
                """, "Rad 4, kolumn type: okänd enhetstyp SECTOR");
        assertThat(jdbc.sql("select count(*) from org_unit where code = 'NY-6'").query(Integer.class).single()).isZero();
    }

    @Test
    void exportThenImportChangesNothingAndTheNextExportIsIdentical() throws IOException {
        int historyBefore = count(jdbc, "history_entry");
        Map<TransferKind, String> first = new java.util.EnumMap<>(TransferKind.class);
        for (TransferKind kind : TransferKind.values()) {
            first.put(kind, export.csv(kind));
        }
        for (TransferKind kind : TransferKind.values()) {
            OrgImport.ImportResult result = importer.importCsv(kind, stream(first.get(kind)));
            assertThat(result.problems()).isEmpty();
            assertThat(result.changedRecords()).isZero();
        }
        for (TransferKind kind : TransferKind.values()) {
            assertThat(export.csv(kind)).isEqualTo(first.get(kind));
        }
        assertThat(count(jdbc, "history_entry")).isEqualTo(historyBefore);
        assertThat(first.get(TransferKind.UNITS)).startsWith("code,name,type,parent_code\nMALMO,Malmö stad,MUNICIPALITY,\n");
    }

    @Test
    void theWorkbookRoundTripsUnchanged() throws IOException {
        int historyBefore = count(jdbc, "history_entry");
        byte[] workbook = export.workbook();
        OrgImport.ImportResult result = importer.importWorkbook(new ByteArrayInputStream(workbook));
        assertThat(result.problems()).isEmpty();
        assertThat(result.changedRecords()).isZero();
        assertThat(sheets(export.workbook())).isEqualTo(sheets(workbook));
        assertThat(count(jdbc, "history_entry")).isEqualTo(historyBefore);
        assertThat(sheets(workbook).get(TransferKind.PLACEMENTS)).contains(
                List.of("ifo.fss", "IFO-BU-MOT-2", "EMPLOYEE", "2019-01-01", "2020-12-31"));
    }

    @Test
    void anAcceptedImportCreatesAndChangesAndRecordsHistoryWithReasonImport() throws IOException {
        OrgImport.ImportResult result = importer.importCsv(TransferKind.UNITS, stream("""
                code,name,type,parent_code
                IFO-BU-MOT-3,Sektion mottagning 3,SECTION,IFO-BU-MOT
                IFO-BU-UTR-1,Sektion utredning ett,SECTION,IFO-BU-UTR
                """));
        assertThat(result.problems()).isEmpty();
        assertThat(result.changedRecords()).isEqualTo(2);
        long created = OrgTestSupport.unitId(jdbc, "IFO-BU-MOT-3");
        assertThat(history.historyOf("org.unit", Long.toString(created)))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("CREATED"))
                .allSatisfy(e -> assertThat(e.reason()).isEqualTo("Import"));
        HistoryQuery.Entry renamed = history.historyOf("org.unit",
                Long.toString(OrgTestSupport.unitId(jdbc, "IFO-BU-UTR-1"))).get(0);
        assertThat(renamed.reason()).isEqualTo("Import");
        assertThat(renamed.changes()).containsExactly(
                new HistoryQuery.Change("name", "Sektion utredning 1", "Sektion utredning ett"));
    }

    @Test
    void aCoordinatorCannotImportChangesOutsideTheirScope() throws IOException {
        OrgTestSupport.signInAs("ik.samordnare");
        assertRefused(TransferKind.UNITS, """
                code,name,type,parent_code
                KS,Kommunstyrelsen i Malmö,EXECUTIVE_BOARD,MALMO
                """, "Rad 2, kolumn code: du har inte behörighet att ändra i enheten KS");
    }

    @Test
    void nobodyImportsTheirOwnPlacementsOrARoleThatOpensConfidentialRecords() throws IOException {
        OrgTestSupport.signInAs("ik.samordnare");
        assertRefused(TransferKind.PLACEMENTS, """
                username,unit_code,role,valid_from,valid_to
                ik.samordnare,ASF,SYSTEM_ADMINISTRATOR,2026-01-01,
                ifo.soc1,IFO-BU-MOT-1,LEX_SARAH_INVESTIGATOR,2026-01-01,
                """, "Rad 2, kolumn role: du får inte ge rollen SYSTEM_ADMINISTRATOR i enheten ASF",
                "Rad 3, kolumn role: du får inte ge rollen LEX_SARAH_INVESTIGATOR i enheten IFO-BU-MOT-1");
        OrgTestSupport.signInAs("admin");
        assertRefused(TransferKind.PLACEMENTS, """
                username,unit_code,role,valid_from,valid_to
                ifo.soc1,IFO-BU-MOT-1,QUALITY_CONTROLLER,2026-01-01,
                """, "Rad 2, kolumn role: du får inte ge rollen QUALITY_CONTROLLER i enheten IFO-BU-MOT-1");
    }

    private void assertRefused(TransferKind kind, String csv, String... problems) throws IOException {
        Counts before = counts();
        OrgImport.ImportResult result = importer.importCsv(kind, stream(csv));
        assertThat(result.accepted()).isFalse();
        assertThat(result.problems()).containsExactly(problems);
        assertThat(counts()).isEqualTo(before);
    }

    record Counts(int units, int people, int placements, int history, String names) {
    }

    private Counts counts() {
        return new Counts(count(jdbc, "org_unit"), count(jdbc, "person"), count(jdbc, "placement"),
                count(jdbc, "history_entry"),
                String.join("|", jdbc.sql("select name from org_unit order by id").query(String.class).list()));
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<TransferKind, List<List<String>>> sheets(byte[] workbook) throws IOException {
        Map<TransferKind, List<List<String>>> result = new java.util.EnumMap<>(TransferKind.class);
        XlsxTransfer.read(new ByteArrayInputStream(workbook)).forEach((kind, table) -> result.put(kind,
                table.rows().stream().map(r -> kind.columns().stream().map(r::get).toList()).toList()));
        return result;
    }

    private static byte[] withoutColumn(byte[] workbook, String sheetName, int column) throws IOException {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(workbook));
                var out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.getSheet(sheetName);
            for (var row : sheet) {
                var cell = row.getCell(column);
                if (cell != null) {
                    row.removeCell(cell);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
