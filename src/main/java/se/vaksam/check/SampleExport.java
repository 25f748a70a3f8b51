package se.vaksam.check;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A sample as a file (CSV UTF-8 with BOM for Excel, or XLSX): one row per sampled case, and the proof — seed,
 * method, population checksum, who and when — in a second sheet (XLSX) or in comment lines at the top (CSV).
 */
public final class SampleExport {

    public static final List<String> COLUMNS = List.of("nyckel", "stratum", "beskrivning", "inledd", "avslutad",
            "forlangd", "mottagen", "besvarad");

    private SampleExport() {
    }

    static List<List<String>> rows(Samples.Sample sample) {
        return sample.cases().stream().map(r -> List.of(r.key(), s(r.stratum()), s(r.label()), s(r.startedOn()),
                s(r.completedOn()), s(r.extendedOn()), s(r.receivedAt()), s(r.answeredAt()))).toList();
    }

    static List<String> proof(Samples.Sample sample) {
        return List.of("urval " + sample.id(), "population " + sample.populationId() + " " + sample.populationName(),
                "frö " + sample.seed(), "metod " + sample.method() + " " + sample.amount()
                        + (sample.stratified() ? " per stratum" : ""),
                "kontrollsumma " + sample.populationChecksum(), "draget av " + sample.drawnBy() + " " + sample.drawnAt());
    }

    public static byte[] csv(Samples.Sample sample) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").setCommentMarker('#').get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (String line : proof(sample)) {
                printer.printComment(line);
            }
            printer.printRecord(COLUMNS);
            for (List<String> row : rows(sample)) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(Samples.Sample sample) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Stickprov");
            List<List<String>> all = new ArrayList<>();
            all.add(COLUMNS);
            all.addAll(rows(sample));
            for (int r = 0; r < all.size(); r++) {
                write(sheet.createRow(r), all.get(r));
            }
            Sheet proof = workbook.createSheet("Underlag");
            List<String> lines = proof(sample);
            for (int r = 0; r < lines.size(); r++) {
                write(proof.createRow(r), List.of(lines.get(r)));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            row.createCell(c).setCellValue(values.get(c));
        }
    }

    private static String s(Object value) {
        return value == null ? "" : value.toString();
    }
}
