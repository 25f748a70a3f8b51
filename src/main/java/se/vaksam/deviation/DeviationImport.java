package se.vaksam.deviation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.vaksam.org.OrgQuery;
import se.vaksam.org.OrgUnitType;
import se.vaksam.shared.HistoryImport;
import se.vaksam.shared.RecordChanged.FieldChange;
import se.vaksam.shared.RecordsImported;

/**
 * Past years' deviations of every kind, with their real dates, from another deviation system or a spreadsheet
 * (kind {@code deviations}). Units by code, area categories by name, the fixed values by their Swedish names;
 * the workflow's order is checked ({@link ImportedRows}) and the status is the one the dates imply. Idempotent by
 * the source's id ({@code Källsystem} + {@code Källans id}, unique in the table): an unchanged row changes
 * nothing, a changed one is rewritten with history. The case number is the source's, or the next of the
 * record's own year (AVV-2021-…). The statistics' counts follow through the triggers of V71.
 */
@Component
class DeviationImport implements HistoryImport {

    static final String SOURCE_ID = "Källans id";
    static final String SOURCE_SYSTEM = "Källsystem";
    static final String CASE_NUMBER = "Diarienummer";
    static final String KIND = "Typ";
    static final String UNIT = "Enhetskod";
    static final String TITLE = "Rubrik";
    static final String DESCRIPTION = "Beskrivning";
    static final String CATEGORY = "Område";
    static final String REPORTER = "Anmälare";
    static final String CONCERNED = "Berörd person";
    static final String OCCURRED = "Händelsedatum";
    static final String RECEIVED = "Mottagen";
    static final String ASSIGNEE = "Handläggare";
    static final String ASSIGNED = "Tilldelad";
    static final String IMMEDIATE_ACTION = "Omedelbar åtgärd";
    static final String STARTED = "Utredning påbörjad";
    static final String INVESTIGATED = "Utredning klar";
    static final String INVESTIGATION = "Utredning";
    static final String ASSESSMENT = "Bedömning";
    static final String SERIOUS = "Allvarlig";
    static final String DECIDED = "Beslutad";
    static final String BODY = "Beslutsorgan";
    static final String DECISION = "Beslut";
    static final String IVO_NOTIFIED = "Anmäld till IVO";
    static final String IVO_REPLY = "IVO:s svar";
    static final String IVO_REPLIED = "IVO svarade";
    static final String MEASURES = "Åtgärder";
    static final String CLOSED = "Avslutad";
    static final String OUTCOME = "Resultat";

    /** Columns only a lex Sarah report has. */
    static final List<String> LEX_SARAH_ONLY = List.of(IMMEDIATE_ACTION, STARTED, ASSESSMENT, SERIOUS, DECIDED, BODY,
            DECISION, IVO_NOTIFIED, IVO_REPLY, IVO_REPLIED);

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final ImportStore store;
    private final DeviationStore deviations;
    private final OrgQuery org;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeviationImport(ImportStore store, DeviationStore deviations, OrgQuery org, MessageSource messages,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.deviations = deviations;
        this.org = org;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "deviations";
    }

