package se.vaksam.survey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import se.vaksam.plan.ResultTable;

/** A survey's result table as CSV (UTF-8 with BOM, {@code ;}) or XLSX, numbers as numbers. */
@Component
public class SurveyExport {

    private final SurveyResults results;

    SurveyExport(SurveyResults results) {
        this.results = results;
    }

    public byte[] csv(long surveyId) {
        ResultTable table = results.table(surveyId);
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(String.join(";", table.columns().stream().map(c -> quote(c.header())).toList())).append("\r\n");
        for (var row : table.rows()) {
            csv.append(String.join(";", row.stream().map(c -> quote(c.display())).toList())).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] xlsx(long surveyId) {
        ResultTable table = results.table(surveyId);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Resultat");
            Row head = sheet.createRow(0);
            for (int i = 0; i < table.columns().size(); i++) {
                head.createCell(i).setCellValue(table.columns().get(i).header());
            }
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                var cells = table.rows().get(r);
                for (int i = 0; i < cells.size(); i++) {
                    var cell = cells.get(i);
                    if (cell.number() != null) {
                        row.createCell(i).setCellValue(cell.number().doubleValue());
                    } else {
                        row.createCell(i).setCellValue(cell.text() == null ? "" : cell.text());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quote(String value) {
        String v = value == null ? "" : value;
        if (v.matches("^[=+\\-@].*")) {
            v = "'" + v;
        }
        return v.contains(";") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
