package se.vaksam.governance;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import se.vaksam.org.OrgQuery;
import se.vaksam.shared.ChangeSet;
import se.vaksam.shared.HistoryImport;
import se.vaksam.shared.ImportedRow;
import se.vaksam.shared.RecordsImported;

/**
 * Governing documents (styrdokument) from a file, one row per document: the owning unit by code, the kind, the
 * dokumentägare by username, the decision (by whom, when, diarienummer), validity, revision interval and next
 * revision, implementation and link. Found again by the source system's id; the dates are checked as a decision
 * goes (applies from and is revised after it is decided, nothing decided in the future). Afterwards the register,
 * the document pages and the owners' start-page tasks (revision overdue) show the imported documents.
 */
@Component
class DocumentImport implements HistoryImport {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    static final String SOURCE_ID = "Käll-id";
    static final String UNIT = "Enhetskod";
    static final String TITLE = "Rubrik";
    static final String KIND = "Typ";
    static final String OWNER = "Dokumentägare";
    static final String DECIDED_BY = "Beslutad av";
    static final String DECIDED_ON = "Beslutsdatum";
    static final String DIARY = "Diarienummer";
    static final String VALID_FROM = "Gäller från";
    static final String MONTHS = "Revideras var (månader)";
    static final String NEXT_REVISION = "Nästa revidering";
    static final String STATUS = "Införande";
    static final String LINK = "Länk";

    static final Map<String, DocumentKind> KINDS = ImportedRow.labels(
            new SimpleEntry<>("Riktlinje", DocumentKind.GUIDELINE), new SimpleEntry<>("Rutin", DocumentKind.ROUTINE),
            new SimpleEntry<>("Kärnprocess", DocumentKind.CORE_PROCESS),
            new SimpleEntry<>("Anvisning", DocumentKind.INSTRUCTION));
    static final Map<String, ImplementationStatus> STATUSES = ImportedRow.labels(
            new SimpleEntry<>("Inte påbörjat", ImplementationStatus.NOT_STARTED),
            new SimpleEntry<>("Införs", ImplementationStatus.IN_PROGRESS),
            new SimpleEntry<>("Infört", ImplementationStatus.IMPLEMENTED));

    private final DocumentStore store;
    private final OrgQuery org;
    private final ApplicationEventPublisher events;

    DocumentImport(DocumentStore store, OrgQuery org, ApplicationEventPublisher events) {
        this.store = store;
        this.org = org;
        this.events = events;
    }

    @Override
    public String kind() {
        return "governing-documents";
    }

