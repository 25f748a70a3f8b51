package se.vaksam.risk.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.vaksam.risk.RiskTransfer;

/** The register as CSV (UTF-8, comma, header row) or XLSX (one sheet "Risker", header row, text cells). */
final class RiskFiles {

    static final String SHEET = "Risker";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private RiskFiles() {
    }

    /** A file's header and rows (header is row 1; blank rows skipped). */
    record Table(List<String> header, List<RiskTransfer.Row> rows) {
    }

    static byte[] csv(List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out,
                FORMAT.builder().setHeader(RiskTransfer.COLUMNS.toArray(String[]::new)).get())) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(List<List<String>> rows) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            write(sheet.createRow(0), RiskTransfer.COLUMNS);
            for (int r = 0; r < rows.size(); r++) {
                write(sheet.createRow(r + 1), rows.get(r));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            row.createCell(c, CellType.STRING).setCellValue(values.get(c));
        }
    }

    static Table readCsv(InputStream in) throws IOException {
        Reader reader = new PushbackReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            ((PushbackReader) reader).unread(first);
        }
        CSVFormat format = FORMAT.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames().stream().map(String::strip).toList();
            List<RiskTransfer.Row> rows = new ArrayList<>();
            int number = 1;
            for (CSVRecord record : parser) {
                number++;
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    values.put(header.get(i), record.get(i));
                }
                if (values.values().stream().anyMatch(v -> !v.isBlank())) {
                    rows.add(new RiskTransfer.Row(number, values));
                }
            }
            return new Table(header, rows);
        }
    }

    static Table readXlsx(InputStream in) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet(SHEET) != null ? workbook.getSheet(SHEET) : workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            List<String> header = new ArrayList<>();
            if (headerRow != null) {
                for (int c = 0; c < headerRow.getLastCellNum(); c++) {
                    header.add(text(headerRow.getCell(c), formatter).strip());
                }
            }
            List<RiskTransfer.Row> rows = new ArrayList<>();
            int start = headerRow == null ? 0 : headerRow.getRowNum() + 1;
            for (int r = start; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    values.put(header.get(c), text(row.getCell(c), formatter));
                }
                if (values.values().stream().anyMatch(v -> !v.isBlank())) {
                    rows.add(new RiskTransfer.Row(r + 1, values));
                }
            }
            return new Table(header, rows);
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        return cell == null ? "" : formatter.formatCellValue(cell);
    }
}
