package se.vaksam.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.org.OrgQuery;
import se.vaksam.org.OrgUnitType;
import se.vaksam.risk.RiskManagement;
import se.vaksam.risk.RiskQuery;
import se.vaksam.shared.ChangeSet;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.HistoryImport;
import se.vaksam.shared.Period;
import se.vaksam.shared.RecordChanged;
import se.vaksam.shared.RecordsImported;

/**
 * Past years' internal-control plans from a file, one row per item (direktåtgärd or granskning) with its plan's
 * committee, year, status and decisions repeated: the planning, the reported status and texts, and the result
 * tables as {@link ResultTableText}. A plan is found by committee and year (one an import did not make is
 * refused), an item by its source id. Closed plans come in closed with their decision dates.
 */
@Component
class PlanImport implements HistoryImport {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    static final String COMMITTEE = "Nämnd";
    static final String YEAR = "År";
    static final String PLAN_STATUS = "Planstatus";
    static final String DECIDED_ON = "Antagen den";
    static final String PARAGRAPH = "Paragraf";
    static final String DIARY = "Diarienummer";
    static final String ADOPTED_BY = "Antagen av";
    static final String CLOSED_ON = "Avslutad den";
    static final String SOURCE_ID = "Käll-id";
    static final String KIND = "Typ";
    static final String TITLE = "Rubrik";
    static final String RISK = "Risk";
    static final String RISK_SENTENCE = "Riskbeskrivning";
    static final String RISK_SOURCE = "Riskens käll-id";
    static final String UNIT = "Ansvarig enhet";
    static final String RESPONSIBLE = "Ansvarig";
    static final String PERIOD = "Uppföljningsperiod";
    static final String WHAT_TO_DO = "Vad ska göras";
    static final String ACTIONS_TAKEN = "Genomförda åtgärder";
    static final String STATUS = "Status";
    static final String MOVED_TO = "Flyttad till år";
    static final String FINAL_YEAR = "Slutrapporteras år";
    static final String FINAL_PERIOD = "Slutrapporteras period";
    static final String AREAS = "Granskningsområden";
    static final String PURPOSE = "Syfte";
    static final String SCOPE = "Omfattning";
    static final String METHOD = "Metod";
    static final String REVIEWER = "Granskare";
    static final String RESULT = "Resultat";
    static final String CAUSE = "Orsak";
    static final String ANALYSIS = "Analys";
    static final String CONCLUSION = "Slutsats";
    static final String LED_TO = "Ledde till åtgärder";
    static final String TABLES = "Resultattabeller";
    static final String REPORTED_ON = "Rapporterad den";
    static final String REPORTED_BY = "Rapporterad av";

    private static final List<String> REVIEW_ONLY = List.of(AREAS, PURPOSE, SCOPE, METHOD, REVIEWER, RESULT, CAUSE,
            ANALYSIS, CONCLUSION, LED_TO);
    private static final List<String> ACTION_ONLY = List.of(WHAT_TO_DO, ACTIONS_TAKEN, STATUS, MOVED_TO, FINAL_YEAR,
            FINAL_PERIOD);

    private final PlanImportStore store;
    private final PlanStore plans;
    private final ResultTableStore tables;
    private final ImportLookups.Factory lookups;
    private final ApplicationEventPublisher events;
    private final RiskQuery risks;
    private final RiskManagement riskLinks;

    PlanImport(PlanImportStore store, PlanStore plans, ResultTableStore tables, ImportLookups.Factory lookups,
            ApplicationEventPublisher events, RiskQuery risks, RiskManagement riskLinks) {
        this.risks = risks;
        this.riskLinks = riskLinks;
        this.store = store;
        this.plans = plans;
        this.tables = tables;
        this.lookups = lookups;
        this.events = events;
    }

    @Override
    public String kind() {
        return "internal-control-plans";
    }

