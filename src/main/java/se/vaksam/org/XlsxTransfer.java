package se.vaksam.org;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads and writes the organisation workbook: sheets Enheter, Personer and Placeringar. */
final class XlsxTransfer {

    private XlsxTransfer() {
    }

    static byte[] write(Map<TransferKind, List<List<String>>> data) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (TransferKind kind : TransferKind.values()) {
                Sheet sheet = workbook.createSheet(kind.sheetName());
                writeRow(sheet.createRow(0), kind.columns(), bold);
                int index = 1;
                for (List<String> row : data.getOrDefault(kind, List.of())) {
                    writeRow(sheet.createRow(index++), row, null);
                }
                for (int c = 0; c < kind.columns().size(); c++) {
                    sheet.setColumnWidth(c, 28 * 256);
                }
                sheet.createFreezePane(0, 1);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRow(Row row, List<String> values, CellStyle style) {
        for (int c = 0; c < values.size(); c++) {
            Cell cell = row.createCell(c, CellType.STRING);
            cell.setCellValue(values.get(c) == null ? "" : values.get(c));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    /** The three sheets' rows; a sheet that is missing comes back absent from the map. */
    static Map<TransferKind, TransferTable> read(InputStream in) throws IOException {
        Map<TransferKind, TransferTable> tables = new EnumMap<>(TransferKind.class);
        try (Workbook workbook = new XSSFWorkbook(in)) {
            DataFormatter formatter = new DataFormatter();
            for (TransferKind kind : TransferKind.values()) {
                Sheet sheet = workbook.getSheet(kind.sheetName());
                if (sheet != null) {
                    tables.put(kind, read(kind, sheet, formatter));
                }
            }
        }
        return tables;
    }

    private static TransferTable read(TransferKind kind, Sheet sheet, DataFormatter formatter) {
        Row headerRow = sheet.getRow(sheet.getFirstRowNum());
        List<String> header = new ArrayList<>();
        if (headerRow != null) {
            for (int c = 0; c < headerRow.getLastCellNum(); c++) {
                header.add(text(headerRow.getCell(c), formatter).strip());
            }
        }
        List<String> missing = kind.columns().stream().filter(c -> !header.contains(c)).toList();
        List<TransferTable.Row> rows = new ArrayList<>();
        int headerIndex = headerRow == null ? 0 : headerRow.getRowNum();
        for (int r = headerIndex + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c), text(row.getCell(c), formatter));
            }
            if (values.values().stream().anyMatch(v -> !v.isBlank())) {
                rows.add(new TransferTable.Row(r + 1, values));
            }
        }
        return new TransferTable(kind, kind.sheetName(), rows, missing);
    }

    /** A cell as text: dates as ISO dates, booleans as true/false, everything else as shown. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        if (type == CellType.BOOLEAN) {
            return Boolean.toString(cell.getBooleanCellValue());
        }
        return formatter.formatCellValue(cell);
    }
}
