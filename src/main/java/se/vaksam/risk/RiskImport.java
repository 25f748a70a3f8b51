package se.vaksam.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.vaksam.org.OrgQuery;
import se.vaksam.org.OrgUnitType;
import se.vaksam.shared.HistoryImport;
import se.vaksam.shared.ImportedRow;
import se.vaksam.shared.RecordChanged.FieldChange;
import se.vaksam.shared.RecordsImported;

/**
 * Past years' risks with their assessment of each year (kind {@code risks}), from a municipality's risk register:
 * one row per risk and year, as a register kept in Excel for 2021–2023 is usually laid out (a sheet or a block of
 * rows per year's risk analysis), so a risk assessed three years has three rows with the same source id. The risk's
 * own columns must read the same on each of its rows; the year's columns (analysis date, likelihood, consequence,
 * motivation, decision) are that year's risk analysis. Each year's rows make one risk analysis per committee (the
 * committee above the risk's unit), on the kommun's default matrix, so the analysis page and heat map of a past year
 * show them, and the annual report of that year uses the assessments of that year.
 *
 * <p>Idempotent by the source id (unique in the table) and by committee and year for the analysis: an unchanged row
 * changes nothing, a changed assessment is corrected where it is, with history on the risk saying so.
 */
@Component
class RiskImport implements HistoryImport {

    static final String SOURCE_ID = "Käll-id";
    static final String YEAR = "År";
    static final String TITLE = "Rubrik";
    static final String EVENT = "Risk för att";
    static final String CAUSE = "På grund av";
    static final String CONSEQUENCE = "Vilket kan leda till";
    static final String CATEGORY = "Kategori";
    static final String UNIT = "Enhetskod";
    static final String OWNER = "Riskägare";
    static final String ORIGIN = "Ursprung";
    static final String HELD_ON = "Riskanalysens datum";
    static final String LIKELIHOOD = "Sannolikhet";
    static final String CONSEQUENCE_LEVEL = "Konsekvensnivå";
    static final String MOTIVATION = "Motivering";
    static final String DECISION = "Beslut";
    static final String PROCESS = "Annan process";
    static final String REASON = "Skäl";

    /** The columns that describe the risk itself, the same on every row of a risk. */
    private static final List<String> RISK_COLUMNS = List.of(TITLE, EVENT, CAUSE, CONSEQUENCE, CATEGORY, UNIT, OWNER,
            ORIGIN);

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private final RiskImportStore store;
    private final RiskStore risks;
    private final OrgQuery org;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RiskImport(RiskImportStore store, RiskStore risks, OrgQuery org, MessageSource messages,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.risks = risks;
        this.org = org;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "risks";
    }

