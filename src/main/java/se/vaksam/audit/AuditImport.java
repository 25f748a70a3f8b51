package se.vaksam.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import se.vaksam.audit.AuditImportFile.Group;
import se.vaksam.audit.AuditImportFile.Reading;
import se.vaksam.audit.AuditImportFile.Row;
import se.vaksam.plan.ImportedSources;
import se.vaksam.shared.ChangeSet;
import se.vaksam.shared.HistoryImport;
import se.vaksam.shared.RecordsImported;

/**
 * Past years' auditors' reviews and recommendations from a file, as the secretariat copies them out of the
 * auditors' reports: one row per recommendation, carrying its review's columns (committee, number, title, auditors,
 * report date, overall judgement, the yttrande's date and diarienummer) and its sub-area's (heading, the auditors'
 * judgement, the committee's three answers), repeated on every row of the same review or sub-area. A review is found
 * by committee and number (one entered by hand is never changed by an import), a sub-area by its heading, a
 * recommendation by the source id. Recommendations keep their status and the date they were closed; open ones
 * appear where open recommendations are followed up (the list over the years, the API). A recommendation links to
 * the imported plan items and improvement actions that follow it up, by their source ids. The outcome counts reviews
 * and recommendations.
 */
@Component
class AuditImport implements HistoryImport {

    private final AuditStore store;
    private final AuditImportStore imports;
    private final AuditImportFile file;
    private final ApplicationEventPublisher events;

    AuditImport(AuditStore store, AuditImportStore imports, AuditImportFile file, ApplicationEventPublisher events) {
        this.store = store;
        this.imports = imports;
        this.file = file;
        this.events = events;
    }

    @Override
    public String kind() {
        return "audit-recommendations";
    }

    @Override
    public String titleKey() {
        return "audit.import.title";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public List<Column> columns() {
        return file.columns();
    }

    @Override
    public List<RowProblem> check(List<Map<String, String>> rows, Context context) {
        List<RowProblem> problems = new ArrayList<>();
        file.read(rows, context, problems);
        return problems;
    }

    @Override
    public Outcome apply(List<Map<String, String>> rows, Context context) {
        List<RowProblem> problems = new ArrayList<>();
        Reading reading = file.read(rows, context, problems);
        Map<String, Group> groups = reading.groups();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("apply after a failed check: " + problems.size() + " problems");
        }
        Map<String, AuditImportStore.ReviewKey> existing = imports.reviews(groups.values().stream()
                .map(g -> g.first().reviewNumber()).distinct().toList());
        Map<String, AuditImportStore.Sourced> recommendations = imports.recommendations(groups.values().stream()
                .flatMap(g -> g.areas().values().stream()).flatMap(List::stream).map(Row::sourceId).toList());
        List<RecordsImported.Record> reviewHistory = new ArrayList<>();
        List<RecordsImported.Record> recommendationHistory = new ArrayList<>();
        int[] counts = new int[3];
        for (Map.Entry<String, Group> entry : groups.entrySet()) {
            Row first = entry.getValue().first();
            AuditImportStore.ReviewKey key = existing.get(entry.getKey());
            long reviewId;
            ChangeSet changes = ChangeSet.create();
            if (key == null) {
                reviewId = store.insertReview(first.review());
                imports.markImported(reviewId);
            } else {
                reviewId = key.id();
                AuditStore.ReviewRow before = store.review(reviewId).orElseThrow();
                ReviewDraft d = first.review();
                changes.field("title", before.title(), d.title()).field("auditors", before.auditors(), d.auditors())
                        .field("reviewedOn", before.reviewedOn(), d.reviewedOn())
                        .field("overallJudgement", before.overallJudgement(), d.overallJudgement());
                if (!changes.isEmpty()) {
                    store.updateReview(reviewId, d, before.version());
                }
            }
            Map<String, AuditStore.AreaRow> areas = new HashMap<>();
            store.areas(reviewId).forEach(a -> areas.put(a.heading(), a));
            for (Map.Entry<String, List<Row>> area : entry.getValue().areas().entrySet()) {
                long areaId = area(reviewId, area.getValue().get(0), areas.get(area.getKey()), key != null, changes);
                for (Row row : area.getValue()) {
                    AuditImportStore.Sourced before = recommendations.get(row.sourceId());
                    if (before == null) {
                        long id = imports.insertRecommendation(areaId, row.sourceId(), row.text(), row.status(),
                                row.closedOn());
                        link(id, row, reading.links());
                        recommendationHistory.add(new RecordsImported.Record(Long.toString(id), List.of()));
                        counts[0]++;
                        continue;
                    }
                    ChangeSet recChanges = ChangeSet.create().field("text", before.text(), row.text())
                            .field("status", before.status(), row.status())
                            .field("closedOn", before.closedOn(), row.closedOn());
                    if (!recChanges.isEmpty()) {
                        imports.updateRecommendation(before.id(), row.text(), row.status(), row.closedOn());
                    }
                    link(before.id(), row, reading.links()).forEach(l -> recChanges.field("link", null, l));
                    if (recChanges.isEmpty()) {
                        counts[2]++;
                    } else {
                        recommendationHistory.add(new RecordsImported.Record(Long.toString(before.id()),
                                recChanges.toList()));
                        counts[1]++;
                    }
                }
            }
            response(reviewId, first, changes);
            if (key == null) {
                reviewHistory.add(new RecordsImported.Record(Long.toString(reviewId), List.of()));
                counts[0]++;
            } else if (changes.isEmpty()) {
                counts[2]++;
            } else {
                reviewHistory.add(new RecordsImported.Record(Long.toString(reviewId), changes.toList()));
                counts[1]++;
            }
        }
        if (!reviewHistory.isEmpty()) {
            events.publishEvent(new RecordsImported(AuditManagement.REVIEW, context, reviewHistory));
        }
        if (!recommendationHistory.isEmpty()) {
            events.publishEvent(new RecordsImported(AuditManagement.RECOMMENDATION, context, recommendationHistory));
        }
        return new Outcome(counts[0], counts[1], counts[2]);
    }