    @Override
    public String titleKey() {
        return "plan.import.plans.title";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<Column> columns() {
        return List.of(ImportRow.column(COMMITTEE, true, List.of(), "ASN", "committee"),
                ImportRow.column(YEAR, true, List.of(), "2025", "year"),
                ImportRow.column(PLAN_STATUS, true, ImportLabels.PLAN_STATUS.labels(), "Avslutad", "planStatus"),
                ImportRow.column(DECIDED_ON, false, List.of(), "2024-12-12", "decidedOn"),
                ImportRow.column(PARAGRAPH, false, List.of(), "§ 303", "paragraph"),
                ImportRow.column(DIARY, false, List.of(), "ASN-2024-1234", "diaryNumber"),
                ImportRow.column(ADOPTED_BY, false, List.of(), "Arbetsmarknads- och socialnämnden", "adoptedBy"),
                ImportRow.column(CLOSED_ON, false, List.of(), "2026-02-19", "closedOn"),
                ImportRow.column(SOURCE_ID, true, List.of(), "IKP-2025-7", "sourceId"),
                ImportRow.column(KIND, true, ImportLabels.KIND.labels(), "Granskning", "kind"),
                ImportRow.column(TITLE, true, List.of(), "Granskning av attest", "title"),
                ImportRow.column(RISK, false, List.of(), "Felaktig attestering", "risk"),
                ImportRow.column(RISK_SENTENCE, false, List.of(), "Risk för att utbetalningar attesteras felaktigt", "riskSentence"),
                ImportRow.column(RISK_SOURCE, false, List.of(), "", "riskSource"),
                ImportRow.column(UNIT, true, List.of(), "AMA-EB", "unit"),
                ImportRow.column(RESPONSIBLE, false, List.of(), "ama.avd.eb", "responsible"),
                ImportRow.column(PERIOD, true, ImportLabels.PERIOD.labels(), "Tertial 2", "period"),
                ImportRow.column(WHAT_TO_DO, false, List.of(), "", "whatToDo"),
                ImportRow.column(ACTIONS_TAKEN, false, List.of(), "", "actionsTaken"),
                ImportRow.column(STATUS, false, ImportLabels.ACTION_STATUS.labels(), "", "status"),
                ImportRow.column(MOVED_TO, false, List.of(), "", "movedTo"),
                ImportRow.column(FINAL_YEAR, false, List.of(), "", "finalYear"),
                ImportRow.column(FINAL_PERIOD, false, ImportLabels.PERIOD.labels(), "", "finalPeriod"),
                ImportRow.column(AREAS, false, List.of(), "Attest av utbetalningar", "areas"),
                ImportRow.column(PURPOSE, false, List.of(), "Kontrollera att attestrutinen följs", "purpose"),
                ImportRow.column(SCOPE, false, List.of(), "Tio ärenden", "scope"),
                ImportRow.column(METHOD, false, List.of(), "Stickprov", "method"),
                ImportRow.column(REVIEWER, false, List.of(), "ik.samordnare", "reviewer"),
                ImportRow.column(RESULT, false, List.of(), "Två av tio saknade attest", "result"),
                ImportRow.column(CAUSE, false, List.of(), "", "cause"),
                ImportRow.column(ANALYSIS, false, List.of(), "", "analysis"),
                ImportRow.column(CONCLUSION, false, List.of(), "", "conclusion"),
                ImportRow.column(LED_TO, false, List.of(), "Attestrutinen uppdateras", "ledTo"),
                ImportRow.column(TABLES, false, List.of(), "Stickprov\nÅr | Antal\n2025 | 10", "tables"),
                ImportRow.column(REPORTED_ON, false, List.of(), "2025-09-10", "reportedOn"),
                ImportRow.column(REPORTED_BY, false, List.of(), "ama.avd.eb", "reportedBy"));
    }

    @Override
    public List<RowProblem> check(List<Map<String, String>> rows, Context context) {
        return read(rows, context).problems();
    }

    @Override
    @Transactional
    public Outcome apply(List<Map<String, String>> rows, Context context) {
        Read read = read(rows, context);
        if (!read.problems().isEmpty()) {
            throw new IllegalStateException("apply after a failed check: " + read.problems().size() + " problems");
        }
        Map<String, List<RecordsImported.Record>> history = new LinkedHashMap<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (PlanGroup group : read.plans().values()) {
            Long planId = group.existingId();
            if (planId == null) {
                planId = store.insertPlan(group.committeeId(), group.year());
                store.updatePlan(planId, group.status(), group.adoption(), group.closedOn());
                record(history, PlanManagement.PLAN, planId, planChanges(null, group));
            } else {
                PlanStore.PlanRow before = plans.plan(planId).orElseThrow();
                ChangeSet changes = planChanges(before, group);
                if (!changes.isEmpty()) {
                    store.updatePlan(planId, group.status(), group.adoption(), group.closedOn());
                    record(history, PlanManagement.PLAN, planId, changes);
                }
            }
            int position = 0;
            for (ParsedItem parsed : group.items()) {
                position++;
                PlanImportStore.ItemSource existing = read.sources().get(parsed.item().sourceId());
                RecordChanged.Action done = writeItem(planId, position, parsed, existing, history);
                if (done == RecordChanged.Action.CREATED) {
                    created++;
                } else if (done == RecordChanged.Action.UPDATED) {
                    updated++;
                } else {
                    unchanged++;
                }
            }
        }
        history.forEach((type, records) -> events.publishEvent(new RecordsImported(type, context, records)));
        return new Outcome(created, updated, unchanged);
    }

    /** Creates or updates the item; what it did, or null when the item was as the row says. */
    private RecordChanged.Action writeItem(long planId, int position, ParsedItem parsed,
            PlanImportStore.ItemSource existing, Map<String, List<RecordsImported.Record>> history) {
        PlanImportStore.Item item = parsed.item();
        if (existing == null) {
            long id = store.insertItem(planId, position, item);
            store.updateItem(id, item);
            linkRisk(id, null, parsed.riskId());
            tables.replace(id, parsed.tables());
            PlanStore.ItemRow after = plans.item(id).orElseThrow();
            ChangeSet changes = ItemChanges.planning(null, after);
            ItemChanges.results(empty(after), after).toList().forEach(c -> changes.field(c.field(), null, c.after()));
            changes.field("tables", null, ItemChanges.tables(parsed.tables()));
            record(history, PlanManagement.ITEM, id, changes);
            return RecordChanged.Action.CREATED;
        }
        PlanStore.ItemRow before = plans.item(existing.id()).orElseThrow();
        List<ResultTable> tablesBefore = tables.tables(existing.id());
        boolean sameTables = Objects.equals(ItemChanges.tables(tablesBefore), ItemChanges.tables(parsed.tables()));
        boolean sameRisk = Objects.equals(before.riskId(), parsed.riskId());
        if (normalised(asItem(item.sourceId(), before)).equals(normalised(item)) && sameTables && sameRisk) {
            return null;
        }
        store.updateItem(existing.id(), item);
        linkRisk(existing.id(), before.riskId(), parsed.riskId());
        if (!sameTables) {
            tables.replace(existing.id(), parsed.tables());
        }
        PlanStore.ItemRow after = plans.item(existing.id()).orElseThrow();
        ChangeSet changes = ItemChanges.planning(before, after);
        ItemChanges.results(before, after).toList().forEach(c -> changes.field(c.field(), c.before(), c.after()));
        changes.field("tables", ItemChanges.tables(tablesBefore), ItemChanges.tables(parsed.tables()));
        changes.field("reportedAt", before.reportedAt() == null ? null : before.reportedAt().toLocalDate(),
                after.reportedAt() == null ? null : after.reportedAt().toLocalDate());
        record(history, PlanManagement.ITEM, existing.id(), changes);
        return RecordChanged.Action.UPDATED;
    }

    /** Points the item at the imported risk it treats, linked from the risk's page as an item planned does. */
    private void linkRisk(long itemId, Long before, Long after) {
        if (Objects.equals(before, after)) {
            return;
        }
        store.setRisk(itemId, after);
        if (before != null) {
            riskLinks.unlinkFrom(before, PlanManagement.ITEM, Long.toString(itemId));
        }
        if (after != null) {
            riskLinks.linkFrom(after, PlanManagement.ITEM, Long.toString(itemId));
        }
    }

    /** An item with no results, to list a new item's results as changes from nothing. */
    private static PlanStore.ItemRow empty(PlanStore.ItemRow r) {
        return new PlanStore.ItemRow(r.id(), r.planId(), r.kind(), r.reviewKind(), null, null, null, null, r.title(),
                r.responsibleUnitId(), null, null, null, null, r.period(), r.origin(), null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, 0);
    }

    private static PlanImportStore.Item asItem(String sourceId, PlanStore.ItemRow r) {
        return new PlanImportStore.Item(sourceId, r.kind(), r.riskTitle(), r.riskSentence(), r.title(),
                r.responsibleUnitId(), r.responsiblePersonId(), r.period(), r.whatToDo(), r.actionsTaken(),
                r.actionStatus(), r.movedToYear(), r.finalReportYear(), r.finalReportPeriod(), r.areas(), r.purpose(),
                r.scope(), r.method(), r.reviewerPersonId(), r.result(), r.cause(), r.analysis(), r.conclusion(),
                r.ledToActions(), r.reportedAt(), r.reportedBy());
    }

    /** The item with its report time as an instant in UTC, so the database's and the file's compare equal. */
    private static PlanImportStore.Item normalised(PlanImportStore.Item i) {
        OffsetDateTime at = i.reportedAt() == null ? null : i.reportedAt().toInstant().atOffset(ZoneOffset.UTC);
        return new PlanImportStore.Item(i.sourceId(), i.kind(), i.riskTitle(), i.riskSentence(), i.title(),
                i.responsibleUnitId(), i.responsiblePersonId(), i.period(), i.whatToDo(), i.actionsTaken(),
                i.actionStatus(), i.movedToYear(), i.finalReportYear(), i.finalReportPeriod(), i.areas(), i.purpose(),
                i.scope(), i.method(), i.reviewerPersonId(), i.result(), i.cause(), i.analysis(), i.conclusion(),
                i.ledToActions(), at, i.reportedBy());
    }

    private static ChangeSet planChanges(PlanStore.PlanRow b, PlanGroup a) {
        Adoption adoption = a.adoption();
        return ChangeSet.create().field("year", b == null ? null : b.year(), a.year())
                .field("status", b == null ? null : b.status(), a.status())
                .field("decidedOn", b == null ? null : b.decidedOn(), adoption == null ? null : adoption.decidedOn())
                .field("paragraph", b == null ? null : b.paragraph(), adoption == null ? null : adoption.paragraph())
                .field("diaryNumber", b == null ? null : b.diaryNumber(),
                        adoption == null ? null : adoption.diaryNumber())
                .field("adoptedBy", b == null ? null : b.adoptedBy(), adoption == null ? null : adoption.adoptedBy())
                .field("closedOn", b == null ? null : b.closedOn(), a.closedOn());
    }

    /** The history entry of a record the import created or changed (action IMPORTED, the file as the reason). */
    private static void record(Map<String, List<RecordsImported.Record>> history, String type, long id,
            ChangeSet changes) {
        history.computeIfAbsent(type, t -> new ArrayList<>()).add(new RecordsImported.Record(Long.toString(id),
                changes.toList()));
    }

    // ---- reading and checking the rows

    /** An item of the file; {@code riskId} the imported risk it treats (column Riskens käll-id), or null. */
    record ParsedItem(int row, PlanImportStore.Item item, List<ResultTable> tables, Long riskId) {
    }

    record PlanGroup(long committeeId, int year, PlanStatus status, Adoption adoption, LocalDate closedOn,
            Long existingId, List<ParsedItem> items) {
    }

    record Read(Map<String, PlanGroup> plans, Map<String, PlanImportStore.ItemSource> sources, List<RowProblem> problems) {
    }

    private Read read(List<Map<String, String>> rows, Context context) {
        List<RowProblem> problems = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(context.importedAt(), SWEDEN);
        ImportLookups look = lookups.create(context);
        List<ImportRow> importRows = ImportRow.of(rows, problems);
        Map<String, PlanImportStore.ItemSource> sources = store.itemsBySource(importRows.stream()
                .map(r -> r.text(SOURCE_ID)).filter(Objects::nonNull).distinct().toList());
        Map<String, Long> riskIds = risks.importedRisks(importRows.stream().map(r -> r.text(RISK_SOURCE))
                .filter(Objects::nonNull).distinct().toList());
        Map<String, PlanGroup> groups = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (ImportRow row : importRows) {
            PlanGroup plan = planOf(row, look, today, groups);
            ParsedItem item = item(row, plan, look, today);
            String riskSource = row.text(RISK_SOURCE);
            Long riskId = riskSource == null ? null : riskIds.get(riskSource);
            if (riskSource != null && riskId == null) {
                row.problem(RISK_SOURCE, "plan.import.error.unknownRisk");
                continue;
            }
            if (item == null || plan == null) {
                continue;
            }
            item = new ParsedItem(item.row(), item.item(), item.tables(), riskId);
            Integer first = seen.putIfAbsent(item.item().sourceId(), row.number());
            if (first != null) {
                row.problem(SOURCE_ID, "plan.import.error.duplicate", first);
                continue;
            }
            PlanImportStore.ItemSource existing = sources.get(item.item().sourceId());
            if (existing != null && (existing.committeeId() != plan.committeeId() || existing.year() != plan.year())) {
                row.problem(SOURCE_ID, "plan.import.error.otherPlan", existing.year());
            } else if (existing != null && existing.kind() != item.item().kind()) {
                row.problem(KIND, "plan.item.error.kindChange");
            }
            plan.items().add(item);
        }
        return new Read(groups, sources, problems);
    }

    /** The row's plan: the first row of a committee and year gives it; later rows must agree. */
    private PlanGroup planOf(ImportRow row, ImportLookups look, LocalDate today, Map<String, PlanGroup> groups) {
        OrgQuery.UnitView committee = look.unit(row, COMMITTEE);
        Integer year = row.year(YEAR);
        if (row.text(YEAR) == null) {
            row.required(YEAR);
        }
        PlanStatus status = row.requiredChoice(PLAN_STATUS, ImportLabels.PLAN_STATUS);
        LocalDate decidedOn = row.date(DECIDED_ON);
        LocalDate closedOn = row.date(CLOSED_ON);
        if (committee == null || year == null || status == null) {
            return null;
        }
        if (committee.type() != OrgUnitType.COMMITTEE) {
            row.problem(COMMITTEE, "plan.create.error.notCommittee", committee.name());
            return null;
        }
        Adoption adoption = status == PlanStatus.DRAFT ? null
                : new Adoption(decidedOn, row.text(PARAGRAPH), row.text(DIARY), row.text(ADOPTED_BY));
        String key = committee.id() + "/" + year;
        PlanGroup known = groups.get(key);
        if (known != null) {
            if (known.status() != status || !Objects.equals(known.adoption(), adoption)
                    || !Objects.equals(known.closedOn(), status == PlanStatus.CLOSED ? closedOn : null)) {
                row.problem(PLAN_STATUS, "plan.import.error.planDiffers", committee.code(), year);
            }
            return known;
        }
        boolean valid = checkPlan(row, status, adoption, decidedOn, closedOn, today);
        PlanImportStore.PlanHead head = store.plan(committee.id(), year).orElse(null);
        if (head != null && !head.imported()) {
            row.problem(YEAR, "plan.import.error.notImported", committee.name(), year);
            valid = false;
        }
        PlanGroup group = new PlanGroup(committee.id(), year, status, adoption,
                status == PlanStatus.CLOSED ? closedOn : null, head == null ? null : head.id(), new ArrayList<>());
        groups.put(key, group);
        return valid ? group : null;
    }

    private static boolean checkPlan(ImportRow row, PlanStatus status, Adoption adoption, LocalDate decidedOn,
            LocalDate closedOn, LocalDate today) {
        boolean valid = true;
        if (adoption != null) {
            try {
                adoption.check();
            } catch (DomainException e) {
                row.problem(DECIDED_ON, "plan.adopt.error.incomplete");
                valid = false;
            }
            if (decidedOn != null && decidedOn.isAfter(today)) {
                row.problem(DECIDED_ON, "plan.import.error.future");
                valid = false;
            }
        }
        if (status == PlanStatus.CLOSED) {
            if (closedOn == null) {
                row.problem(CLOSED_ON, "plan.import.error.closedOn");
                valid = false;
            } else if (closedOn.isAfter(today)) {
                row.problem(CLOSED_ON, "plan.close.error.date", closedOn.toString());
                valid = false;
            } else if (decidedOn != null && closedOn.isBefore(decidedOn)) {
                row.problem(CLOSED_ON, "plan.import.error.closedBeforeAdopted", decidedOn.toString());
                valid = false;
            }
        } else if (closedOn != null) {
            row.problem(CLOSED_ON, "plan.import.error.notClosed");
            valid = false;
        }
        return valid;
    }

    private ParsedItem item(ImportRow row, PlanGroup plan, ImportLookups look, LocalDate today) {
        String sourceId = row.required(SOURCE_ID);
        if (sourceId != null && sourceId.length() > 100) {
            row.problem(SOURCE_ID, "plan.import.error.tooLong", 100);
        }
        ItemKind kind = row.requiredChoice(KIND, ImportLabels.KIND);
        String title = row.required(TITLE);
        if (title != null && title.length() > 300) {
            row.problem(TITLE, "plan.import.error.tooLong", 300);
        }
        OrgQuery.UnitView unit = look.unit(row, UNIT);
        Period period = row.requiredChoice(PERIOD, ImportLabels.PERIOD);
        Long responsible = look.person(row, RESPONSIBLE);
        Long reviewer = look.person(row, REVIEWER);
        ActionStatus status = row.choice(STATUS, ImportLabels.ACTION_STATUS);
        Integer movedTo = row.year(MOVED_TO);
        Integer finalYear = row.year(FINAL_YEAR);
        Period finalPeriod = row.choice(FINAL_PERIOD, ImportLabels.PERIOD);
        LocalDate reportedOn = row.date(REPORTED_ON);
        List<ResultTable> tables = List.of();
        try {
            tables = ResultTableText.parse(row.text(TABLES));
        } catch (DomainException e) {
            row.problem(TABLES, e.getMessage(), e.arguments());
        }
        if (kind != null) {
            for (String header : kind == ItemKind.REVIEW ? ACTION_ONLY : REVIEW_ONLY) {
                if (row.text(header) != null) {
                    row.problem(header, kind == ItemKind.REVIEW ? "plan.import.error.actionOnly"
                            : "plan.import.error.reviewOnly");
                }
            }
        }
        if (plan == null || sourceId == null || kind == null || title == null || unit == null || period == null) {
            return null;
        }
        if (!look.subtree(plan.committeeId()).contains(unit.id())) {
            row.problem(UNIT, "plan.import.error.unitOutside", unit.name());
        }
        if (status != null) {
            try {
                new ActionReport(null, status, movedTo, finalYear, finalPeriod).check(plan.year());
            } catch (DomainException e) {
                row.problem(STATUS, e.getMessage(), e.arguments());
            }
        }
        boolean hasResults = status != null || row.text(ACTIONS_TAKEN) != null || row.text(RESULT) != null
                || row.text(CAUSE) != null || row.text(ANALYSIS) != null || row.text(CONCLUSION) != null
                || row.text(LED_TO) != null || !tables.isEmpty();
        if ((hasResults || reportedOn != null) && plan.status() == PlanStatus.DRAFT) {
            row.problem(PLAN_STATUS, "plan.report.error.notAdopted");
        }
        if (reportedOn != null) {
            if (reportedOn.isAfter(today)) {
                row.problem(REPORTED_ON, "plan.import.error.future");
            } else if (plan.adoption() != null && plan.adoption().decidedOn() != null
                    && reportedOn.isBefore(plan.adoption().decidedOn())) {
                row.problem(REPORTED_ON, "plan.import.error.reportedBeforeAdopted",
                        plan.adoption().decidedOn().toString());
            } else if (plan.closedOn() != null && reportedOn.isAfter(plan.closedOn())) {
                row.problem(REPORTED_ON, "plan.import.error.reportedAfterClosed", plan.closedOn().toString());
            }
        }
        LocalDate reportDay = reportedOn != null ? reportedOn : hasResults ? period.end(plan.year()) : null;
        // noon Swedish time: the same calendar day in Stockholm and in UTC, however the time is read back
        OffsetDateTime reportedAt = reportDay == null ? null
                : reportDay.atTime(12, 0).atZone(SWEDEN).toOffsetDateTime();
        String reportedBy = reportedAt == null ? null
                : row.text(REPORTED_BY) != null ? row.text(REPORTED_BY) : look.username();
        boolean moved = status == ActionStatus.MOVED_TO_PLAN;
        boolean finalReport = status == ActionStatus.FINAL_REPORT_AT;
        PlanImportStore.Item item = new PlanImportStore.Item(sourceId, kind, row.text(RISK), row.text(RISK_SENTENCE), title,
                unit.id(), responsible, period, row.text(WHAT_TO_DO), row.text(ACTIONS_TAKEN), status,
                moved ? movedTo : null, finalReport ? finalYear : null, finalReport ? finalPeriod : null,
                row.text(AREAS), row.text(PURPOSE), row.text(SCOPE), row.text(METHOD), reviewer, row.text(RESULT),
                row.text(CAUSE), row.text(ANALYSIS), row.text(CONCLUSION), row.text(LED_TO), reportedAt, reportedBy);
        return new ParsedItem(row.number(), item, tables, null);
    }
}
