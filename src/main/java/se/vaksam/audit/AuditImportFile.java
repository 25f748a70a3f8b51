package se.vaksam.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.vaksam.org.OrgQuery;
import se.vaksam.org.OrgUnitType;
import se.vaksam.plan.ImportedSources;
import se.vaksam.shared.HistoryImport;
import se.vaksam.shared.ImportedRow;

/**
 * The file of past auditors' reviews as {@link AuditImport} reads it: the template's columns, and the rows checked
 * (every problem pointing at its cell) and grouped by review (committee and number) and sub-area (heading), in the
 * file's order. The columns of a review and of a sub-area repeat on each of its rows and must agree.
 */
@Component
class AuditImportFile {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    static final String COMMITTEE = "Nämnd";
    static final String NUMBER = "Granskningens nummer";
    static final String TITLE = "Granskningens titel";
    static final String AUDITORS = "Revisorer";
    static final String REVIEWED_ON = "Rapportens datum";
    static final String OVERALL = "Sammanvägd bedömning";
    static final String HEADING = "Delområde";
    static final String JUDGEMENT = "Revisorernas bedömning";
    static final String SOURCE_ID = "Käll-id";
    static final String TEXT = "Rekommendation";
    static final String STATUS = "Status";
    static final String CLOSED_ON = "Stängd den";
    static final String ACTIONS_TAKEN = "Genomförda åtgärder";
    static final String EFFECTS = "Effekter";
    static final String PLANNED = "Planerade åtgärder";
    static final String RESPONSE_DATE = "Yttrande den";
    static final String RESPONSE_DIARY = "Yttrandets diarienummer";
    static final String LINKS = "Kopplade åtgärder";

    static final Map<String, RecommendationStatus> STATUSES = ImportedRow.labels(
            new SimpleEntry<>("Öppen", RecommendationStatus.OPEN),
            new SimpleEntry<>("Pågår", RecommendationStatus.IN_PROGRESS),
            new SimpleEntry<>("Genomförd", RecommendationStatus.DONE),
            new SimpleEntry<>("Åtgärdas inte", RecommendationStatus.NOT_ADDRESSED));

    /** The columns of a review, in the order checked for agreement between its rows. */
    private static final List<String> REVIEW_COLUMNS = List.of(TITLE, AUDITORS, REVIEWED_ON, OVERALL, RESPONSE_DATE,
            RESPONSE_DIARY);
    private static final List<String> AREA_COLUMNS = List.of(JUDGEMENT, ACTIONS_TAKEN, EFFECTS, PLANNED);

    private final AuditImportStore imports;
    private final OrgQuery org;
    private final ImportedSources sources;

    AuditImportFile(AuditImportStore imports, OrgQuery org, ImportedSources sources) {
        this.imports = imports;
        this.org = org;
        this.sources = sources;
    }

    List<HistoryImport.Column> columns() {
        return List.of(column(COMMITTEE, true, List.of(), "ASN", "committee"),
                column(NUMBER, true, List.of(), "SR-2022-31", "number"),
                column(TITLE, true, List.of(), "Granskning av ekonomiskt bistånd", "title"),
                column(AUDITORS, true, List.of(), "Stadsrevisionen", "auditors"),
                column(REVIEWED_ON, true, List.of(), "2022-11-15", "reviewedOn"),
                column(OVERALL, false, List.of(), "Nämnden har delvis säkerställt en ändamålsenlig styrning.",
                        "overallJudgement"),
                column(HEADING, true, List.of(), "Processer och rutiner", "heading"),
                column(JUDGEMENT, true, List.of(), "Rutinerna saknar tydliga dokumentägare.", "judgement"),
                column(SOURCE_ID, true, List.of(), "SR-2022-31-1", "sourceId"),
                column(TEXT, true, List.of(), "Nämnden rekommenderas säkerställa att samtliga rutiner har en dokumentägare.",
                        "text"),
                column(STATUS, true, List.copyOf(STATUSES.keySet()), "Pågår", "status"),
                column(CLOSED_ON, false, List.of(), "", "closedOn"),
                column(ACTIONS_TAKEN, false, List.of(), "Rutinerna har inventerats.", "actionsTaken"),
                column(EFFECTS, false, List.of(), "", "effects"),
                column(PLANNED, false, List.of(), "Dokumentägare utses under 2023.", "plannedActions"),
                column(RESPONSE_DATE, false, List.of(), "2023-02-22", "responseDate"),
                column(RESPONSE_DIARY, false, List.of(), "ASN-2022-19470", "responseDiary"),
                column(LINKS, false, List.of(), "", "links"));
    }

