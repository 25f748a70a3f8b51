package se.vaksam.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.vaksam.shared.HistoryImport;
import se.vaksam.shared.HistoryImport.Column;

/**
 * The templates of a kind: XLSX with the headers and one example row, a second sheet explaining each column,
 * and drop-down lists for the fixed values (kept on a hidden third sheet, so that long lists fit); and CSV,
 * UTF-8 with a byte-order mark and {@code ;} between cells, as Swedish Excel opens and saves it.
 */
final class Templates {

    /** The rows a drop-down list covers (the data rows of the largest file accepted). */
    static final int LIST_ROWS = ImportFile.MAX_ROWS + 1;

    private Templates() {
    }

    static byte[] xlsx(HistoryImport kind, Function<String, String> message) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet data = workbook.createSheet(message.apply("imports.template.sheet.data"));
            Sheet help = workbook.createSheet(message.apply("imports.template.sheet.columns"));
            Sheet lists = workbook.createSheet("Listor");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            List<Column> columns = kind.columns();
            Row header = data.createRow(0);
            Row example = data.createRow(1);
            Row helpHeader = help.createRow(0);
            String[] helpTitles = {message.apply("imports.template.column"), message.apply("imports.template.required"),
                    message.apply("imports.template.description"), message.apply("imports.template.values")};
            for (int i = 0; i < helpTitles.length; i++) {
                helpHeader.createCell(i).setCellValue(helpTitles[i]);
                helpHeader.getCell(i).setCellStyle(bold);
            }
            DataValidationHelper validations = data.getDataValidationHelper();
            for (int c = 0; c < columns.size(); c++) {
                Column column = columns.get(c);
                header.createCell(c).setCellValue(column.header());
                header.getCell(c).setCellStyle(bold);
                example.createCell(c).setCellValue(column.example());
                data.setColumnWidth(c, Math.min(60, Math.max(12, column.header().length() + 4)) * 256);
                Row explained = help.createRow(c + 1);
                explained.createCell(0).setCellValue(column.header());
                explained.createCell(1).setCellValue(message.apply(column.required() ? "imports.template.yes"
                        : "imports.template.no"));
                explained.createCell(2).setCellValue(message.apply(column.descriptionKey()));
                explained.createCell(3).setCellValue(String.join(", ", column.allowedValues()));
                if (!column.allowedValues().isEmpty()) {
                    for (int v = 0; v < column.allowedValues().size(); v++) {
                        Row row = lists.getRow(v) == null ? lists.createRow(v) : lists.getRow(v);
                        row.createCell(c).setCellValue(column.allowedValues().get(v));
                    }
                    String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(c);
                    String range = "Listor!$" + letter + "$1:$" + letter + "$" + column.allowedValues().size();
                    DataValidation validation = validations.createValidation(
                            validations.createFormulaListConstraint(range), new CellRangeAddressList(1, LIST_ROWS, c, c));
                    validation.setShowErrorBox(true);
                    validation.setSuppressDropDownArrow(true);
                    data.addValidationData(validation);
                }
            }
            data.createFreezePane(0, 1);
            help.setColumnWidth(0, 24 * 256);
            help.setColumnWidth(2, 90 * 256);
            help.setColumnWidth(3, 60 * 256);
            workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] csv(HistoryImport kind) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(kind.columns().stream().map(Column::header).toList());
            printer.printRecord(kind.columns().stream().map(Column::example).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
