package se.vaksam.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.deviation.Deviations;
import se.vaksam.org.OrgQuery;
import se.vaksam.plan.PlanQuery;
import se.vaksam.risk.RiskQuery;
import se.vaksam.shared.Access;
import se.vaksam.shared.AccessScope;
import se.vaksam.shared.ChangeSet;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.NotFoundException;
import se.vaksam.shared.RecordChanged;

/**
 * The register's changes and reads. A document belongs to a unit: whoever may read that unit reads it,
 * whoever may change that unit changes it. A link from another module's record is added by whoever may read
 * both the document and the record (risks, plan items and deviations are checked through their modules' queries).
 */
@Service
@Transactional
public class GoverningDocuments implements GovernanceQuery {

    static final String DOCUMENT = "governance.document";

    /** Record types that may link to documents, as their modules name them in their history. */
    public static final Set<String> LINKABLE = Set.of("risk.risk", "plan.item", "deviation.deviation");

    private final DocumentStore store;
    private final Access access;
    private final OrgQuery org;
    private final RiskQuery risks;
    private final PlanQuery plans;
    private final Deviations deviations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GoverningDocuments(DocumentStore store, Access access, OrgQuery org, RiskQuery risks, PlanQuery plans,
            Deviations deviations, ApplicationEventPublisher events, Clock clock) {
        this.deviations = deviations;
        this.store = store;
        this.access = access;
        this.org = org;
        this.risks = risks;
        this.plans = plans;
        this.events = events;
        this.clock = clock;
    }

    public long create(DocumentDraft draft) {
        draft.check();
        org.existingUnit(draft.owningUnitId(), "owningUnitId");
        access.requireWrite(draft.owningUnitId());
        long id = store.insert(draft, owner(draft.ownerUsername()));
        publish(id, RecordChanged.Action.CREATED, changes(null, row(id)));
        return id;
    }

    public void edit(long id, DocumentDraft draft, int seenVersion) {
        DocumentStore.Row before = row(id);
        access.requireWrite(before.owningUnitId());
        draft.check();
        org.existingUnit(draft.owningUnitId(), "owningUnitId");
        access.requireWrite(draft.owningUnitId());
        store.update(id, draft, owner(draft.ownerUsername()), seenVersion);
        publish(id, RecordChanged.Action.UPDATED, changes(before, row(id)));
    }

    /**
     * Links the document to a record of another module: refused unless the person may read the document and may
     * change the record (or the document).
     */
    public void link(long documentId, String recordType, String recordId) {
        requireLinkable(row(documentId), recordType, recordId);
        if (store.link(documentId, recordType, recordId)) {
            publish(documentId, RecordChanged.Action.UPDATED,
                    ChangeSet.create().field("link", null, recordType + " " + recordId));
        }
    }

    public void unlink(long documentId, String recordType, String recordId) {
        requireLinkable(row(documentId), recordType, recordId);
        if (store.unlink(documentId, recordType, recordId)) {
            publish(documentId, RecordChanged.Action.UPDATED,
                    ChangeSet.create().field("link", recordType + " " + recordId, null));
        }
    }