    @Override
    public String titleKey() {
        return "risk.history.title";
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public List<Column> columns() {
        List<String> categories = risks.categories().stream().map(RiskQuery.Category::name).toList();
        return List.of(column(SOURCE_ID, true, List.of(), "RR-12", "sourceId"),
                column(YEAR, true, List.of(), "2023", "year"),
                column(TITLE, true, List.of(), "Felaktiga utbetalningar av försörjningsstöd", "title"),
                column(EVENT, true, List.of(), "försörjningsstöd betalas ut felaktigt", "event"),
                column(CAUSE, true, List.of(), "bristande kontroll av inkomster", "cause"),
                column(CONSEQUENCE, true, List.of(), "ekonomisk förlust och minskat förtroende", "consequence"),
                column(CATEGORY, true, categories, categories.isEmpty() ? "" : categories.get(0), "category"),
                column(UNIT, true, List.of(), "IFO-BU-MOT", "unit"),
                column(OWNER, false, List.of(), "", "owner"),
                column(ORIGIN, true, List.copyOf(origins().keySet()), label("risk.origin.DEPARTMENT"), "origin"),
                column(HELD_ON, true, List.of(), "2022-11-15", "heldOn"),
                column(LIKELIHOOD, true, List.of(), "3", "likelihood"),
                column(CONSEQUENCE_LEVEL, true, List.of(), "2", "consequenceLevel"),
                column(MOTIVATION, false, List.of(), "Flera felaktiga utbetalningar under året", "motivation"),
                column(DECISION, false, List.copyOf(decisions().keySet()), label("risk.decision.REVIEW"), "decision"),
                column(PROCESS, false, List.copyOf(processes().keySet()), "", "process"),
                column(REASON, false, List.of(), "", "reason"));
    }

    private static Column column(String header, boolean required, List<String> allowed, String example, String key) {
        return new Column(header, required, allowed, example, "risk.history.column." + key);
    }

    private String label(String key) {
        return messages.getMessage(key, null, SWEDISH);
    }

    private <E extends Enum<E>> Map<String, E> labels(E[] values, String prefix) {
        Map<String, E> byLabel = new LinkedHashMap<>();
        Arrays.stream(values).forEach(v -> byLabel.put(label(prefix + v.name()), v));
        return byLabel;
    }

    private Map<String, Origin> origins() {
        return labels(Origin.values(), "risk.origin.");
    }

    private Map<String, Decision> decisions() {
        return labels(Decision.values(), "risk.decision.");
    }

    private Map<String, OtherProcess> processes() {
        return labels(OtherProcess.values(), "risk.process.");
    }

    /** One row read: the risk, its committee and that year's assessment and decision. */
    private record Row(int number, RiskImportStore.Risk risk, long committeeId, int year, LocalDate heldOn,
            int likelihood, int consequence, String motivation, Decision decision, OtherProcess process,
            String reason) {
    }

    private record Reading(List<Row> rows, List<RowProblem> problems, RiskMatrix matrix) {
    }

    @Override
    public List<RowProblem> check(List<Map<String, String>> rows, Context context) {
        return read(rows).problems();
    }

    private Reading read(List<Map<String, String>> cells) {
        LocalDate today = LocalDate.now(clock);
        RiskMatrix matrix = risks.matrixVersion(risks.currentVersionId(risks.defaultMatrixId()));
        Map<String, Long> categories = new HashMap<>();
        risks.categories().forEach(c -> categories.put(c.name().toLowerCase(SWEDISH), c.id()));
        Map<String, Optional<OrgQuery.UnitView>> units = new HashMap<>();
        Map<Long, Long> committees = new HashMap<>();
        Map<String, Optional<OrgQuery.PersonView>> people = new HashMap<>();
        Map<String, Origin> origins = origins();
        Map<String, Decision> decisions = decisions();
        Map<String, OtherProcess> processes = processes();

        List<RowProblem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Map<String, ImportedRow> firstOfRisk = new HashMap<>();
        Map<String, Integer> riskYears = new HashMap<>();
        Map<String, Row> firstOfAnalysis = new HashMap<>();
        for (ImportedRow row : ImportedRow.of(cells, problems)) {
            String sourceId = row.required(SOURCE_ID, 100);
            Integer year = row.requiredYear(YEAR);
            String title = row.required(TITLE, 200);
            String event = row.required(EVENT, 1000);
            String cause = row.required(CAUSE, 1000);
            String consequence = row.required(CONSEQUENCE, 1000);
            String categoryName = row.required(CATEGORY, 120);
            Long categoryId = categoryName == null ? null : categories.get(categoryName.toLowerCase(SWEDISH));
            if (categoryName != null && categoryId == null) {
                row.problem(CATEGORY, "risk.history.error.category");
            }
            String code = row.required(UNIT, 40);
            OrgQuery.UnitView unit = code == null ? null : units.computeIfAbsent(code, org::unitByCode).orElse(null);
            if (code != null && unit == null) {
                row.problem(UNIT, "risk.history.error.unit");
            }
            String username = row.text(OWNER);
            OrgQuery.PersonView owner = username == null ? null
                    : people.computeIfAbsent(username, org::person).orElse(null);
            if (username != null && owner == null) {
                row.problem(OWNER, "risk.history.error.owner");
            }
            Origin origin = row.requiredChoice(ORIGIN, origins);
            LocalDate heldOn = row.date(HELD_ON);
            if (heldOn == null && row.text(HELD_ON) == null) {
                row.problem(HELD_ON, "imports.error.required");
            } else if (heldOn != null && heldOn.isAfter(today)) {
                row.problem(HELD_ON, "imports.error.future");
            } else if (heldOn != null && year != null && (heldOn.getYear() < year - 1 || heldOn.getYear() > year)) {
                row.problem(HELD_ON, "risk.history.error.heldOn", year);
            }
            Integer likelihood = level(row, LIKELIHOOD, matrix.likelihoodLevels());
            Integer consequenceLevel = level(row, CONSEQUENCE_LEVEL, matrix.consequenceLevels());
            String motivation = row.text(MOTIVATION, 2000);
            Decision decision = row.choice(DECISION, decisions);
            OtherProcess process = row.choice(PROCESS, processes);
            String reason = row.text(REASON, 2000);
            if (decision == Decision.OTHER_PROCESS && process == null && row.text(PROCESS) == null) {
                row.problem(PROCESS, "risk.history.error.processRequired");
            } else if (process != null && decision != Decision.OTHER_PROCESS) {
                row.problem(PROCESS, "risk.history.error.processWithout");
            }
            if (decision == Decision.ACCEPTED && reason == null) {
                row.problem(REASON, "risk.history.error.acceptedReason");
            }
            if (sourceId == null || year == null || title == null || event == null || cause == null
                    || consequence == null || categoryId == null || unit == null || origin == null || heldOn == null
                    || likelihood == null || consequenceLevel == null || username != null && owner == null) {
                continue;
            }
            String yearKey = sourceId + "\n" + year;
            Integer earlierYear = riskYears.putIfAbsent(yearKey, row.number());
            if (earlierYear != null) {
                row.problem(YEAR, "risk.history.error.duplicate", earlierYear);
                continue;
            }
            ImportedRow first = firstOfRisk.putIfAbsent(sourceId, row);
            if (first != null) {
                String differs = RISK_COLUMNS.stream().filter(h -> !Objects.equals(first.text(h), row.text(h)))
                        .findFirst().orElse(null);
                if (differs != null) {
                    row.problem(differs, "risk.history.error.riskDiffers", first.number());
                    continue;
                }
            }
            long committeeId = committees.computeIfAbsent(unit.id(), this::committeeOf);
            Row read = new Row(row.number(),
                    new RiskImportStore.Risk(sourceId, title, RiskSentence.event(event), RiskSentence.cause(cause),
                            RiskSentence.consequence(consequence), categoryId, unit.id(),
                            owner == null ? null : owner.id(), origin),
                    committeeId, year, heldOn, likelihood, consequenceLevel, motivation == null ? "" : motivation,
                    decision, decision == Decision.OTHER_PROCESS ? process : null, reason);
            Row firstRow = firstOfAnalysis.putIfAbsent(committeeId + "\n" + year, read);
            if (firstRow != null && !firstRow.heldOn().equals(heldOn)) {
                row.problem(HELD_ON, "risk.history.error.heldOnDiffers", firstRow.number(), firstRow.heldOn());
                continue;
            }
            rows.add(read);
        }
        if (!rows.isEmpty()) {
            for (RiskImportStore.Analysis a : store.analyses(rows.stream().map(Row::year).distinct().toList())) {
                Row first = a.imported() ? null : firstOfAnalysis.get(a.unitId() + "\n" + a.year());
                if (first != null) {
                    String committee = org.unit(a.unitId()).map(OrgQuery.UnitView::name).orElse("");
                    problems.add(new RowProblem(first.number(), YEAR, Integer.toString(a.year()),
                            "risk.history.error.notImported", List.of(committee, a.year())));
                }
            }
        }
        problems.sort(java.util.Comparator.comparingInt(RowProblem::row));
        return new Reading(rows, problems, matrix);
    }

    private static Integer level(ImportedRow row, String header, int levels) {
        Integer level = row.requiredNumber(header);
        if (level != null && (level < 1 || level > levels)) {
            row.problem(header, "risk.history.error.level", levels);
            return null;
        }
        return level;
    }

    /** The committee above the unit (the unit itself if it is one, or if none is above it). */
    private long committeeOf(long unitId) {
        return org.ancestors(unitId).stream().filter(u -> u.type() == OrgUnitType.COMMITTEE).findFirst()
                .map(OrgQuery.UnitView::id).orElse(unitId);
    }

    @Override
    public Outcome apply(List<Map<String, String>> cells, Context context) {
        Reading reading = read(cells);
        if (!reading.problems().isEmpty()) {
            throw new IllegalStateException("apply called with " + reading.problems().size() + " problems");
        }
        List<Row> rows = reading.rows();
        RiskMatrix defaultMatrix = reading.matrix();
        Map<String, RiskImportStore.StoredRisk> stored = store.risksBySource(
                rows.stream().map(r -> r.risk().sourceId()).distinct().toList());
        Map<String, RiskImportStore.Analysis> analyses = new HashMap<>();
        store.analyses(rows.stream().map(Row::year).distinct().toList()).stream().filter(RiskImportStore.Analysis::imported)
                .forEach(a -> analyses.put(a.unitId() + "\n" + a.year(), a));
        Map<String, RiskImportStore.Item> items = new HashMap<>();
        store.items(analyses.values().stream().map(RiskImportStore.Analysis::id).toList())
                .forEach(i -> items.put(i.analysisId() + "\n" + i.riskId(), i));
        Map<Long, RiskMatrix> matrices = new HashMap<>();
        matrices.put(defaultMatrix.versionId(), defaultMatrix);

        Names names = names(rows, stored.values());
        Map<Long, List<FieldChange>> riskChanges = new LinkedHashMap<>();
        List<Long> createdRisks = new ArrayList<>();
        List<Long> createdAnalyses = new ArrayList<>();
        Map<String, Long> riskIds = new HashMap<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Row row : rows) {
            String sourceId = row.risk().sourceId();
            boolean changed = false;
            Long riskId = riskIds.get(sourceId);
            if (riskId == null) {
                RiskImportStore.StoredRisk before = stored.get(sourceId);
                if (before == null) {
                    riskId = store.insertRisk(row.risk());
                    createdRisks.add(riskId);
                } else {
                    riskId = before.id();
                    List<FieldChange> changes = changes(before.risk(), row.risk(), names);
                    if (!changes.isEmpty()) {
                        store.updateRisk(riskId, row.risk());
                        riskChanges.computeIfAbsent(riskId, id -> new ArrayList<>()).addAll(changes);
                        changed = true;
                    }
                }
                riskIds.put(sourceId, riskId);
            }
            String analysisKey = row.committeeId() + "\n" + row.year();
            RiskImportStore.Analysis analysis = analyses.get(analysisKey);
            if (analysis == null) {
                long id = store.insertAnalysis(row.committeeId(), row.year(), row.heldOn(), defaultMatrix.versionId());
                analysis = new RiskImportStore.Analysis(id, row.committeeId(), row.year(), row.heldOn(),
                        defaultMatrix.versionId(), true);
                analyses.put(analysisKey, analysis);
                createdAnalyses.add(id);
            } else if (!analysis.heldOn().equals(row.heldOn())) {
                store.moveAnalysis(analysis.id(), row.heldOn());
                analysis = new RiskImportStore.Analysis(analysis.id(), analysis.unitId(), analysis.year(),
                        row.heldOn(), analysis.matrixVersionId(), true);
                analyses.put(analysisKey, analysis);
            }
            RiskMatrix matrix = matrices.computeIfAbsent(analysis.matrixVersionId(), risks::matrixVersion);
            RiskImportStore.Item item = items.get(analysis.id() + "\n" + riskId);
            String before = item == null ? null : shown(row.year(), item.likelihood(), item.consequence(),
                    item.motivation(), item.decision(), item.otherProcess(), item.decisionReason());
            String after = shown(row.year(), row.likelihood(), row.consequence(), row.motivation(), row.decision(),
                    row.process(), row.reason());
            if (!after.equals(before)) {
                long itemId = item == null ? store.insertItem(analysis.id(), riskId) : item.id();
                Long assessmentId = item == null ? null : item.assessmentId();
                if (assessmentId == null) {
                    assessmentId = risks.insertAssessment(riskId, analysis.id(), matrix, row.likelihood(),
                            row.consequence(), row.motivation(), null, analysis.heldOn(), context.username());
                } else {
                    store.updateAssessment(assessmentId, matrix, row.likelihood(), row.consequence(),
                            row.motivation());
                }
                risks.updateItem(itemId, assessmentId, row.decision(), row.process(), row.reason());
                if (!createdRisks.contains(riskId)) {
                    riskChanges.computeIfAbsent(riskId, id -> new ArrayList<>())
                            .add(new FieldChange("assessment", before, after));
                }
                changed = true;
            }
            if (item == null) {
                created++;
            } else if (changed) {
                updated++;
            } else {
                unchanged++;
            }
        }
        List<RecordsImported.Record> riskHistory = new ArrayList<>();
        createdRisks.forEach(id -> riskHistory.add(new RecordsImported.Record(Long.toString(id), List.of())));
        riskChanges.forEach((id, changes) -> riskHistory.add(new RecordsImported.Record(Long.toString(id), changes)));
        if (!riskHistory.isEmpty()) {
            events.publishEvent(new RecordsImported(RiskManagement.RISK, context, riskHistory));
        }
        if (!createdAnalyses.isEmpty()) {
            events.publishEvent(new RecordsImported(RiskManagement.ANALYSIS, context, createdAnalyses.stream()
                    .map(id -> new RecordsImported.Record(Long.toString(id), List.of())).toList()));
        }
        return new Outcome(created, updated, unchanged);
    }