    @Override
    public String titleKey() {
        return "deviation.import.title";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Column> columns() {
        List<String> categories = deviations.categories().stream()
                .filter(c -> c.list() == CategoryList.AREA && c.active()).map(Category::name).toList();
        return List.of(
                column(SOURCE_ID, true, List.of(), "F-2021-0042", "sourceId"),
                column(SOURCE_SYSTEM, false, List.of(), "Flexite", "sourceSystem"),
                column(CASE_NUMBER, false, List.of(), "", "caseNumber"),
                column(KIND, true, labels(DeviationKind.values(), "deviation.kind."), label("deviation.kind.LEX_SARAH"),
                        "kind"),
                column(UNIT, true, List.of(), "IFO-BU-MOT", "unit"),
                column(TITLE, true, List.of(), "Utredning inleddes inte i tid", "title"),
                column(DESCRIPTION, true, List.of(), "Anmälan om oro för barn blev liggande i tre veckor.",
                        "description"),
                column(CATEGORY, false, categories, categories.isEmpty() ? "" : categories.get(0), "category"),
                column(REPORTER, false, labels(ReporterKind.values(), "deviation.reporter."),
                        label("deviation.reporter.STAFF"), "reporter"),
                column(CONCERNED, false, List.of(), "", "concerned"),
                column(OCCURRED, false, List.of(), "2021-03-01", "occurred"),
                column(RECEIVED, true, List.of(), "2021-03-02", "received"),
                column(ASSIGNEE, false, List.of(), "", "assignee"),
                column(ASSIGNED, false, List.of(), "", "assigned"),
                column(IMMEDIATE_ACTION, false, List.of(), "2021-03-02", "immediateAction"),
                column(STARTED, false, List.of(), "2021-03-04", "started"),
                column(INVESTIGATED, false, List.of(), "2021-04-12", "investigated"),
                column(INVESTIGATION, false, List.of(), "Rutinen för mottagning följdes inte.", "investigation"),
                column(ASSESSMENT, false, labels(Assessment.values(), "deviation.assessment."),
                        label("deviation.assessment.MALADMINISTRATION"), "assessment"),
                column(SERIOUS, false, List.of(label("deviation.import.yes"), label("deviation.import.no")),
                        label("deviation.import.yes"), "serious"),
                column(DECIDED, false, List.of(), "2021-04-20", "decided"),
                column(BODY, false, labels(DecisionBody.values(), "deviation.body."),
                        label("deviation.body.WORKING_COMMITTEE"), "body"),
                column(DECISION, false, List.of(), "Anmälan till IVO.", "decision"),
                column(IVO_NOTIFIED, false, List.of(), "2021-04-22", "ivoNotified"),
                column(IVO_REPLY, false, labels(IvoReply.values(), "deviation.ivoReply."),
                        label("deviation.ivoReply.CLOSED"), "ivoReply"),
                column(IVO_REPLIED, false, List.of(), "2021-06-01", "ivoReplied"),
                column(MEASURES, false, List.of(), "Ny rutin för mottagning.", "measures"),
                column(CLOSED, false, List.of(), "2021-06-15", "closed"),
                column(OUTCOME, false, List.of(), "", "outcome"));
    }

    private Column column(String header, boolean required, List<String> allowed, String example, String key) {
        return new Column(header, required, allowed, example, "deviation.import.column." + key);
    }

    private String label(String key) {
        return messages.getMessage(key, null, SWEDISH);
    }

    private List<String> labels(Enum<?>[] values, String prefix) {
        return java.util.Arrays.stream(values).map(v -> label(prefix + v.name())).toList();
    }

    /** The rows read, with every problem, including those between rows (a source id or case number twice). */
    private record Reading(List<Map<String, String>> cells, List<ImportedRows.Row> rows, List<RowProblem> problems,
            Map<String, ImportStore.Stored> existing) {
    }

    /**
     * The reading of a clean check, kept for the {@link #apply} that follows it in the same thread and transaction
     * (the import module always applies right after a check without problems), so 100 000 rows are read once.
     */
    private final ThreadLocal<Reading> checked = new ThreadLocal<>();

    @Override
    public List<RowProblem> check(List<Map<String, String>> rows, Context context) {
        checked.remove();
        Reading reading = read(rows);
        if (reading.problems().isEmpty()) {
            checked.set(reading);
        }
        return reading.problems();
    }

    private Reading read(List<Map<String, String>> cells) {
        LocalDate today = LocalDate.now(clock);
        ImportedRows.Labels labels = ImportedRows.Labels.of(this::label);
        Lookups lookups = new Lookups();
        List<RowProblem> problems = new ArrayList<>();
        List<ImportedRows.Row> rows = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            rows.add(ImportedRows.read(cells.get(i), i + 2, today, lookups, labels, problems));
        }
        Map<String, Integer> keys = new HashMap<>();
        Map<String, Integer> numbers = new HashMap<>();
        for (ImportedRows.Row row : rows) {
            if (row.sourceId() != null) {
                Integer earlier = keys.putIfAbsent(row.key(), row.number());
                if (earlier != null) {
                    problems.add(new RowProblem(row.number(), SOURCE_ID, row.sourceId(),
                            "deviation.import.error.duplicate", List.of(earlier)));
                }
            }
            if (row.caseNumber() != null) {
                Integer earlier = numbers.putIfAbsent(row.caseNumber(), row.number());
                if (earlier != null) {
                    problems.add(new RowProblem(row.number(), CASE_NUMBER, row.caseNumber(),
                            "deviation.import.error.duplicate", List.of(earlier)));
                }
            }
        }
        List<ImportedRows.Row> keyed = rows.stream().filter(r -> r.sourceId() != null).toList();
        Map<String, ImportStore.Stored> existing = keyed.isEmpty() ? Map.of() : store.existing(keyed);
        if (!numbers.isEmpty()) {
            Map<String, String> taken = store.caseNumbersTaken(numbers.keySet());
            for (ImportedRows.Row row : keyed) {
                String owner = row.caseNumber() == null ? null : taken.get(row.caseNumber());
                if (owner != null && !owner.equals(row.key())) {
                    problems.add(new RowProblem(row.number(), CASE_NUMBER, row.caseNumber(),
                            "deviation.import.error.caseNumberTaken", List.of()));
                }
            }
        }
        problems.sort(java.util.Comparator.comparingInt(RowProblem::row));
        return new Reading(cells, rows, problems, existing);
    }