    @Transactional(readOnly = true)
    public List<Link> links(long documentId) {
        access.requireRead(row(documentId).owningUnitId());
        return store.links(documentId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DocumentView> linkedTo(String recordType, String recordId) {
        AccessScope scope = access.current();
        return store.linkedTo(recordType, recordId).stream().filter(r -> scope.canRead(r.owningUnitId()))
                .map(r -> view(r, scope)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<DocumentView> documents(DocumentKind kind, Long unitId, boolean overdueOnly) {
        AccessScope scope = access.current();
        return store.all().stream().filter(r -> scope.canRead(r.owningUnitId()))
                .filter(r -> kind == null || r.kind() == kind)
                .filter(r -> unitId == null || r.owningUnitId() == unitId)
                .map(r -> view(r, scope)).filter(v -> !overdueOnly || v.overdue()).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public DocumentView document(long documentId) {
        DocumentStore.Row row = row(documentId);
        access.requireRead(row.owningUnitId());
        return view(row, access.current());
    }

    /** The overdue revisions of the documents the person owns (for the start page). */
    @Transactional(readOnly = true)
    public List<DocumentView> overdueOwnedBy(AccessScope scope) {
        if (scope.personId() == null) {
            return List.of();
        }
        return store.overdueOwnedBy(scope.personId(), LocalDate.now(clock)).stream().map(r -> view(r, scope)).toList();
    }

    /**
     * Whether the signed-in person may link documents to the record (for the record page's form): whoever may
     * change the record. Runs outside a transaction so that a refused read of the record does not mark one.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public boolean mayLink(String recordType, String recordId) {
        try {
            return recordWritable(recordType, recordId);
        } catch (DomainException | ForbiddenException | NotFoundException e) {
            return false;
        }
    }

    private void requireLinkable(DocumentStore.Row document, String recordType, String recordId) {
        access.requireRead(document.owningUnitId());
        if (!recordWritable(recordType, recordId) && !access.current().canWrite(document.owningUnitId())) {
            throw new ForbiddenException();
        }
    }

    /** Reads the record through its module (403/404 as that module decides) and tells whether it may be changed. */
    private boolean recordWritable(String recordType, String recordId) {
        if (recordType == null || !LINKABLE.contains(recordType)) {
            throw new DomainException("governance.error.recordType");
        }
        long id;
        try {
            id = Long.parseLong(recordId);
        } catch (NumberFormatException | NullPointerException e) {
            throw new DomainException("governance.error.recordType");
        }
        return switch (recordType) {
            case "risk.risk" -> risks.risk(id).writable();
            case "plan.item" -> {
                PlanQuery.ItemView item = plans.item(id);
                yield item.manageable() || item.reportable();
            }
            case "deviation.deviation" -> deviations.mayLink(id);
            default -> false;
        };
    }

    private DocumentView view(DocumentStore.Row r, AccessScope scope) {
        String ownerName = r.ownerUsername() == null ? null
                : org.person(r.ownerUsername()).map(OrgQuery.PersonView::fullName).orElse(r.ownerUsername());
        String unitName = org.unit(r.owningUnitId()).map(OrgQuery.UnitView::name).orElse("");
        boolean overdue = r.nextRevision() != null && r.nextRevision().isBefore(LocalDate.now(clock));
        return new DocumentView(r.id(), r.owningUnitId(), unitName, r.title(), r.kind(), r.ownerPersonId(),
                r.ownerUsername(), ownerName, r.decidedBy(), r.decidedOn(), r.diaryNumber(), r.validFrom(),
                r.revisionMonths(), r.nextRevision(), r.implementationStatus(), r.link(), overdue, r.version(),
                scope.canWrite(r.owningUnitId()));
    }

    private DocumentStore.Row row(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("governance.error.notFound"));
    }

    private Long owner(String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        return org.person(username.strip()).map(OrgQuery.PersonView::id)
                .orElseThrow(() -> new DomainException("governance.error.unknownPerson", username));
    }

    private static ChangeSet changes(DocumentStore.Row before, DocumentStore.Row after) {
        return ChangeSet.create()
                .field("title", before == null ? null : before.title(), after.title())
                .field("kind", before == null ? null : before.kind(), after.kind())
                .field("owner", before == null ? null : before.ownerUsername(), after.ownerUsername())
                .field("decidedBy", before == null ? null : before.decidedBy(), after.decidedBy())
                .field("decidedOn", before == null ? null : before.decidedOn(), after.decidedOn())
                .field("diaryNumber", before == null ? null : before.diaryNumber(), after.diaryNumber())
                .field("validFrom", before == null ? null : before.validFrom(), after.validFrom())
                .field("revisionMonths", before == null ? null : before.revisionMonths(), after.revisionMonths())
                .field("nextRevision", before == null ? null : before.nextRevision(), after.nextRevision())
                .field("implementationStatus", before == null ? null : before.implementationStatus(),
                        after.implementationStatus())
                .field("link", before == null ? null : before.link(), after.link());
    }

    private void publish(long id, RecordChanged.Action action, ChangeSet changes) {
        events.publishEvent(new RecordChanged(DOCUMENT, Long.toString(id), action, changes.toList(), null));
    }

}
