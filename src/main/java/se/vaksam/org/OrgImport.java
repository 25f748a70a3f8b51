package se.vaksam.org;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vaksam.shared.Access;
import se.vaksam.shared.GrantRules;

/**
 * Imports the organisation from CSV files or the workbook: all or nothing, and idempotent.
 * Units are matched by code, people by username, placements by (username, unit code, role,
 * valid from). Every row is checked first; if anything is wrong nothing is written and the
 * answer lists every problem by row and column.
 */
@Service
@Transactional
public class OrgImport {

    /** The reason recorded in the history of every record an import changes. */
    public static final String REASON = "Import";

    private final OrgUnitRepository units;
    private final PersonRepository people;
    private final PlacementRepository placements;
    private final ImportWriter writer;
    private final Access access;
    private final PersonScope personScope;
    private final MessageSource messages;
    private final GrantRules grantRules;

    OrgImport(OrgUnitRepository units, PersonRepository people, PlacementRepository placements, ImportWriter writer,
            Access access, PersonScope personScope, MessageSource messages, GrantRules grantRules) {
        this.units = units;
        this.people = people;
        this.placements = placements;
        this.writer = writer;
        this.access = access;
        this.personScope = personScope;
        this.messages = messages;
        this.grantRules = grantRules;
    }

    /**
     * @param problems what was wrong, in the reader's language (empty when the import was accepted)
     * @param changedRecords how many units, people and placements were created or changed
     */
    public record ImportResult(List<String> problems, int changedRecords) {

        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    /** Imports one kind from a CSV file with that kind's columns. */
    public ImportResult importCsv(TransferKind kind, InputStream csv) throws IOException {
        TransferPermission.require(access.current());
        Map<TransferKind, TransferTable> tables = new EnumMap<>(TransferKind.class);
        try {
            tables.put(kind, CsvTransfer.read(kind, csv));
        } catch (IOException | RuntimeException e) {
            return new ImportResult(List.of(text("org.import.notCsv")), 0);
        }
        return run(tables, List.of(), ImportPermissions.of(access.current(), personScope, grantRules));
    }

    /** Imports the workbook with the sheets Enheter, Personer and Placeringar. */
    public ImportResult importWorkbook(InputStream xlsx) throws IOException {
        TransferPermission.require(access.current());
        Map<TransferKind, TransferTable> tables;
        try {
            tables = XlsxTransfer.read(xlsx);
        } catch (IOException | RuntimeException e) {
            return new ImportResult(List.of(text("org.import.notWorkbook")), 0);
        }
        List<ImportProblem> missing = new ArrayList<>();
        for (TransferKind kind : TransferKind.values()) {
            if (!tables.containsKey(kind)) {
                missing.add(new ImportProblem(kind.sheetName(), 0, null, "org.import.missingSheet", kind.sheetName()));
            }
        }
        return run(tables, missing, ImportPermissions.of(access.current(), personScope, grantRules));
    }

    /** Imports on behalf of the application itself (the demo organisation), without scope checks. */
    ImportResult importTrusted(Map<TransferKind, TransferTable> tables) {
        return run(tables, List.of(), ImportPermissions.trusted());
    }

    private ImportResult run(Map<TransferKind, TransferTable> tables, List<ImportProblem> earlier,
            ImportPermissions permissions) {
        OrgSnapshot stored = OrgSnapshot.of(units.findAll(), people.findAll(), placements.findAll());
        ImportChecker checker = new ImportChecker(stored, permissions);
        ImportPlan plan = checker.check(tables);
        List<ImportProblem> problems = new ArrayList<>(earlier);
        problems.addAll(checker.problems());
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing((ImportProblem p) -> p.source() == null ? "" : p.source())
                    .thenComparingInt(ImportProblem::row));
            return new ImportResult(problems.stream().map(this::text).toList(), 0);
        }
        return new ImportResult(List.of(), writer.write(plan, stored, REASON));
    }

    private String text(ImportProblem problem) {
        String detail = messages.getMessage(problem.messageKey(), problem.arguments(), LocaleContextHolder.getLocale());
        if (problem.row() <= 0) {
            return detail;
        }
        return problem.source() == null
                ? text("org.import.at", String.valueOf(problem.row()), problem.column(), detail)
                : text("org.import.atInSheet", problem.source(), String.valueOf(problem.row()), problem.column(), detail);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
