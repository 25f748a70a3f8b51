package se.vaksam.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.shared.Access;
import se.vaksam.shared.AccessScope;
import se.vaksam.shared.ChangeSet;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.NotFoundException;
import se.vaksam.shared.QueryTransaction;
import se.vaksam.shared.RecordChanged;

/**
 * Kommungemensamma granskningsområden: kommunstyrelsen's yearly decision, its areas and attachments, and
 * each committee's results per area. Registering or extending a decision gives every committee plan of the
 * year one city-wide review item per area.
 */
@Service
@Transactional
public class CommonReviewAreas {

    static final String RECORD_TYPE = "plan.commonReviewDecision";
    /** The largest attachment accepted: 10 MB (also a check in the database). */
    public static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

    private final CommonReviewStore store;
    private final CommonReviewRights rights;
    private final CommonReviewItems items;
    private final Access access;
    private final ApplicationEventPublisher events;

    CommonReviewAreas(CommonReviewStore store, CommonReviewRights rights, CommonReviewItems items, Access access,
            ApplicationEventPublisher events) {
        this.store = store;
        this.rights = rights;
        this.items = items;
        this.access = access;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public boolean mayEdit() {
        return rights.mayEdit(access.current());
    }

    @QueryTransaction
    public List<CommonReviewDecision> decisions() {
        AccessScope scope = readable();
        return store.decisions().stream().map(h -> view(h, scope)).toList();
    }

    @QueryTransaction
    public CommonReviewDecision decision(long id) {
        AccessScope scope = readable();
        return view(store.decision(id).orElseThrow(CommonReviewAreas::notFound), scope);
    }

    @QueryTransaction
    public Optional<CommonReviewDecision> decisionOfYear(int year) {
        AccessScope scope = readable();
        return store.decisionOfYear(year).map(h -> view(h, scope));
    }

    /** Registers kommunstyrelsen's decision for a year and adds its areas to the committees' plans. */
    public long register(CommonReviewDecision.Draft draft) {
        AccessScope scope = editable();
        check(draft);
        if (store.decisionOfYear(draft.year()).isPresent()) {
            throw new DomainException("plan.common.error.yearTaken", draft.year());
        }
        long id = store.insertDecision(draft, scope.username());
        for (int i = 0; i < draft.areas().size(); i++) {
            CommonReviewDecision.AreaDraft area = draft.areas().get(i);
            store.insertArea(id, i + 1, area.title().strip(), text(area.instructions()));
        }
        events.publishEvent(new RecordChanged(RECORD_TYPE, Long.toString(id), RecordChanged.Action.CREATED,
                changes(draft).toList(), null));
        items.applyToYear(draft.year());
        return id;
    }

    /**
     * Changes the decision's header and areas: areas are matched by position, new ones are appended and
     * reach the plans at once; an area cannot be removed once decided.
     */
    public void update(long id, int version, CommonReviewDecision.Draft draft) {
        editable();
        check(draft);
        CommonReviewStore.Head head = store.decision(id).orElseThrow(CommonReviewAreas::notFound);
        if (draft.year() != head.year()) {
            throw new DomainException("plan.common.error.yearFixed");
        }
        List<CommonReviewDecision.Area> before = store.areas(id);
        if (draft.areas().size() < before.size()) {
            throw new DomainException("plan.common.error.areaRemoved");
        }
        store.updateDecision(id, version, draft);
        ChangeSet changes = ChangeSet.create().field("decidedOn", head.decidedOn(), draft.decidedOn())
                .field("paragraph", head.paragraph(), blankToNull(draft.paragraph()))
                .field("diaryNumber", head.diaryNumber(), blankToNull(draft.diaryNumber()));
        for (int i = 0; i < draft.areas().size(); i++) {
            CommonReviewDecision.AreaDraft area = draft.areas().get(i);
            if (i < before.size()) {
                CommonReviewDecision.Area old = before.get(i);
                store.updateArea(old.id(), i + 1, area.title().strip(), text(area.instructions()));
                changes.field("area" + (i + 1) + ".title", old.title(), area.title().strip())
                        .field("area" + (i + 1) + ".instructions", old.instructions(), text(area.instructions()));
            } else {
                store.insertArea(id, i + 1, area.title().strip(), text(area.instructions()));
                changes.field("area" + (i + 1) + ".title", null, area.title().strip());
            }
        }
        events.publishEvent(new RecordChanged(RECORD_TYPE, Long.toString(id), RecordChanged.Action.UPDATED,
                changes.toList(), null));
        items.applyToYear(head.year());
    }

    /** Attaches a file (at most {@link #MAX_ATTACHMENT_BYTES}) to the decision or to one of its areas. */
    public long attach(long decisionId, Long areaId, String fileName, String contentType, byte[] content) {
        AccessScope scope = editable();
        store.decision(decisionId).orElseThrow(CommonReviewAreas::notFound);
        if (areaId != null && store.areas(decisionId).stream().noneMatch(a -> a.id() == areaId)) {
            throw notFound();
        }
        if (content == null || content.length == 0 || fileName == null || fileName.isBlank()) {
            throw new DomainException("plan.common.error.fileEmpty");
        }
        if (content.length > MAX_ATTACHMENT_BYTES) {
            throw new DomainException("plan.common.error.fileTooLarge", MAX_ATTACHMENT_BYTES / (1024 * 1024));
        }
        String name = fileName.strip().replaceAll("[\\\\/\\r\\n\"]", "_");
        String type = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        long id = store.insertAttachment(decisionId, areaId, name, type, content, scope.username());
        events.publishEvent(new RecordChanged(RECORD_TYPE, Long.toString(decisionId), RecordChanged.Action.UPDATED,
                ChangeSet.create().field("attachment", null, name).toList(), null));
        return id;
    }

    @Transactional(readOnly = true)
    public CommonReviewDecision.AttachmentFile attachment(long attachmentId) {
        readable();
        store.attachmentDecision(attachmentId).orElseThrow(CommonReviewAreas::notFound);
        return store.attachmentFile(attachmentId);
    }

    public void removeAttachment(long attachmentId) {
        editable();
        long decisionId = store.attachmentDecision(attachmentId).orElseThrow(CommonReviewAreas::notFound);
        String name = store.attachmentFile(attachmentId).fileName();
        store.deleteAttachment(attachmentId);
        events.publishEvent(new RecordChanged(RECORD_TYPE, Long.toString(decisionId), RecordChanged.Action.UPDATED,
                ChangeSet.create().field("attachment", name, null).toList(), null));
    }

    /** The area with its year. */
    @Transactional(readOnly = true)
    public CommonReviewDecision.Area area(long areaId) {
        readable();
        CommonReviewStore.AreaOfYear area = store.area(areaId).orElseThrow(CommonReviewAreas::notFound);
        return new CommonReviewDecision.Area(area.id(), area.position(), area.title(), area.instructions());
    }

    /** Kommunstyrelsen's view: each committee's result for the area side by side (a committee sees its own). */
    @Transactional(readOnly = true)
    public List<CommonReviewDecision.CommitteeResult> results(long areaId) {
        AccessScope scope = readable();
        store.area(areaId).orElseThrow(CommonReviewAreas::notFound);
        return items.results(areaId).stream().filter(r -> rights.maySeeCommittee(scope, r.committeeId())).toList();
    }

    private CommonReviewDecision view(CommonReviewStore.Head h, AccessScope scope) {
        return new CommonReviewDecision(h.id(), h.year(), h.decidedOn(), h.paragraph(), h.diaryNumber(),
                h.registeredBy(), h.version(), store.areas(h.id()), store.attachments(h.id()), rights.mayEdit(scope));
    }

    private AccessScope readable() {
        AccessScope scope = access.current();
        if (!rights.mayRead(scope)) {
            throw new ForbiddenException();
        }
        return scope;
    }

    private AccessScope editable() {
        AccessScope scope = access.current();
        if (!rights.mayEdit(scope)) {
            throw new ForbiddenException();
        }
        return scope;
    }

    private static void check(CommonReviewDecision.Draft draft) {
        if (draft.decidedOn() == null || draft.year() < 2000 || draft.year() > 2100) {
            throw new DomainException("plan.common.error.required");
        }
        if (length(draft.paragraph()) > 40 || length(draft.diaryNumber()) > 60) {
            throw new DomainException("plan.common.error.reference");
        }
        if (draft.areas().isEmpty()) {
            throw new DomainException("plan.common.error.noAreas");
        }
        if (draft.areas().stream().anyMatch(a -> a.title() == null || a.title().isBlank())) {
            throw new DomainException("plan.common.error.areaTitle");
        }
        if (draft.areas().stream().map(a -> a.title().strip().toLowerCase()).distinct().count()
                < draft.areas().size()) {
            throw new DomainException("plan.common.error.areaTwice");
        }
        if (draft.areas().stream().anyMatch(a -> a.title().strip().length() > 300)) {
            throw new DomainException("plan.common.error.areaTitle");
        }
    }

    private static ChangeSet changes(CommonReviewDecision.Draft draft) {
        ChangeSet changes = ChangeSet.create().field("year", null, draft.year())
                .field("decidedOn", null, draft.decidedOn())
                .field("paragraph", null, blankToNull(draft.paragraph()))
                .field("diaryNumber", null, blankToNull(draft.diaryNumber()));
        for (int i = 0; i < draft.areas().size(); i++) {
            changes.field("area" + (i + 1) + ".title", null, draft.areas().get(i).title().strip());
        }
        return changes;
    }

    private static int length(String value) {
        return value == null ? 0 : value.strip().length();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static NotFoundException notFound() {
        return new NotFoundException("plan.common.error.notFound");
    }
}
