package se.vaksam.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import se.vaksam.shared.DomainException;

/** How an uploaded file is read: CSV as Swedish Excel saves it or with commas, XLSX with date cells, and the bounds. */
class ImportFileTests {

    @Test
    void csvWithByteOrderMarkAndSemicolonsGivesCellsByHeaderWithoutEmptyOnes() {
        ImportFile file = ImportFile.read("a.csv", "\uFEFFKällans id;Typ;Rubrik\r\nA-1; Kvalitetsavvikelse ;\r\n\r\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(file.header()).containsExactly("Källans id", "Typ", "Rubrik");
        assertThat(file.rows()).containsExactly(Map.of("Källans id", "A-1", "Typ", "Kvalitetsavvikelse"));
        assertThat(file.sha256()).hasSize(64);
    }

    @Test
    void csvWithCommasIsReadToo() {
        ImportFile file = ImportFile.read("a.csv", "Källans id,Rubrik\nA-1,\"Fel; adress\"\n".getBytes(StandardCharsets.UTF_8));

        assertThat(file.rows()).containsExactly(Map.of("Källans id", "A-1", "Rubrik", "Fel; adress"));
    }

    @Test
    void xlsxDateCellsReadAsIsoDatesAndTheSheetIsNamed() throws IOException {
        byte[] content;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Avvikelser 2021");
            sheet.createRow(0).createCell(0).setCellValue("Mottagen");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(LocalDate.of(2021, 3, 5));
            row.getCell(0).setCellStyle(date);
            workbook.write(out);
            content = out.toByteArray();
        }

        ImportFile file = ImportFile.read("a.xlsx", content);

        assertThat(file.sheet()).isEqualTo("Avvikelser 2021");
        assertThat(file.rows()).containsExactly(Map.of("Mottagen", "2021-03-05"));
    }

    @Test
    void moreThanTwoHundredThousandRowsAreRefusedInSwedish() {
        StringBuilder csv = new StringBuilder("a;b\n");
        for (int i = 0; i <= ImportFile.MAX_ROWS; i++) {
            csv.append(i).append(";x\n");
        }

        assertThatThrownBy(() -> ImportFile.read("a.csv", csv.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("imports.error.tooManyRows"));
    }

    @Test
    void moreThanFiftyMegabytesAreRefusedInSwedish() {
        byte[] large = new byte[(int) ImportFile.MAX_BYTES + 1];

        assertThatThrownBy(() -> ImportFile.read("a.csv", large)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.getMessage()).isEqualTo("imports.error.tooLarge"));
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
        assertThatThrownBy(() -> ImportFile.read("a.csv", "Rubrik\nFel på år".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("imports.error.encoding"));
    }
}
