package se.vaksam.plan;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.org.OrgQuery;
import se.vaksam.shared.ChangeSet;
import se.vaksam.shared.HistoryImport;
import se.vaksam.shared.RecordsImported;

/**
 * Past years' improvement actions (förbättringsåtgärder) from a file, after their plans ({@link PlanImport}): each
 * row names the review it follows from by that review's source id, and carries the status, owner, progress notes
 * and the year-end disposition (carried into next year's follow-up, proposed for next year's plan, another
 * process). Found again by its own source id; notes already there are not added twice.
 */
@Component
class ImprovementImport implements HistoryImport {

    static final String SOURCE_ID = "Käll-id";
    static final String ITEM = "Granskningens käll-id";
    static final String TITLE = "Rubrik";
    static final String DESCRIPTION = "Vad ska göras";
    static final String UNIT = "Ansvarig enhet";
    static final String OWNER = "Ansvarig";
    static final String DUE = "Klart senast";
    static final String STATUS = "Status";
    static final String DISPOSITION = "Vid årsskiftet";
    static final String PROCESS = "Annan process";
    static final String PROPOSAL_KIND = "Föreslås som";
    static final String NOTE = "Notering";
    static final String NOTES = "Lägesrapporter";

    private static final Pattern NOTE_LINE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})\\s*:\\s*(.+)$");

    private final PlanImportStore store;
    private final ImprovementStore improvements;
    private final ImportLookups.Factory lookups;
    private final ApplicationEventPublisher events;

    ImprovementImport(PlanImportStore store, ImprovementStore improvements, ImportLookups.Factory lookups,
            ApplicationEventPublisher events) {
        this.store = store;
        this.improvements = improvements;
        this.lookups = lookups;
        this.events = events;
    }

    @Override
    public String kind() {
        return "improvement-actions";
    }

    @Override
    public String titleKey() {
        return "plan.import.actions.title";
    }

    @Override
    public int order() {
        return 21;
    }

    @Override
    public List<Column> columns() {
        return List.of(ImportRow.column(SOURCE_ID, true, List.of(), "FA-2025-3", "actionSourceId"),
                ImportRow.column(ITEM, true, List.of(), "IKP-2025-7", "itemSourceId"),
                ImportRow.column(TITLE, true, List.of(), "Uppdatera attestrutinen", "actionTitle"),
                ImportRow.column(DESCRIPTION, false, List.of(), "Rutinen revideras och kommuniceras", "description"),
                ImportRow.column(UNIT, true, List.of(), "AMA-EB", "owningUnit"),
                ImportRow.column(OWNER, false, List.of(), "ama.avd.eb", "owner"),
                ImportRow.column(DUE, false, List.of(), "2026-06-30", "due"),
                ImportRow.column(STATUS, true, ImportLabels.IMPROVEMENT_STATUS.labels(), "Pågår", "actionStatus"),
                ImportRow.column(DISPOSITION, false, ImportLabels.DISPOSITION.labels(), "Följs upp nästa år", "disposition"),
                ImportRow.column(PROCESS, false, ImportLabels.OTHER_PROCESS.labels(), "", "otherProcess"),
                ImportRow.column(PROPOSAL_KIND, false, ImportLabels.KIND.labels(), "", "proposalKind"),
                ImportRow.column(NOTE, false, List.of(), "", "dispositionNote"),
                ImportRow.column(NOTES, false, List.of(), "2025-10-01: Utkast klart", "notes"));
    }

    record Note(LocalDate on, String text) {
    }

    record Parsed(int row, PlanImportStore.Action action, PlanImportStore.ItemSource item, ItemKind proposalKind,
            List<Note> notes) {
    }

    @Override
    public List<RowProblem> check(List<Map<String, String>> rows, Context context) {
        List<RowProblem> problems = new ArrayList<>();
        read(rows, context, problems);
        return problems;
    }

    @Override
    @Transactional
    public Outcome apply(List<Map<String, String>> rows, Context context) {
        List<RowProblem> problems = new ArrayList<>();
        List<Parsed> parsed = read(rows, context, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("apply after a failed check: " + problems.size() + " problems");
        }
        List<RecordsImported.Record> history = new ArrayList<>();
        Map<String, Long> existing = store.actionsBySource(parsed.stream().map(p -> p.action().sourceId()).toList());
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Parsed p : parsed) {
            Long id = existing.get(p.action().sourceId());
            ImprovementStore.ActionRow before = id == null ? null : improvements.action(id).orElseThrow();
            boolean same = before != null && asAction(p.action().sourceId(), before).equals(p.action());
            if (before == null) {
                id = store.insertAction(p.action());
            } else if (!same) {
                store.updateAction(id, p.action());
            }
            List<Note> known = improvements.notes(id).stream().map(n -> new Note(n.notedOn(), n.text())).toList();
            List<Note> added = p.notes().stream().filter(n -> !known.contains(n)).toList();
            for (Note note : added) {
                improvements.insertNote(id, note.on(), note.text(), context.username());
            }
            boolean proposed = p.action().disposition() == Disposition.PROPOSED_FOR_NEXT_PLAN
                    && (before == null || before.disposition() != Disposition.PROPOSED_FOR_NEXT_PLAN);
            if (proposed) {
                improvements.insertProposal(p.item().committeeId(), p.item().year() + 1,
                        new ProposalDraft(p.proposalKind() == null ? ItemKind.DIRECT_ACTION : p.proposalKind(),
                                p.action().title(), p.action().dispositionNote()),
                        null, p.action().ownerUnitId(), p.item().id(), id, context.username());
            }
            if (before != null && same && added.isEmpty()) {
                unchanged++;
                continue;
            }
            ImprovementStore.ActionRow after = improvements.action(id).orElseThrow();
            ChangeSet changes = changes(before, after);
            added.forEach(n -> changes.field("note", null, n.on() + ": " + n.text()));
            history.add(new RecordsImported.Record(Long.toString(id), changes.toList()));
            if (before == null) {
                created++;
            } else {
                updated++;
            }
        }
        if (!history.isEmpty()) {
            events.publishEvent(new RecordsImported(ImprovementManagement.ACTION, context, history));
        }
        return new Outcome(created, updated, unchanged);
    }

    private static PlanImportStore.Action asAction(String sourceId, ImprovementStore.ActionRow a) {
        return new PlanImportStore.Action(sourceId, a.itemId(), a.title(), a.description(), a.ownerUnitId(),
                a.ownerPersonId(), a.dueOn(), a.status(), a.disposition(), a.otherProcess(), a.dispositionNote(),
                a.disposedYear());
    }

    private static ChangeSet changes(ImprovementStore.ActionRow b, ImprovementStore.ActionRow a) {
        return ChangeSet.create().field("item", b == null ? null : b.itemTitle(), a.itemTitle())
                .field("title", b == null ? null : b.title(), a.title())
                .field("description", b == null ? null : b.description(), a.description())
                .field("ownerUnit", b == null ? null : b.ownerUnitName(), a.ownerUnitName())
                .field("owner", b == null ? null : b.ownerUsername(), a.ownerUsername())
                .field("dueOn", b == null ? null : b.dueOn(), a.dueOn())
                .field("status", b == null ? null : b.status(), a.status())
                .field("disposition", b == null ? null : b.disposition(), a.disposition())
                .field("otherProcess", b == null ? null : b.otherProcess(), a.otherProcess())
                .field("dispositionNote", b == null ? null : b.dispositionNote(), a.dispositionNote());
    }

    private List<Parsed> read(List<Map<String, String>> rows, Context context, List<RowProblem> problems) {
        LocalDate today = LocalDate.ofInstant(context.importedAt(), PlanImport.SWEDEN);
        ImportLookups look = lookups.create(context);
        List<ImportRow> importRows = ImportRow.of(rows, problems);
        Map<String, PlanImportStore.ItemSource> items = store.itemsBySource(importRows.stream().map(r -> r.text(ITEM))
                .filter(Objects::nonNull).distinct().toList());
        Map<String, Integer> seen = new HashMap<>();
        List<Parsed> parsed = new ArrayList<>();
        for (ImportRow row : importRows) {
            Parsed p = parse(row, items, look, today);
            if (p == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(p.action().sourceId(), row.number());
            if (first != null) {
                row.problem(SOURCE_ID, "plan.import.error.duplicate", first);
            } else {
                parsed.add(p);
            }
        }
        return parsed;
    }

    private Parsed parse(ImportRow row, Map<String, PlanImportStore.ItemSource> items, ImportLookups look,
            LocalDate today) {
        String sourceId = row.required(SOURCE_ID);
        if (sourceId != null && sourceId.length() > 100) {
            row.problem(SOURCE_ID, "plan.import.error.tooLong", 100);
        }
        String itemSource = row.required(ITEM);
        PlanImportStore.ItemSource item = itemSource == null ? null : items.get(itemSource);
        if (itemSource != null && item == null) {
            row.problem(ITEM, "plan.import.error.unknownItem");
        } else if (item != null && item.kind() != ItemKind.REVIEW) {
            row.problem(ITEM, "plan.improvement.error.notReview");
        } else if (item != null && item.planStatus() == PlanStatus.DRAFT) {
            row.problem(ITEM, "plan.report.error.notAdopted");
        }
        String title = row.required(TITLE);
        if (title != null && title.length() > 300) {
            row.problem(TITLE, "plan.import.error.tooLong", 300);
        }
        OrgQuery.UnitView unit = look.unit(row, UNIT);
        Long owner = look.person(row, OWNER);
        LocalDate due = row.date(DUE);
        ImprovementStatus status = row.requiredChoice(STATUS, ImportLabels.IMPROVEMENT_STATUS);
        Disposition disposition = row.choice(DISPOSITION, ImportLabels.DISPOSITION);
        OtherProcess process = row.choice(PROCESS, ImportLabels.OTHER_PROCESS);
        ItemKind proposalKind = row.choice(PROPOSAL_KIND, ImportLabels.KIND);
        if (disposition == Disposition.OTHER_PROCESS && process == null) {
            row.problem(PROCESS, "plan.disposition.error.required");
        } else if (disposition != Disposition.OTHER_PROCESS && process != null) {
            row.problem(PROCESS, "plan.import.error.processWithout");
        }
        if (proposalKind != null && disposition != Disposition.PROPOSED_FOR_NEXT_PLAN) {
            row.problem(PROPOSAL_KIND, "plan.import.error.proposalWithout");
        }
        if (disposition == null && row.text(NOTE) != null) {
            row.problem(NOTE, "plan.import.error.noteWithout");
        }
        List<Note> notes = notes(row, today);
        if (item == null || sourceId == null || title == null || unit == null || status == null) {
            return null;
        }
        if (!look.subtree(item.committeeId()).contains(unit.id())) {
            row.problem(UNIT, "plan.import.error.unitOutside", unit.name());
        }
        if (item.planStatus() == PlanStatus.CLOSED && status.open() && disposition == null) {
            row.problem(DISPOSITION, "plan.import.error.openWithoutDisposition", item.year());
        }
        PlanImportStore.Action action = new PlanImportStore.Action(sourceId, item.id(), title, row.text(DESCRIPTION),
                unit.id(), owner, due, status, disposition, process, row.text(NOTE),
                disposition == null ? null : item.year());
        return new Parsed(row.number(), action, item, proposalKind, notes);
    }

    /** The progress notes, one a line as "ÅÅÅÅ-MM-DD: text", none in the future. */
    private static List<Note> notes(ImportRow row, LocalDate today) {
        String text = row.text(NOTES);
        List<Note> notes = new ArrayList<>();
        if (text == null) {
            return notes;
        }
        for (String line : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            Matcher m = NOTE_LINE.matcher(line);
            LocalDate on = null;
            try {
                on = m.matches() ? LocalDate.parse(m.group(1)) : null;
            } catch (DateTimeParseException e) {
                on = null;
            }
            if (on == null) {
                row.problem(NOTES, "plan.import.error.noteLine", line);
            } else if (on.isAfter(today)) {
                row.problem(NOTES, "plan.import.error.future");
            } else {
                notes.add(new Note(on, m.group(2).strip()));
            }
        }
        return notes;
    }
}