    @Override
    public Outcome apply(List<Map<String, String>> cells, Context context) {
        Reading earlier = checked.get();
        checked.remove();
        Reading reading = earlier != null && earlier.cells() == cells ? earlier : read(cells);
        if (!reading.problems().isEmpty()) {
            throw new IllegalStateException("apply called with " + reading.problems().size() + " problems");
        }
        List<ImportedRows.Row> created = new ArrayList<>();
        List<ImportedRows.Row> changed = new ArrayList<>();
        Map<String, Long> ids = new HashMap<>();
        Map<String, String> caseNumbers = new HashMap<>();
        List<RecordsImported.Record> history = new ArrayList<>();
        int unchanged = 0;
        for (ImportedRows.Row row : reading.rows()) {
            ImportStore.Stored stored = reading.existing().get(row.key());
            if (stored == null) {
                created.add(row);
                continue;
            }
            String caseNumber = row.caseNumber() == null ? stored.caseNumber() : row.caseNumber();
            List<FieldChange> changes = changes(stored, row, caseNumber);
            if (changes.isEmpty()) {
                unchanged++;
            } else {
                changed.add(row);
                ids.put(row.key(), stored.id());
                caseNumbers.put(row.key(), caseNumber);
                history.add(new RecordsImported.Record(Long.toString(stored.id()), changes));
            }
        }
        numberNew(created, caseNumbers);
        Map<String, Long> newIds = store.insert(created, caseNumbers);
        for (ImportedRows.Row row : created) {
            // the entry itself says imported, from which file, by whom and when; the record shows its values
            history.add(new RecordsImported.Record(Long.toString(newIds.get(row.key())), List.of()));
        }
        store.update(changed, ids, caseNumbers);
        if (!history.isEmpty()) {
            events.publishEvent(new RecordsImported(DeviationManagement.RECORD, context, history));
        }
        return new Outcome(created.size(), changed.size(), unchanged);
    }

