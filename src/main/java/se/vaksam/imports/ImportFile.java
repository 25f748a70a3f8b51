package se.vaksam.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.vaksam.shared.DomainException;

/**
 * An uploaded file of historical records as the kinds read it: the header (row 1) and the data rows as cells by
 * header, trimmed, empty cells absent; row i of {@link #rows} is the file's row i + 2. CSV is UTF-8 (a BOM is
 * allowed) separated by {@code ;} as Swedish Excel writes it, or by {@code ,}; XLSX is read from its first sheet
 * (date cells as yyyy-MM-dd). Blank rows at the end are dropped; blank rows between are kept (empty) for the
 * caller to name. Beyond {@link #MAX_BYTES} or {@link #MAX_ROWS} the file is refused with a Swedish message.
 */
public record ImportFile(String fileName, String sha256, String sheet, List<String> header,
        List<Map<String, String>> rows) {

    public static final long MAX_BYTES = 50L * 1024 * 1024;
    public static final int MAX_ROWS = 200_000;

    /** Reads a CSV or XLSX ({@code .xlsx}, or the XLSX signature) file, refusing what cannot be read. */
    public static ImportFile read(String fileName, byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new DomainException("imports.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (content.length == 0) {
            throw new DomainException("imports.error.empty");
        }
        String name = fileName == null || fileName.isBlank() ? "fil" : fileName.strip();
        boolean xlsx = name.toLowerCase(Locale.ROOT).endsWith(".xlsx")
                || content.length > 1 && content[0] == 'P' && content[1] == 'K';
        String[] sheet = {""};
        List<List<String>> table = xlsx ? xlsx(content, sheet) : csv(content);
        while (!table.isEmpty() && table.get(table.size() - 1).stream().allMatch(String::isBlank)) {
            table.remove(table.size() - 1);
        }
        if (table.isEmpty() || table.get(0).stream().allMatch(String::isBlank)) {
            throw new DomainException("imports.error.noHeader");
        }
        if (table.size() - 1 > MAX_ROWS) {
            throw new DomainException("imports.error.tooManyRows", MAX_ROWS);
        }
        List<String> header = table.get(0).stream().map(String::strip).toList();
        List<Map<String, String>> rows = new ArrayList<>(table.size());
        for (List<String> cells : table.subList(1, table.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.size() && c < cells.size(); c++) {
                String value = cells.get(c) == null ? "" : cells.get(c).strip();
                if (!value.isEmpty() && !header.get(c).isEmpty()) {
                    row.put(header.get(c), value);
                }
            }
            rows.add(row);
        }
        return new ImportFile(name, sha256(content), sheet[0], header, rows);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<List<String>> csv(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new DomainException("imports.error.encoding");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new DomainException("imports.error.unreadable");
        }
        int end = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        String first = text.substring(0, end);
        char delimiter = first.chars().filter(c -> c == ';').count() >= first.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        List<List<String>> table = new ArrayList<>();
        long line = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text),
                CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get())) {
            for (CSVRecord record : parser) {
                line = parser.getCurrentLineNumber();
                if (table.size() > MAX_ROWS + 1) {
                    throw new DomainException("imports.error.tooManyRows", MAX_ROWS);
                }
                table.add(record.toList());
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new DomainException("imports.error.csv", line + 1);
        }
        return table;
    }

    private static List<List<String>> xlsx(byte[] content, String[] sheetName) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            sheetName[0] = sheet.getSheetName();
            if (sheet.getLastRowNum() > MAX_ROWS + 1) {
                throw new DomainException("imports.error.tooManyRows", MAX_ROWS);
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Row headerRow = sheet.getRow(0);
            int width = headerRow == null ? 0 : Math.max(0, headerRow.getLastCellNum());
            List<List<String>> table = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>(width);
                for (int c = 0; c < width; c++) {
                    cells.add(row == null ? "" : text(row.getCell(c), formatter));
                }
                table.add(cells);
            }
            return table;
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException domain) {
                throw domain;
            }
            throw new DomainException("imports.error.xlsx");
        }
    }

    /** Date cells as yyyy-MM-dd, numbers and text as shown. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell);
    }
}
