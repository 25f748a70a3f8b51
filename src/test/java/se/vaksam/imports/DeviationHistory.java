package se.vaksam.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Three years of a municipality's deviations as another system exports them (2017–2019, years no demo data or
 * other test writes): every kind group in two operational areas (IFO and AMA) spread over the tertials, more each
 * year, and lex Sarah reports with their assessments, decisions and IVO dates. Also the counts the statistics
 * must show, computed from the same rows.
 */
final class DeviationHistory {

    static final int FIRST_YEAR = 2017;
    static final int LAST_YEAR = 2019;
    static final String[] UNITS = {"IFO-BU-MOT-1", "AMA-EB-NORR-1"};
    static final String[] AREAS = {"IFO", "AMA"};

    /** One generated row with what the statistics count it under. */
    record Generated(Map<String, String> cells, String group, int year, int tertial, String area, boolean lexSarah,
            boolean notified) {
    }

    final List<Generated> rows = new ArrayList<>();

    /** The file of the given source system (ids are unique per system). */
    DeviationHistory(String system) {
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            int more = year - FIRST_YEAR;
            add(system, year, "Klagomål från utomstående", "EXTERNAL", 4 + more);
            add(system, year, "Synpunkt från personal", "STAFF", 2 + more);
            add(system, year, "Kvalitetsavvikelse", "QUALITY", 6 + 2 * more);
            add(system, year, "Lex Sarah-rapport", "LEX_SARAH", 3 + more);
        }
    }

    private void add(String system, int year, String kind, String group, int n) {
        for (int i = 0; i < n; i++) {
            int index = rows.size();
            int month = 1 + (i * 5 + year) % 12;
            LocalDate received = LocalDate.of(year, month, 3 + i % 20);
            int area = (i + year) % 2;
            Map<String, String> cells = new LinkedHashMap<>();
            cells.put("Källans id", system + "-" + index);
            cells.put("Källsystem", system);
            cells.put("Typ", kind);
            cells.put("Enhetskod", UNITS[area]);
            cells.put("Rubrik", "Avvikelse " + index + " " + year);
            cells.put("Beskrivning", "Händelse nummer " + index + " som rapporterades " + received + ".");
            cells.put("Område", i % 2 == 0 ? "Dokumentation och handläggning" : "Bemötande");
            cells.put("Händelsedatum", received.minusDays(1).toString());
            cells.put("Mottagen", received.toString());
            boolean notified = false;
            if (group.equals("LEX_SARAH")) {
                cells.put("Omedelbar åtgärd", received.plusDays(1).toString());
                if (i < n - 1 || year < LAST_YEAR) {
                    cells.put("Utredning påbörjad", received.plusDays(2).toString());
                    cells.put("Utredning klar", received.plusDays(30).toString());
                    cells.put("Utredning", "Rutinen följdes inte.");
                    boolean found = i % 3 == 0;
                    cells.put("Bedömning", found ? "Missförhållande" : "Inget missförhållande");
                    cells.put("Beslutad", received.plusDays(35).toString());
                    cells.put("Beslutsorgan", "Arbetsutskottet");
                    cells.put("Beslut", "Utredningen godkänns.");
                    if (found && i == 0) {
                        notified = true;
                        cells.put("Allvarlig", "Ja");
                        cells.put("Anmäld till IVO", received.plusDays(37).toString());
                        cells.put("IVO:s svar", "IVO har avslutat ärendet");
                        cells.put("IVO svarade", received.plusDays(60).toString());
                    } else {
                        cells.put("Allvarlig", "Nej");
                    }
                    cells.put("Åtgärder", "Ny rutin.");
                    cells.put("Avslutad", received.plusDays(70).toString());
                } else {
                    cells.put("Utredning påbörjad", received.plusDays(2).toString());
                }
            } else if (i % 4 != 3) {
                cells.put("Tilldelad", received.plusDays(2).toString());
                cells.put("Utredning klar", received.plusDays(20).toString());
                cells.put("Åtgärder", "Information till personalen.");
                cells.put("Avslutad", received.plusDays(25).toString());
            }
            if (index % 7 == 0) {
                cells.put("Diarienummer", system + "/" + year + "/" + index);
            }
            rows.add(new Generated(cells, group, year, (month + 3) / 4, AREAS[area], group.equals("LEX_SARAH"),
                    notified));
        }
    }

    long count(String group, int year) {
        return rows.stream().filter(r -> r.group().equals(group) && r.year() == year).count();
    }

    long count(String group, int year, String area) {
        return rows.stream().filter(r -> r.group().equals(group) && r.year() == year && r.area().equals(area)).count();
    }

    long count(String group, int year, int tertial) {
        return rows.stream().filter(r -> r.group().equals(group) && r.year() == year && r.tertial() == tertial).count();
    }

    long notified(int year) {
        return rows.stream().filter(r -> r.notified() && r.year() == year).count();
    }

    List<String> headers() {
        List<String> headers = new ArrayList<>();
        rows.forEach(r -> r.cells().keySet().forEach(h -> {
            if (!headers.contains(h)) {
                headers.add(h);
            }
        }));
        return headers;
    }

    /** The rows as CSV the way Swedish Excel saves it: UTF-8 with BOM, semicolons (or the given separator). */
    byte[] csv(char separator) {
        List<String> headers = headers();
        StringBuilder out = new StringBuilder("\uFEFF").append(String.join(String.valueOf(separator), headers))
                .append("\r\n");
        for (Generated row : rows) {
            out.append(String.join(String.valueOf(separator), headers.stream()
                    .map(h -> quoted(row.cells().getOrDefault(h, ""), separator)).toList())).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String value, char separator) {
        return value.indexOf(separator) >= 0 || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /** The rows as an XLSX workbook of one sheet. */
    byte[] xlsx() {
        List<String> headers = headers();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Avvikelser");
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < headers.size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).cells().getOrDefault(headers.get(c), ""));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