    /** A year's assessment and decision as the risk's history shows it. */
    private String shown(int year, Integer likelihood, Integer consequence, String motivation, Decision decision,
            OtherProcess process, String reason) {
        StringBuilder text = new StringBuilder().append(year).append(": ").append(label("risk.history.levels"))
                .append(' ').append(likelihood).append(" × ").append(consequence);
        if (motivation != null && !motivation.isBlank()) {
            text.append(", ").append(motivation.strip());
        }
        if (decision != null) {
            text.append("; ").append(label("risk.decision." + decision.name()));
        }
        if (process != null) {
            text.append(" (").append(label("risk.process." + process.name())).append(')');
        }
        if (reason != null && !reason.isBlank()) {
            text.append(": ").append(reason.strip());
        }
        return text.toString();
    }

    /** Categories, units and owners by id as the history names them, each read once for the file. */
    private record Names(Map<Long, String> categories, Map<Long, OrgQuery.UnitView> units,
            Map<Long, OrgQuery.PersonView> people) {

        String category(long id) {
            return categories.get(id);
        }

        String unit(long id) {
            OrgQuery.UnitView unit = units.get(id);
            return unit == null ? null : unit.name();
        }

        String owner(Long id) {
            OrgQuery.PersonView person = id == null ? null : people.get(id);
            return person == null ? null : person.username();
        }
    }

