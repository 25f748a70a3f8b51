package se.vaksam.imports;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.vaksam.shared.Access;
import se.vaksam.shared.AccessScope;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.HistoryImport;
import se.vaksam.shared.HistoryImport.Column;
import se.vaksam.shared.HistoryImport.Context;
import se.vaksam.shared.HistoryImport.Outcome;
import se.vaksam.shared.HistoryImport.RowProblem;
import se.vaksam.shared.NotFoundException;

/**
 * The import of historical records, for the system administrator: the kinds the modules offer (every
 * {@link HistoryImport} bean), their templates, the preview (every problem of the file at once, or the outcome the
 * import would have, found by applying it in a transaction that is rolled back) and the import itself, in one
 * transaction with its {@code import_run} row: all or nothing.
 */
@Service
public class HistoryImports {

    /** Where a running import has come: the message key of its phase. */
    public interface Progress {
        void phase(String key);

        Progress NONE = key -> {
        };
    }

    /** A problem as the person sees it: sheet (XLSX), row, column, value and the explanation's key. */
    public record Problem(String sheet, int row, String column, String value, String messageKey, List<Object> arguments) {
    }

    /** What an import or its preview found: the problems, or (when none) the outcome and the run's id. */
    public record Result(String kind, String fileName, String sha256, int rows, List<Problem> problems,
            Outcome outcome, Long runId) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final List<HistoryImport> kinds;
    private final Access access;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    HistoryImports(List<HistoryImport> kinds, Access access, JdbcClient jdbc, PlatformTransactionManager transactions,
            Clock clock) {
        this.kinds = kinds.stream().sorted(Comparator.comparingInt(HistoryImport::order)).toList();
        this.access = access;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The kinds, in their order on the page. */
    public List<HistoryImport> kinds() {
        requireAdministrator();
        return kinds;
    }

    public HistoryImport kind(String key) {
        requireAdministrator();
        return kinds.stream().filter(k -> k.kind().equals(key)).findFirst()
                .orElseThrow(() -> new NotFoundException("imports.kind.notFound"));
    }

    public byte[] xlsxTemplate(String key, java.util.function.Function<String, String> message) {
        return Templates.xlsx(kind(key), message);
    }

    public byte[] csvTemplate(String key) {
        return Templates.csv(kind(key));
    }

    /** Checks the file and counts what it would do, writing nothing. */
    public Result preview(String key, ImportFile file) {
        return run(key, file, Progress.NONE, true);
    }

    /** Imports the file in one transaction, or nothing when it has a problem. */
    public Result apply(String key, ImportFile file, Progress progress) {
        return run(key, file, progress, false);
    }

    private Result run(String key, ImportFile file, Progress progress, boolean dryRun) {
        HistoryImport kind = kind(key);
        AccessScope scope = access.current();
        Context context = new Context(file.fileName(), file.sha256(), scope.username(), clock.instant());
        return transactions.execute(status -> {
            progress.phase("imports.phase.checking");
            List<RowProblem> problems = new ArrayList<>(fileProblems(kind, file));
            Set<Integer> blank = new HashSet<>();
            problems.forEach(p -> blank.add(p.row()));
            if (problems.stream().noneMatch(p -> p.row() == 1)) {
                kind.check(file.rows(), context).stream().filter(p -> !blank.contains(p.row())).forEach(problems::add);
            }
            if (!problems.isEmpty()) {
                status.setRollbackOnly();
                problems.sort(Comparator.comparingInt(RowProblem::row));
                return new Result(key, file.fileName(), file.sha256(), file.rows().size(), problems.stream()
                        .map(p -> new Problem(p.row() == 0 ? "" : file.sheet(), p.row(), p.column(), p.value(),
                                p.messageKey(), p.arguments()))
                        .toList(), null, null);
            }
            progress.phase("imports.phase.writing");
            Outcome outcome = kind.apply(file.rows(), context);
            if (dryRun) {
                status.setRollbackOnly();
                return new Result(key, file.fileName(), file.sha256(), file.rows().size(), List.of(), outcome, null);
            }
            Long runId = jdbc.sql("""
                    insert into import_run (kind, file_name, sha256, username, imported_at, row_count, created, updated,
                        unchanged)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(key, truncate(file.fileName(), 255), file.sha256(), scope.username(),
                            Timestamp.from(context.importedAt()), file.rows().size(), outcome.created(),
                            outcome.updated(), outcome.unchanged())
                    .query(Long.class).single();
            progress.phase("imports.phase.done");
            return new Result(key, file.fileName(), file.sha256(), file.rows().size(), List.of(), outcome, runId);
        });
    }

    /** The header against the kind's columns, and blank rows between data rows. */
    private static List<RowProblem> fileProblems(HistoryImport kind, ImportFile file) {
        List<RowProblem> problems = new ArrayList<>();
        Set<String> known = new HashSet<>();
        kind.columns().stream().map(Column::header).forEach(known::add);
        Set<String> seen = new HashSet<>();
        for (String header : file.header()) {
            if (header.isEmpty()) {
                continue;
            }
            if (!known.contains(header)) {
                problems.add(new RowProblem(1, header, header, "imports.error.unknownColumn", List.of()));
            } else if (!seen.add(header)) {
                problems.add(new RowProblem(1, header, header, "imports.error.repeatedColumn", List.of()));
            }
        }
        for (Column column : kind.columns()) {
            if (column.required() && !file.header().contains(column.header())) {
                problems.add(new RowProblem(1, column.header(), "", "imports.error.missingColumn", List.of()));
            }
        }
        if (file.rows().isEmpty()) {
            problems.add(new RowProblem(0, "", "", "imports.error.noRows", List.of()));
        }
        for (int i = 0; i < file.rows().size(); i++) {
            if (file.rows().get(i).isEmpty()) {
                problems.add(new RowProblem(i + 2, "", "", "imports.error.blankRow", List.of()));
            }
        }
        return problems;
    }

    /** The runs of a kind, newest first (at most 50). */
    public List<Run> runs(String key) {
        requireAdministrator();
        return jdbc.sql("""
                select id, kind, file_name, sha256, username, imported_at, row_count, created, updated, unchanged
                from import_run where kind = ? order by imported_at desc, id desc limit 50""")
                .param(key).query(Run.class).list();
    }

    /** One applied import. */
    public record Run(long id, String kind, String fileName, String sha256, String username,
            java.time.OffsetDateTime importedAt, int rowCount, int created, int updated, int unchanged) {
    }

    private void requireAdministrator() {
        if (!access.current().administrator()) {
            throw new ForbiddenException();
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
