package se.vaksam.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
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

/**
 * The XLSX template is what a person fills in: its headers, an example row that imports as it is, a sheet that
 * explains every column, and drop-down lists for the fixed values. Downloaded, filled and uploaded, it imports.
 */
@VaksamTest
class TemplateRoundTripTests {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    ApiClient admin;

    @BeforeEach
    void setUp() {
        admin = new ApiClient(port, tokens, "admin");
        jdbc.sql("delete from deviation where source_system = 'Flexite' and source_id like 'MALL-%'").update();
    }

    @Test
    void theDownloadedTemplateFilledInImports() throws IOException {
        byte[] template = admin.bytes("/api/v1/imports/deviations/template.xlsx");
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet data = workbook.getSheetAt(0);
            Sheet columns = workbook.getSheet("Kolumner");
            List<String> headers = new ArrayList<>();
            data.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).startsWith("Källans id", "Källsystem", "Diarienummer", "Typ", "Enhetskod");
            assertThat(columns.getRow(headers.indexOf("Mottagen") + 1).getCell(2).getStringCellValue())
                    .contains("ÅÅÅÅ-MM-DD", "tertial");
            int kind = headers.indexOf("Typ");
            assertThat(data.getDataValidations()).anySatisfy(v -> assertThat(covers(v, kind)).isTrue());
            assertThat(data.getDataValidations()).noneSatisfy(v -> assertThat(covers(v, headers.indexOf("Rubrik"))).isTrue());

            Row example = data.getRow(1);
            example.getCell(headers.indexOf("Källans id")).setCellValue("MALL-1");
            Row own = data.createRow(2);
            set(own, headers, "Källans id", "MALL-2");
            set(own, headers, "Källsystem", "Flexite");
            set(own, headers, "Typ", "Kvalitetsavvikelse");
            set(own, headers, "Enhetskod", "IFO-BU-MOT-1");
            set(own, headers, "Rubrik", "Journalanteckning saknades");
            set(own, headers, "Beskrivning", "Anteckning från hembesök fördes inte in.");
            set(own, headers, "Mottagen", "2021-05-04");
            set(own, headers, "Tilldelad", "2021-05-05");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        }

        HttpResponse<String> response = admin.upload("/api/v1/imports/deviations", "ifylld mall.xlsx", filled);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.body()).contains("\"created\":2");
        assertThat(jdbc.sql("select kind || ' ' || status || ' ' || case_number from deviation"
                        + " where source_system = 'Flexite' and source_id like 'MALL-%' order by source_id")
                .query(String.class).list())
                .satisfiesExactly(lexSarah -> assertThat(lexSarah).startsWith("LEX_SARAH CLOSED AVV-2021-"),
                        quality -> assertThat(quality).startsWith("QUALITY ASSIGNED AVV-2021-"));
    }

    @Test
    void theTemplateAsCsvImportsItsExampleRow() {
        byte[] csv = admin.bytes("/api/v1/imports/deviations/template.csv");
        String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8).replace("F-2021-0042", "MALL-3");

        HttpResponse<String> response = admin.upload("/api/v1/imports/deviations?dryRun=true", "mall.csv",
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"created\":1");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"risks", "self-assessments"})
    void theTemplateOfEveryNewKindImportsItsExampleRowAsXlsxAndAsCsv(String kind) throws IOException {
        byte[] template = admin.bytes("/api/v1/imports/" + kind + "/template.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet data = workbook.getSheetAt(0);
            assertThat(data.getDataValidations()).as("drop-down lists of the fixed values").isNotEmpty();
            assertThat(workbook.getSheet("Kolumner").getLastRowNum()).isEqualTo(data.getRow(0).getLastCellNum());
        }

        HttpResponse<String> xlsx = admin.upload("/api/v1/imports/" + kind + "?dryRun=true", "mall.xlsx", template);
        HttpResponse<String> csv = admin.upload("/api/v1/imports/" + kind + "?dryRun=true", "mall.csv",
                admin.bytes("/api/v1/imports/" + kind + "/template.csv"));

        assertThat(xlsx.statusCode()).as(xlsx.body()).isEqualTo(200);
        assertThat(xlsx.body()).contains("\"created\":1");
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.body()).contains("\"created\":1");
    }

    private static boolean covers(DataValidation validation, int column) {
        for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
            if (range.getFirstColumn() <= column && column <= range.getLastColumn() && range.getFirstRow() == 1) {
                return true;
            }
        }
        return false;
    }

    private static void set(Row row, List<String> headers, String header, String value) {
        row.createCell(headers.indexOf(header)).setCellValue(value);
    }
}