    /** The columns that differ from the stored record; confidential texts show as "…". */
    private static List<FieldChange> changes(ImportStore.Stored stored, ImportedRows.Row row, String caseNumber) {
        List<FieldChange> changes = new ArrayList<>();
        if (!caseNumber.equals(stored.caseNumber())) {
            changes.add(new FieldChange("case_number", stored.caseNumber(), caseNumber));
        }
        boolean confidential = Boolean.TRUE.equals(row.values().get("confidential"))
                || "true".equals(stored.values().get("confidential"));
        row.values().forEach((column, value) -> {
            String before = stored.values().get(column);
            String after = ImportStore.text(value);
            if (!Objects.equals(before, after)) {
                boolean hidden = confidential && "text".equals(ImportStore.COLUMNS.get(column))
                        && !column.endsWith("kind") && !column.equals("status") && !column.equals("assessment")
                        && !column.equals("decision_body") && !column.equals("ivo_reply");
                changes.add(new FieldChange(column, hidden ? "…" : before, hidden ? "…" : after));
            }
        });
        return changes;
    }

    /** The source's number, or the next free number of the record's own year (AVV-2021-000123). */
    private void numberNew(List<ImportedRows.Row> created, Map<String, String> caseNumbers) {
        Map<Integer, List<ImportedRows.Row>> byYear = new TreeMap<>();
        Map<Integer, Integer> highestGiven = new HashMap<>();
        for (ImportedRows.Row row : created) {
            if (row.caseNumber() != null) {
                caseNumbers.put(row.key(), row.caseNumber());
                var own = java.util.regex.Pattern.compile("AVV-(\\d{4})-(\\d{1,9})").matcher(row.caseNumber());
                if (own.matches()) {
                    highestGiven.merge(Integer.parseInt(own.group(1)), Integer.parseInt(own.group(2)), Math::max);
                }
            } else {
                int year = ((LocalDate) row.values().get("received_on")).getYear();
                byYear.computeIfAbsent(year, y -> new ArrayList<>()).add(row);
            }
        }
        highestGiven.forEach((year, highest) -> {
            if (!byYear.containsKey(year)) {
                store.reserveCaseNumbers(year, 0, highest);
            }
        });
        byYear.forEach((year, rows) -> {
            int next = store.reserveCaseNumbers(year, rows.size(), highestGiven.getOrDefault(year, 0));
            for (ImportedRows.Row row : rows) {
                caseNumbers.put(row.key(), "AVV-" + year + "-" + String.format("%06d", next++));
            }
        });
    }

    /** Units by code and area categories by name, each looked up once per import. */
    private final class Lookups implements ImportedRows.Lookups {

        private final Map<String, ImportedRows.Resolved<Long[]>> units = new HashMap<>();
        private final Map<String, ImportedRows.Resolved<Long>> categories = new HashMap<>();
        private final Map<String, Boolean> people = new HashMap<>();

        Lookups() {
            for (Category category : deviations.categories()) {
                if (category.list() == CategoryList.AREA) {
                    categories.put(category.name().toLowerCase(SWEDISH), new ImportedRows.Resolved<>(true, category.id()));
                }
            }
        }

        @Override
        public ImportedRows.Resolved<Long[]> unit(String code) {
            return units.computeIfAbsent(code, c -> org.unitByCode(c)
                    .map(u -> new ImportedRows.Resolved<>(true, new Long[] {u.id(), areaOf(u.id())}))
                    .orElse(new ImportedRows.Resolved<>(false, null)));
        }

        private Long areaOf(long unitId) {
            return org.ancestors(unitId).stream().filter(u -> u.type() == OrgUnitType.OPERATIONAL_AREA)
                    .map(OrgQuery.UnitView::id).findFirst().orElse(null);
        }

        @Override
        public ImportedRows.Resolved<Long> areaCategory(String name) {
            return categories.getOrDefault(name.toLowerCase(SWEDISH), new ImportedRows.Resolved<>(false, null));
        }

        @Override
        public boolean person(String username) {
            return people.computeIfAbsent(username, u -> org.person(u).isPresent());
        }
    }
}