    private Names names(List<Row> rows, java.util.Collection<RiskImportStore.StoredRisk> stored) {
        Map<Long, String> categories = new HashMap<>();
        risks.categories().forEach(c -> categories.put(c.id(), c.name()));
        List<RiskImportStore.Risk> all = new ArrayList<>(rows.stream().map(Row::risk).toList());
        stored.forEach(s -> all.add(s.risk()));
        return new Names(categories, org.units(all.stream().map(RiskImportStore.Risk::unitId).distinct().toList()),
                org.people(all.stream().map(RiskImportStore.Risk::ownerPersonId).filter(Objects::nonNull).distinct()
                        .toList()));
    }

    private List<FieldChange> changes(RiskImportStore.Risk b, RiskImportStore.Risk a, Names names) {
        List<FieldChange> changes = new ArrayList<>();
        field(changes, "title", b.title(), a.title());
        field(changes, "event", b.event(), a.event());
        field(changes, "cause", b.cause(), a.cause());
        field(changes, "consequence", b.consequence(), a.consequence());
        field(changes, "category", names.category(b.categoryId()), names.category(a.categoryId()));
        field(changes, "unit", names.unit(b.unitId()), names.unit(a.unitId()));
        field(changes, "owner", names.owner(b.ownerPersonId()), names.owner(a.ownerPersonId()));
        field(changes, "origin", b.origin() == null ? null : label("risk.origin." + b.origin().name()),
                label("risk.origin." + a.origin().name()));
        return changes;
    }

    private static void field(List<FieldChange> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before == null ? null : before.toString(),
                    after == null ? null : after.toString()));
        }
    }
}
