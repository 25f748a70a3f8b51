package se.vaksam.check;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a file's lines into population records by the column mapping, collecting every problem (row,
 * column, what is wrong) instead of stopping at the first. Dates are ÅÅÅÅ-MM-DD; times ÅÅÅÅ-MM-DD TT:MM.
 */
final class RowMapper {

    static final int MAX_PROBLEMS = 100;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

    private RowMapper() {
    }

    record Result(List<PopulationRow> rows, List<ImportProblem> problems) {
    }

    static Result map(FileTable file, ColumnMapping mapping) {
        return map(file, mapping, ImportProgress.NONE);
    }

    static Result map(FileTable file, ColumnMapping mapping, ImportProgress progress) {
        List<ImportProblem> problems = new ArrayList<>();
        if (mapping.key() == null) {
            problems.add(ImportProblem.file("check.import.error.noKey"));
        }
        mapping.fields().forEach((field, header) -> {
            if (header != null && file.column(header) < 0) {
                problems.add(ImportProblem.file("check.import.error.missingColumn", header));
            }
        });
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems);
        }
        if (file.lines().isEmpty()) {
            return new Result(List.of(), List.of(ImportProblem.file("check.import.error.noRows")));
        }
        int key = file.column(mapping.key());
        int stratum = file.column(mapping.stratum());
        int label = file.column(mapping.label());
        List<PopulationRow> rows = new ArrayList<>(file.lines().size());
        Set<String> keys = new HashSet<>();
        int total = file.lines().size();
        int done = 0;
        for (FileTable.Line line : file.lines()) {
            if (problems.size() >= MAX_PROBLEMS) {
                break;
            }
            if (done++ % ImportProgress.EVERY == 0) {
                progress.report(ImportProgress.ROWS, done - 1, total);
            }
            String k = line.cell(key);
            if (k.isEmpty()) {
                problems.add(new ImportProblem(line.number(), mapping.key(), "check.import.error.blankKey", List.of()));
            } else if (k.length() > 200) {
                problems.add(new ImportProblem(line.number(), mapping.key(), "check.import.error.tooLong", List.of(200)));
            } else if (!keys.add(k)) {
                problems.add(new ImportProblem(line.number(), mapping.key(), "check.import.error.duplicateKey",
                        List.of(k)));
            }
            rows.add(new PopulationRow(line.number(), k, text(line, stratum, 200), text(line, label, 500),
                    date(line, file, mapping.startedOn(), problems), date(line, file, mapping.completedOn(), problems),
                    date(line, file, mapping.extendedOn(), problems), time(line, file, mapping.receivedAt(), problems),
                    time(line, file, mapping.answeredAt(), problems)));
        }
        return new Result(problems.isEmpty() ? rows : List.of(), problems);
    }

    private static String text(FileTable.Line line, int column, int max) {
        if (column < 0) {
            return null;
        }
        String value = line.cell(column);
        if (value.isEmpty()) {
            return null;
        }
        return value.length() > max ? value.substring(0, max) : value;
    }

    private static LocalDate date(FileTable.Line line, FileTable file, String header, List<ImportProblem> problems) {
        String value = header == null ? "" : line.cell(file.column(header));
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 && value.charAt(10) == ' ' ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            problems.add(new ImportProblem(line.number(), header, "check.import.error.date", List.of(value)));
            return null;
        }
    }

    private static LocalDateTime time(FileTable.Line line, FileTable file, String header, List<ImportProblem> problems) {
        String value = header == null ? "" : line.cell(file.column(header));
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.replace('T', ' '), DATE_TIME);
        } catch (DateTimeParseException e) {
            problems.add(new ImportProblem(line.number(), header, "check.import.error.dateTime", List.of(value)));
            return null;
        }
    }
}
