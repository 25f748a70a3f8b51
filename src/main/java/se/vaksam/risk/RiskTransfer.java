package se.vaksam.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.org.OrgQuery;
import se.vaksam.shared.Access;
import se.vaksam.shared.AccessScope;

/**
 * The register as a table for CSV and XLSX: export of the readable risks with their current
 * assessment, and an all-or-nothing import that names row and column of every error. A file
 * just exported imports without changing anything.
 */
@Service
public class RiskTransfer {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("id", "title", "event", "cause", "consequence", "category",
            "unit", "owner", "origin", "review_interval_months", "matrix_id", "likelihood", "consequence_level");

    /** One problem in an import file: row number (header is row 1), column and message key with arguments. */
    public record Problem(int row, String column, String messageKey, List<Object> arguments) {
    }

    /** One data row of a file: its row number and its values by column. */
    public record Row(int number, Map<String, String> values) {

        String get(String column) {
            String value = values.get(column);
            return value == null ? "" : value.strip();
        }
    }

    /** What an import did, or why it did nothing. */
    public record Result(List<Problem> problems, int created, int updated, int unchanged) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final RiskQuery query;
    private final RiskManagement management;
    private final RiskStore store;
    private final OrgQuery org;
    private final Access access;

    RiskTransfer(RiskQuery query, RiskManagement management, RiskStore store, OrgQuery org, Access access) {
        this.query = query;
        this.management = management;
        this.store = store;
        this.org = org;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<List<String>> export(RiskQuery.RiskFilter filter) {
        List<RiskQuery.Category> categories = query.categories();
        return query.risks(filter).stream().map(r -> {
            RiskQuery.Assessment a = r.current();
            String category = categories.stream().filter(c -> c.id() == r.categoryId()).map(RiskQuery.Category::code)
                    .findFirst().orElse("");
            Long matrixId = a == null ? null : store.matrixVersion(a.matrixVersionId()).matrixId();
            return List.of(Long.toString(r.id()), r.title(), r.event(), r.cause(), r.consequence(), category,
                    r.unitCode(), r.ownerUsername() == null ? "" : r.ownerUsername(), r.origin().name(),
                    Integer.toString(r.reviewIntervalMonths()), matrixId == null ? "" : matrixId.toString(),
                    a == null ? "" : Integer.toString(a.likelihood()), a == null ? "" : Integer.toString(a.consequence()));
        }).toList();
    }

    private record Checked(Row row, Long id, RiskDraft draft, Long matrixId, Integer likelihood, Integer consequence) {
    }

    /** Checks every row first; saves only if no row has an error. */
    @Transactional
    public Result importRows(List<String> header, List<Row> rows) {
        List<Problem> problems = new ArrayList<>();
        for (String column : COLUMNS) {
            if (!"id".equals(column) && !header.contains(column)) {
                problems.add(new Problem(1, column, "risk.import.error.missingColumn", List.of(column)));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(problems, 0, 0, 0);
        }
        List<Checked> checked = rows.stream().map(row -> check(row, problems)).toList();
        if (!problems.isEmpty()) {
            return new Result(problems, 0, 0, 0);
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Checked c : checked) {
            boolean changed;
            long id;
            if (c.id() == null) {
                id = management.createRisk(c.draft());
                changed = true;
            } else {
                id = c.id();
                RiskQuery.RiskView current = query.risk(id);
                changed = !sameFields(current, c.draft());
                if (changed) {
                    management.editRisk(id, c.draft(), current.version(), "Import");
                }
            }
            if (c.likelihood() != null) {
                RiskQuery.Assessment last = query.risk(id).current();
                boolean sameAssessment = last != null && last.likelihood() == c.likelihood()
                        && last.consequence() == c.consequence()
                        && store.matrixVersion(last.matrixVersionId()).matrixId() == c.matrixId();
                if (!sameAssessment) {
                    management.assess(id, c.matrixId(), c.likelihood(), c.consequence(), "", "Import");
                    changed = true;
                }
            }
            if (c.id() == null) {
                created++;
            } else if (changed) {
                updated++;
            } else {
                unchanged++;
            }
        }
        return new Result(List.of(), created, updated, unchanged);
    }

    private static boolean sameFields(RiskQuery.RiskView r, RiskDraft d) {
        return r.title().equals(d.title().strip()) && r.event().equals(RiskSentence.event(d.event()))
                && r.cause().equals(RiskSentence.cause(d.cause()))
                && r.consequence().equals(RiskSentence.consequence(d.consequence()))
                && r.categoryId() == d.categoryId() && r.unitId() == d.unitId()
                && Objects.equals(r.ownerUsername(), blankToNull(d.ownerUsername())) && r.origin() == d.origin()
                && r.reviewIntervalMonths() == d.reviewIntervalMonths();
    }

    private Checked check(Row row, List<Problem> problems) {
        int before = problems.size();
        AccessScope scope = access.current();
        Long id = null;
        if (!row.get("id").isEmpty()) {
            id = number(row, "id", problems).map(Integer::longValue).orElse(null);
            if (id != null) {
                Optional<RiskStore.RiskRow> existing = store.risk(id);
                if (existing.isEmpty() || !scope.canWrite(existing.get().unitId())) {
                    problems.add(new Problem(row.number(), "id", "risk.import.error.id", List.of(row.get("id"))));
                }
            }
        }
        for (String column : List.of("title", "event", "cause", "consequence")) {
            if (row.get(column).isEmpty()) {
                problems.add(new Problem(row.number(), column, "risk.import.error.required", List.of()));
            }
        }
        Long categoryId = query.categories().stream().filter(c -> c.code().equalsIgnoreCase(row.get("category")))
                .map(RiskQuery.Category::id).findFirst().orElse(null);
        if (categoryId == null) {
            problems.add(new Problem(row.number(), "category", "risk.import.error.category", List.of(row.get("category"))));
        }
        Long unitId = org.unitByCode(row.get("unit")).map(OrgQuery.UnitView::id).orElse(null);
        if (unitId == null) {
            problems.add(new Problem(row.number(), "unit", "risk.import.error.unit", List.of(row.get("unit"))));
        } else if (!scope.canWrite(unitId)) {
            problems.add(new Problem(row.number(), "unit", "risk.import.error.unitAccess", List.of(row.get("unit"))));
        }
        if (!row.get("owner").isEmpty() && org.person(row.get("owner")).isEmpty()) {
            problems.add(new Problem(row.number(), "owner", "risk.import.error.owner", List.of(row.get("owner"))));
        }
        Origin origin = null;
        try {
            origin = Origin.valueOf(row.get("origin").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(row.number(), "origin", "risk.import.error.origin", List.of(row.get("origin"))));
        }
        Integer interval = row.get("review_interval_months").isEmpty() ? Integer.valueOf(12)
                : number(row, "review_interval_months", problems).orElse(null);
        if (interval != null && (interval < 1 || interval > 60)) {
            problems.add(new Problem(row.number(), "review_interval_months", "risk.error.interval", List.of()));
        }
        Long matrixId = null;
        Integer likelihood = null;
        Integer consequence = null;
        if (!row.get("likelihood").isEmpty() || !row.get("consequence_level").isEmpty()) {
            RiskMatrix matrix = matrix(row, problems);
            likelihood = number(row, "likelihood", problems).orElse(null);
            consequence = number(row, "consequence_level", problems).orElse(null);
            if (matrix != null) {
                matrixId = matrix.matrixId();
                if (likelihood != null && (likelihood < 1 || likelihood > matrix.likelihoodLevels())) {
                    problems.add(new Problem(row.number(), "likelihood", "risk.error.likelihood",
                            List.of(likelihood, matrix.likelihoodLevels())));
                }
                if (consequence != null && (consequence < 1 || consequence > matrix.consequenceLevels())) {
                    problems.add(new Problem(row.number(), "consequence_level", "risk.error.consequence",
                            List.of(consequence, matrix.consequenceLevels())));
                }
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new Checked(row, id, new RiskDraft(row.get("title"), row.get("event"), row.get("cause"),
                row.get("consequence"), categoryId, unitId, blankToNull(row.get("owner")), origin, interval), matrixId,
                likelihood, consequence);
    }

    private RiskMatrix matrix(Row row, List<Problem> problems) {
        if (row.get("matrix_id").isEmpty()) {
            return query.defaultMatrix();
        }
        Optional<Integer> id = number(row, "matrix_id", problems);
        if (id.isEmpty()) {
            return null;
        }
        try {
            RiskMatrix matrix = store.matrixVersion(store.currentVersionId(id.get()));
            if (matrix.unitId() == null || access.current().canRead(matrix.unitId())) {
                return matrix;
            }
        } catch (se.vaksam.shared.NotFoundException e) {
            // reported below
        }
        problems.add(new Problem(row.number(), "matrix_id", "risk.import.error.matrix", List.of(row.get("matrix_id"))));
        return null;
    }

    private static Optional<Integer> number(Row row, String column, List<Problem> problems) {
        try {
            return Optional.of(Integer.valueOf(row.get(column)));
        } catch (NumberFormatException e) {
            problems.add(new Problem(row.number(), column, "risk.import.error.number", List.of(row.get(column))));
            return Optional.empty();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
