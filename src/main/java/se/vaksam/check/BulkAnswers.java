package se.vaksam.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import se.vaksam.check.Checklists.Checklist;
import se.vaksam.check.Checklists.Question;

/**
 * Reads a bulk answer file for a checklist: the key column ("Nyckel", else the first column) and one column
 * per question, headed by the question's text (case is ignored). Every problem of the file and of every row
 * is collected (row, column, value), so that one round of corrections is enough.
 */
final class BulkAnswers {

    static final String KEY = "Nyckel";

    private BulkAnswers() {
    }

    /** The answers per case key after the file (in file order), or the problems. */
    record Read(Map<String, Map<Long, Answer>> cases, List<ImportProblem> problems) {
    }

    static Read read(Checklist checklist, FileTable file) {
        List<ImportProblem> problems = new ArrayList<>();
        int keyColumn = indexOf(file.header(), KEY);
        keyColumn = keyColumn < 0 ? 0 : keyColumn;
        Map<Integer, Question> columns = new LinkedHashMap<>();
        for (int i = 0; i < file.header().size(); i++) {
            String header = file.header().get(i);
            if (i == keyColumn || header.isBlank()) {
                continue;
            }
            Question q = checklist.questions().stream().filter(x -> same(x.text(), header)).findFirst().orElse(null);
            if (q == null) {
                problems.add(ImportProblem.file("check.checklist.import.error.column", header));
            } else if (columns.containsValue(q)) {
                problems.add(ImportProblem.file("check.checklist.import.error.twice", header));
            } else {
                columns.put(i, q);
            }
        }
        if (columns.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.file("check.checklist.import.error.noQuestions"));
        }
        if (file.lines().isEmpty()) {
            problems.add(ImportProblem.file("check.import.error.noRows"));
        }
        if (!problems.isEmpty()) {
            return new Read(Map.of(), problems);
        }
        String keyHeader = file.header().get(keyColumn);
        Set<String> inSample = new HashSet<>(checklist.caseKeys());
        Map<String, Map<Long, Answer>> cases = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (FileTable.Line line : file.lines()) {
            String key = line.cell(keyColumn);
            int before = problems.size();
            if (key.isEmpty()) {
                problems.add(new ImportProblem(line.number(), keyHeader, "check.import.error.blankKey", List.of()));
            } else if (!inSample.contains(key)) {
                problems.add(new ImportProblem(line.number(), keyHeader, "check.checklist.import.error.notInSample",
                        List.of(key)));
            } else if (!seen.add(key)) {
                problems.add(new ImportProblem(line.number(), keyHeader, "check.import.error.duplicateKey",
                        List.of(key)));
            }
            Map<Long, Answer> changes = new HashMap<>();
            for (var column : columns.entrySet()) {
                String value = line.cell(column.getKey());
                Answer answer = value.isEmpty() ? null : answer(value);
                if (!value.isEmpty() && answer == null) {
                    problems.add(new ImportProblem(line.number(), file.header().get(column.getKey()),
                            "check.checklist.import.error.value", List.of(value)));
                }
                changes.put(column.getValue().id(), answer);
            }
            if (problems.size() > before) {
                continue;
            }
            CaseOutcomes.Merged merged = CaseOutcomes.merge(checklist, checklist.answers(key), changes);
            for (Question q : merged.refused()) {
                String header = columns.entrySet().stream().filter(e -> e.getValue().equals(q))
                        .map(e -> file.header().get(e.getKey())).findFirst().orElse(q.text());
                problems.add(new ImportProblem(line.number(), header, "check.checklist.import.error.notAsked",
                        List.of(changes.get(q.id()).label(), checklist.question(q.conditionQuestionId()).text(),
                                q.conditionAnswer().label())));
            }
            cases.put(key, merged.answers());
        }
        return new Read(problems.isEmpty() ? cases : Map.of(), problems);
    }

    /** Ja / Nej / Ej tillämpligt (any case), or the API's names; null for anything else. */
    static Answer answer(String value) {
        for (Answer a : Answer.values()) {
            if (same(a.label(), value) || a.name().equalsIgnoreCase(value.strip())) {
                return a;
            }
        }
        return null;
    }

    /** A case's answers in words, question by question, for its history. */
    static String describe(Checklist checklist, Map<Long, Answer> answers) {
        return checklist.questions().stream().map(q -> q.text() + " " + (answers.containsKey(q.id())
                ? answers.get(q.id()).label() : "–")).collect(Collectors.joining(" | "));
    }

    /**
     * The checklist as a file to fill in and send back: Nyckel, one column per question, and the answers
     * given so far (semicolon-separated UTF-8 with a BOM, as Excel opens it).
     */
    static byte[] file(Checklist checklist) {
        StringBuilder out = new StringBuilder("\uFEFF");
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\n").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            List<String> header = new ArrayList<>(List.of(KEY));
            checklist.questions().forEach(q -> header.add(q.text()));
            printer.printRecord(header);
            for (String key : checklist.caseKeys()) {
                List<String> row = new ArrayList<>(List.of(key));
                checklist.questions().forEach(q -> {
                    Checklists.Given g = checklist.given(q.id(), key);
                    row.add(g == null ? "" : g.answer().label());
                });
                printer.printRecord(row);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The reason in a changed case's history: the file's name and SHA-256. */
    static String source(FileTable file) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(file.content());
            return file.fileName() + " (SHA-256 " + java.util.HexFormat.of().formatHex(hash) + ")";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int indexOf(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (same(header.get(i), name)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean same(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}