    /** Links the recommendation to the row's plan items and improvement actions; the links it added. */
    private List<String> link(long recommendationId, Row row, Map<String, ImportedSources.Sourced> links) {
        List<String> added = new ArrayList<>();
        for (String sourceId : row.links()) {
            ImportedSources.Sourced target = links.get(sourceId);
            LinkType type = LinkType.valueOf(target.type().name());
            if (store.link(recommendationId, type, target.id())) {
                added.add(type + " " + target.id());
            }
        }
        return added;
    }

    /** Creates the sub-area or brings its judgement and answers up to the file's; its id. */
    private long area(long reviewId, Row row, AuditStore.AreaRow before, boolean reviewExisted, ChangeSet changes) {
        AnswerDraft a = row.answer();
        if (before == null) {
            long id = store.insertArea(reviewId, new AreaDraft(row.heading(), row.judgement(), List.of()));
            if (a.actionsTaken() != null || a.effects() != null || a.plannedActions() != null) {
                store.answer(id, a, 0);
            }
            if (reviewExisted) {
                changes.field("area", null, row.heading());
            }
            return id;
        }
        int p = before.position();
        ChangeSet area = ChangeSet.create().field("area." + p + ".judgement", before.judgement(), row.judgement())
                .field("answer." + p + ".actionsTaken", before.actionsTaken(), a.actionsTaken())
                .field("answer." + p + ".effects", before.effects(), a.effects())
                .field("answer." + p + ".plannedActions", before.plannedActions(), a.plannedActions());
        if (!area.isEmpty()) {
            store.updateArea(before.id(), before.heading(), row.judgement(), before.version());
            store.answer(before.id(), a, before.version() + 1);
            area.toList().forEach(c -> changes.field(c.field(), c.before(), c.after()));
        }
        return before.id();
    }

    /** The yttrande's date and diarienummer, when the file gives them; its other parts stay as they are. */
    private void response(long reviewId, Row row, ChangeSet changes) {
        if (row.responseDate() == null && row.responseDiary() == null) {
            return;
        }
        Optional<AuditQuery.ResponseView> before = store.response(reviewId);
        if (before.isEmpty()) {
            store.insertResponse(reviewId, new ResponseDraft(row.responseDate(), null, row.responseDiary(), null, null,
                    null, null, null, null));
            changes.field("response.date", null, row.responseDate())
                    .field("response.diaryNumber", null, row.responseDiary());
            return;
        }
        AuditQuery.ResponseView r = before.get();
        if (!Objects.equals(r.date(), row.responseDate()) || !Objects.equals(r.diaryNumber(), row.responseDiary())) {
            store.updateResponse(reviewId, new ResponseDraft(row.responseDate(), r.address(), row.responseDiary(),
                    r.addressee(), r.proposalLine(), r.summary(), r.statement(), r.signatures(), r.reservations()),
                    r.version());
            changes.field("response.date", r.date(), row.responseDate())
                    .field("response.diaryNumber", r.diaryNumber(), row.responseDiary());
        }
    }

}