    private static HistoryImport.Column column(String header, boolean required, List<String> values, String example, String key) {
        return new HistoryImport.Column(header, required, values, example, "audit.import.column." + key);
    }

    /** One row: the recommendation, its sub-area's and its review's columns. */
    record Row(int number, long committeeId, String reviewNumber, ReviewDraft review, LocalDate responseDate,
            String responseDiary, String heading, String judgement, AnswerDraft answer, String sourceId, String text,
            RecommendationStatus status, LocalDate closedOn, List<String> links) {
    }

    /** The rows of one review, by sub-area heading in the file's order. */
    record Group(Row first, Map<String, List<Row>> areas) {
    }

    /** The file's reviews, and the imported plan items and improvement actions its rows link to, by source id. */
    record Reading(Map<String, Group> groups, Map<String, ImportedSources.Sourced> links) {
    }

    /** The rows grouped by review (committee and number) in the file's order; every problem into {@code problems}. */
    Reading read(List<Map<String, String>> cells, HistoryImport.Context context,
            List<HistoryImport.RowProblem> problems) {
        LocalDate today = LocalDate.ofInstant(context.importedAt(), SWEDEN);
        Map<String, Optional<OrgQuery.UnitView>> units = new HashMap<>();
        List<ImportedRow> importedRows = ImportedRow.of(cells, problems);
        List<Row> rows = new ArrayList<>();
        Map<Integer, ImportedRow> byNumber = new HashMap<>();
        for (ImportedRow row : importedRows) {
            byNumber.put(row.number(), row);
            Row parsed = parse(row, units, today);
            if (parsed != null) {
                rows.add(parsed);
            }
        }
        Map<String, AuditImportStore.ReviewKey> existing = imports.reviews(rows.stream().map(Row::reviewNumber)
                .distinct().toList());
        Map<String, AuditImportStore.Sourced> recommendations = imports.recommendations(rows.stream()
                .map(Row::sourceId).distinct().toList());
        Map<String, List<ImportedSources.Sourced>> found = sources.find(rows.stream()
                .flatMap(r -> r.links().stream()).distinct().toList());
        Map<String, ImportedSources.Sourced> links = new HashMap<>();
        Map<String, Group> groups = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Row row : rows) {
            ImportedRow cellsOf = byNumber.get(row.number());
            String key = AuditImportStore.key(row.committeeId(), row.reviewNumber());
            AuditImportStore.ReviewKey stored = existing.get(key);
            if (stored != null && !stored.imported()) {
                cellsOf.problem(NUMBER, "audit.import.error.notImported");
            }
            Integer first = seen.putIfAbsent(row.sourceId(), row.number());
            if (first != null) {
                cellsOf.problem(SOURCE_ID, "imports.error.duplicate", first);
            }
            AuditImportStore.Sourced known = recommendations.get(row.sourceId());
            if (known != null && (known.committeeId() != row.committeeId()
                    || !known.reviewNumber().equals(row.reviewNumber()) || !known.areaHeading().equals(row.heading()))) {
                cellsOf.problem(SOURCE_ID, "audit.import.error.elsewhere", known.reviewNumber(), known.areaHeading());
            }
            for (String link : row.links()) {
                List<ImportedSources.Sourced> targets = found.getOrDefault(link, List.of());
                if (targets.isEmpty()) {
                    cellsOf.problem(LINKS, "audit.import.error.unknownLink", link);
                } else if (targets.size() > 1) {
                    cellsOf.problem(LINKS, "audit.import.error.ambiguousLink", link);
                } else if (targets.get(0).committeeId() != row.committeeId()) {
                    cellsOf.problem(LINKS, "audit.import.error.linkOtherCommittee", link);
                } else {
                    links.put(link, targets.get(0));
                }
            }
            Group group = groups.computeIfAbsent(key, k -> new Group(row, new LinkedHashMap<>()));
            if (group.first() != row) {
                agree(cellsOf, group.first(), reviewValues(group.first()), reviewValues(row), REVIEW_COLUMNS,
                        "audit.import.error.reviewDiffers");
            }
            List<Row> area = group.areas().computeIfAbsent(row.heading(), h -> new ArrayList<>());
            if (!area.isEmpty()) {
                agree(cellsOf, area.get(0), areaValues(area.get(0)), areaValues(row), AREA_COLUMNS,
                        "audit.import.error.areaDiffers");
            }
            area.add(row);
        }
        return new Reading(groups, links);
    }

    private static List<Object> reviewValues(Row r) {
        return java.util.Arrays.asList(r.review().title(), r.review().auditors(), r.review().reviewedOn(),
                r.review().overallJudgement(), r.responseDate(), r.responseDiary());
    }

    private static List<Object> areaValues(Row r) {
        return java.util.Arrays.asList(r.judgement(), r.answer().actionsTaken(), r.answer().effects(),
                r.answer().plannedActions());
    }

    /** A column of the review or sub-area that differs from the group's first row is a problem of this row's cell. */
    private static void agree(ImportedRow row, Row first, List<Object> expected, List<Object> actual,
            List<String> headers, String key) {
        for (int i = 0; i < headers.size(); i++) {
            if (!Objects.equals(expected.get(i), actual.get(i))) {
                row.problem(headers.get(i), key, first.number());
            }
        }
    }

    private Row parse(ImportedRow row, Map<String, Optional<OrgQuery.UnitView>> units, LocalDate today) {
        String code = row.required(COMMITTEE, 60);
        OrgQuery.UnitView committee = code == null ? null : units.computeIfAbsent(code, org::unitByCode).orElse(null);
        if (code != null && committee == null) {
            row.problem(COMMITTEE, "imports.error.unknownUnit");
        } else if (committee != null && committee.type() != OrgUnitType.COMMITTEE) {
            row.problem(COMMITTEE, "audit.import.error.notCommittee");
            committee = null;
        }
        String number = row.required(NUMBER, 40);
        String title = row.required(TITLE, 300);
        String auditors = row.required(AUDITORS, 300);
        LocalDate reviewedOn = row.date(REVIEWED_ON, today);
        if (row.text(REVIEWED_ON) == null) {
            row.problem(REVIEWED_ON, "imports.error.required");
        }
        String overall = row.text(OVERALL);
        String heading = row.required(HEADING, AuditManagement.MAX_HEADING);
        String judgement = row.required(JUDGEMENT, 100_000);
        String sourceId = row.required(SOURCE_ID, 100);
        String text = row.required(TEXT, 100_000);
        RecommendationStatus status = row.requiredChoice(STATUS, STATUSES);
        LocalDate closedOn = row.date(CLOSED_ON, today);
        if (status != null && !status.open() && row.text(CLOSED_ON) == null) {
            row.problem(CLOSED_ON, "audit.import.error.closedOnRequired");
        } else if (status != null && status.open() && closedOn != null) {
            row.problem(CLOSED_ON, "audit.import.error.closedOnOpen");
        }
        if (closedOn != null && reviewedOn != null && closedOn.isBefore(reviewedOn)) {
            row.problem(CLOSED_ON, "imports.error.before", REVIEWED_ON, reviewedOn.toString());
        }
        LocalDate responseDate = row.date(RESPONSE_DATE, today);
        if (responseDate != null && reviewedOn != null && responseDate.isBefore(reviewedOn)) {
            row.problem(RESPONSE_DATE, "imports.error.before", REVIEWED_ON, reviewedOn.toString());
        }
        String responseDiary = row.text(RESPONSE_DIARY, 60);
        AnswerDraft answer = new AnswerDraft(row.text(ACTIONS_TAKEN), row.text(EFFECTS), row.text(PLANNED));
        String linked = row.text(LINKS);
        List<String> links = linked == null ? List.of() : java.util.Arrays.stream(linked.split("[,;\\n]"))
                .map(String::strip).filter(l -> !l.isEmpty()).distinct().toList();
        if (committee == null || number == null || title == null || auditors == null || reviewedOn == null
                || heading == null || judgement == null || sourceId == null || text == null || status == null) {
            return null;
        }
        return new Row(row.number(), committee.id(), number,
                new ReviewDraft(committee.id(), number, title, auditors, reviewedOn, overall, null), responseDate,
                responseDiary, heading, judgement, answer, sourceId, text, status, closedOn, links);
    }
}
