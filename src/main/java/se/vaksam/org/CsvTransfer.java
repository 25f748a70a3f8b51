package se.vaksam.org;

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

/** Reads and writes one kind of organisation data as CSV (UTF-8, comma, header row, LF). */
final class CsvTransfer {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private CsvTransfer() {
    }

    static String write(TransferKind kind, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT.builder().setHeader(kind.columns().toArray(String[]::new)).get())) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static TransferTable read(TransferKind kind, InputStream in) throws IOException {
        Reader reader = withoutByteOrderMark(new InputStreamReader(in, StandardCharsets.UTF_8));
        CSVFormat format = FORMAT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(false)
                .setAllowMissingColumnNames(true).get();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames().stream().map(String::strip).toList();
            List<String> missing = kind.columns().stream().filter(c -> !header.contains(c)).toList();
            List<TransferTable.Row> rows = new ArrayList<>();
            int number = 1;
            for (CSVRecord record : parser) {
                number++;
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    values.put(header.get(i), record.get(i));
                }
                if (values.values().stream().anyMatch(v -> !v.isBlank())) {
                    rows.add(new TransferTable.Row(number, values));
                }
            }
            return new TransferTable(kind, null, rows, missing);
        }
    }

    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }
}