    @Override
    public String titleKey() {
        return "governance.import.title";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<Column> columns() {
        return List.of(column(SOURCE_ID, true, List.of(), "SD-2021-12", "sourceId"),
                column(UNIT, true, List.of(), "ASN", "unit"),
                column(TITLE, true, List.of(), "Riktlinjer för handläggning av ekonomiskt bistånd", "title"),
                column(KIND, true, List.copyOf(KINDS.keySet()), "Riktlinje", "kind"),
                column(OWNER, false, List.of(), "ama.avd.eb", "owner"),
                column(DECIDED_BY, false, List.of(), "Arbetsmarknads- och socialnämnden", "decidedBy"),
                column(DECIDED_ON, false, List.of(), "2021-06-16", "decidedOn"),
                column(DIARY, false, List.of(), "ASN-2021-5812", "diaryNumber"),
                column(VALID_FROM, false, List.of(), "2021-09-01", "validFrom"),
                column(MONTHS, false, List.of(), "36", "revisionMonths"),
                column(NEXT_REVISION, false, List.of(), "2024-06-30", "nextRevision"),
                column(STATUS, false, List.copyOf(STATUSES.keySet()), "Infört", "implementationStatus"),
                column(LINK, false, List.of(), "https://intranat.kommun.se/styrdokument/ekonomiskt-bistand", "link"));
    }

    private static Column column(String header, boolean required, List<String> values, String example, String key) {
        return new Column(header, required, values, example, "governance.import.column." + key);
    }

    @Override
    public List<RowProblem> check(List<Map<String, String>> rows, Context context) {
        List<RowProblem> problems = new ArrayList<>();
        read(rows, context, problems);
        return problems;
    }

    @Override
    public Outcome apply(List<Map<String, String>> rows, Context context) {
        List<RowProblem> problems = new ArrayList<>();
        List<DocumentStore.Imported> documents = read(rows, context, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("apply after a failed check: " + problems.size() + " problems");
        }
        Map<String, DocumentStore.Row> existing = store.bySource(documents.stream()
                .map(DocumentStore.Imported::sourceId).toList());
        List<DocumentStore.Imported> created = new ArrayList<>();
        List<RecordsImported.Record> history = new ArrayList<>();
        int updated = 0;
        int unchanged = 0;
        for (DocumentStore.Imported document : documents) {
            DocumentStore.Row before = existing.get(document.sourceId());
            if (before == null) {
                created.add(document);
                continue;
            }
            ChangeSet changes = changes(before, document);
            if (changes.isEmpty()) {
                unchanged++;
            } else {
                store.updateImported(before.id(), document, before.version());
                history.add(new RecordsImported.Record(Long.toString(before.id()), changes.toList()));
                updated++;
            }
        }
        Map<String, Long> ids = store.insertImported(created);
        created.forEach(d -> history.add(new RecordsImported.Record(Long.toString(ids.get(d.sourceId())), List.of())));
        if (!history.isEmpty()) {
            events.publishEvent(new RecordsImported(GoverningDocuments.DOCUMENT, context, history));
        }
        return new Outcome(created.size(), updated, unchanged);
    }

    /** What the row changes in the stored document, with the same field names as an edit's history. */
    private ChangeSet changes(DocumentStore.Row b, DocumentStore.Imported imported) {
        DocumentDraft d = imported.draft();
        ChangeSet changes = ChangeSet.create()
                .field("title", b.title(), d.title().strip())
                .field("kind", b.kind(), d.kind())
                .field("owner", b.ownerUsername(), d.ownerUsername())
                .field("decidedBy", b.decidedBy(), d.decidedBy())
                .field("decidedOn", b.decidedOn(), d.decidedOn())
                .field("diaryNumber", b.diaryNumber(), d.diaryNumber())
                .field("validFrom", b.validFrom(), d.validFrom())
                .field("revisionMonths", b.revisionMonths(), d.revisionMonths())
                .field("nextRevision", b.nextRevision(), d.effectiveNextRevision())
                .field("implementationStatus", b.implementationStatus(), d.statusOrDefault())
                .field("link", b.link(), d.link());
        if (b.owningUnitId() != d.owningUnitId()) {
            changes.field("owningUnit", unitName(b.owningUnitId()), unitName(d.owningUnitId()));
        }
        return changes;
    }

    private String unitName(long unitId) {
        return org.unit(unitId).map(OrgQuery.UnitView::name).orElse(Long.toString(unitId));
    }

    private List<DocumentStore.Imported> read(List<Map<String, String>> rows, Context context,
            List<RowProblem> problems) {
        LocalDate today = LocalDate.ofInstant(context.importedAt(), SWEDEN);
        Map<String, Optional<OrgQuery.UnitView>> units = new HashMap<>();
        Map<String, Optional<OrgQuery.PersonView>> people = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<DocumentStore.Imported> documents = new ArrayList<>();
        for (ImportedRow row : ImportedRow.of(rows, problems)) {
            String sourceId = row.required(SOURCE_ID, 100);
            String code = row.required(UNIT, 60);
            OrgQuery.UnitView unit = code == null ? null : units.computeIfAbsent(code, org::unitByCode).orElse(null);
            if (code != null && unit == null) {
                row.problem(UNIT, "imports.error.unknownUnit");
            }
            String title = row.required(TITLE, 300);
            DocumentKind kind = row.requiredChoice(KIND, KINDS);
            String username = row.text(OWNER, 100);
            Long ownerId = null;
            if (username != null) {
                ownerId = people.computeIfAbsent(username, org::person).map(OrgQuery.PersonView::id).orElse(null);
                if (ownerId == null) {
                    row.problem(OWNER, "imports.error.unknownPerson");
                }
            }
            String decidedBy = row.text(DECIDED_BY, 200);
            LocalDate decidedOn = row.date(DECIDED_ON, today);
            String diary = row.text(DIARY, 60);
            LocalDate validFrom = row.date(VALID_FROM, LocalDate.MAX);
            Integer months = row.number(MONTHS, 1, 120);
            LocalDate nextRevision = row.date(NEXT_REVISION, LocalDate.MAX);
            ImplementationStatus status = row.choice(STATUS, STATUSES);
            String link = row.text(LINK, 1000);
            if (link != null && !link.startsWith("https://") && !link.startsWith("http://")) {
                row.problem(LINK, "governance.error.link");
            }
            if (decidedOn != null && validFrom != null && validFrom.isBefore(decidedOn)) {
                row.problem(VALID_FROM, "imports.error.before", DECIDED_ON, decidedOn.toString());
            }
            if (nextRevision != null && decidedOn != null && !nextRevision.isAfter(decidedOn)) {
                row.problem(NEXT_REVISION, "imports.error.notAfter", DECIDED_ON, decidedOn.toString());
            } else if (nextRevision != null && validFrom != null && !nextRevision.isAfter(validFrom)) {
                row.problem(NEXT_REVISION, "imports.error.notAfter", VALID_FROM, validFrom.toString());
            }
            if (sourceId != null) {
                Integer first = seen.putIfAbsent(sourceId, row.number());
                if (first != null) {
                    row.problem(SOURCE_ID, "imports.error.duplicate", first);
                }
            }
            if (sourceId == null || unit == null || title == null || kind == null) {
                continue;
            }
            documents.add(new DocumentStore.Imported(sourceId, new DocumentDraft(unit.id(), title, kind,
                    ownerId == null ? null : username, decidedBy, decidedOn, diary, validFrom, months, nextRevision,
                    status, link), ownerId));
        }
        return documents;
    }
}
