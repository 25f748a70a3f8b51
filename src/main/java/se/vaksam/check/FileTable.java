package se.vaksam.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.vaksam.shared.DomainException;

/**
 * A file as read, before mapping: its header (first row) and data rows (numbered as in the file, blank rows
 * skipped). CSV must be UTF-8 (a BOM is allowed), comma- or semicolon-separated; XLSX is read from its first
 * sheet. Anything else is refused with a Swedish message naming the problem.
 */
public record FileTable(String fileName, byte[] content, List<String> header, List<Line> lines) {

    /** The largest population file accepted: 30 MB (100 000 case records as CSV are about 6 MB). */
    public static final long MAX_BYTES = 30L * 1024 * 1024;

    /** One data row: its number in the file (header = 1) and its cells in header order. */
    public record Line(int number, List<String> cells) {

        public String cell(int column) {
            return column < cells.size() && cells.get(column) != null ? cells.get(column).strip() : "";
        }
    }

    /** Reads a CSV (default) or XLSX ({@code .xlsx}) file, refusing what cannot be read. */
    public static FileTable read(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (content.length > MAX_BYTES) {
            throw new DomainException("check.import.error.tooLarge",
                    String.format(Locale.forLanguageTag("sv"), "%.1f", content.length / (1024.0 * 1024.0)),
                    MAX_BYTES / (1024 * 1024));
        }
        if (content.length == 0) {
            throw new DomainException("check.import.error.empty");
        }
        FileTable table = name.endsWith(".xlsx") ? xlsx(fileName, content) : csv(fileName, content);
        if (table.header().isEmpty() || table.header().stream().allMatch(String::isBlank)) {
            throw new DomainException("check.import.error.noHeader");
        }
        return table;
    }

    public int column(String header) {
        return header == null ? -1 : this.header.indexOf(header);
    }

    private static FileTable csv(String fileName, byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (MalformedInputException e) {
            throw new DomainException("check.import.error.encoding", firstBadByte(content));
        } catch (CharacterCodingException e) {
            throw new DomainException("check.import.error.encoding", 0);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\u0000') >= 0) {
            throw new DomainException("check.import.error.binary");
        }
        int firstLineEnd = text.indexOf('\n') < 0 ? text.length() : text.indexOf('\n');
        String firstLine = text.substring(0, firstLineEnd);
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
        long readLines = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = null;
            List<Line> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                readLines = parser.getCurrentLineNumber();
                List<String> cells = record.toList();
                if (header == null) {
                    header = cells.stream().map(String::strip).toList();
                    continue;
                }
                if (cells.stream().anyMatch(c -> !c.isBlank())) {
                    lines.add(new Line((int) record.getRecordNumber(), cells));
                }
            }
            return new FileTable(fileName, content, header == null ? List.of() : header, lines);
        } catch (IOException | RuntimeException e) {
            // The parser's own message is English and technical; the person gets the line to look at.
            throw new DomainException("check.import.error.csv", readLines + 1);
        }
    }

    private static int firstBadByte(byte[] content) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        var out = java.nio.CharBuffer.allocate(content.length + 1);
        decoder.decode(in, out, true);
        return in.position() + 1;
    }

    /** Date cells as ISO text (yyyy-MM-dd, or yyyy-MM-dd HH:mm with a time), others as shown. */
    private static String text(org.apache.poi.ss.usermodel.Cell cell, DataFormatter formatter) {
        if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
            java.time.LocalDateTime value = cell.getLocalDateTimeCellValue();
            return value.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? value.toLocalDate().toString()
                    : value.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        }
        return formatter.formatCellValue(cell);
    }

    private static FileTable xlsx(String fileName, byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Row headerRow = sheet.getRow(sheet.getFirstRowNum());
            List<String> header = new ArrayList<>();
            if (headerRow != null) {
                for (int c = 0; c < headerRow.getLastCellNum(); c++) {
                    header.add(formatter.formatCellValue(headerRow.getCell(c)).strip());
                }
            }
            List<Line> lines = new ArrayList<>();
            int start = headerRow == null ? 0 : headerRow.getRowNum() + 1;
            for (int r = start; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < header.size(); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                if (cells.stream().anyMatch(c -> !c.isBlank())) {
                    lines.add(new Line(r + 1, cells));
                }
            }
            return new FileTable(fileName, content, header, lines);
        } catch (IOException | RuntimeException e) {
            throw new DomainException("check.import.error.xlsx");
        }
    }
}
