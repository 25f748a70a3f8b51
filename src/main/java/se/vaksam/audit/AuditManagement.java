package se.vaksam.audit;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.org.OrgQuery;
import se.vaksam.shared.ChangeSet;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.NotFoundException;
import se.vaksam.shared.RecordChanged;

/**
 * Changes to reviews, their sub-areas and recommendations, and the committee's response. The committee's
 * coordinator manages everything; a sub-area's answer is also written by the person it is assigned to; the
 * auditors only read.
 */
@Service
@Transactional
public class AuditManagement {

    static final String REVIEW = "audit.review";
    static final String RECOMMENDATION = "audit.recommendation";
    /** The longest sub-area heading (the column's length). */
    static final int MAX_HEADING = 300;

    private final AuditStore store;
    private final AuditAccess access;
    private final JdbcAuditQuery query;
    private final OrgQuery org;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AuditManagement(AuditStore store, AuditAccess access, JdbcAuditQuery query, OrgQuery org,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.access = access;
        this.query = query;
        this.org = org;
        this.events = events;
        this.clock = clock;
    }

    /** Enters an auditors' review with its sub-areas and recommendations in the report's order. */
    public long createReview(ReviewDraft draft) {
        if (draft == null) {
            throw new DomainException("audit.error.reviewRequired");
        }
        draft.check();
        access.requireManage(draft.committeeId());
        if (store.numberTaken(draft.committeeId(), draft.number().strip(), null)) {
            throw new DomainException("audit.error.numberTaken", draft.number());
        }
        long id = store.insertReview(draft);
        draft.areasOrEmpty().forEach(area -> store.insertArea(id, area));
        publish(REVIEW, id, RecordChanged.Action.CREATED, ChangeSet.create().field("number", null, draft.number())
                .field("title", null, draft.title()).field("areas", null, draft.areasOrEmpty().size()));
        return id;
    }

    public void editReview(long reviewId, ReviewDraft draft, int seenVersion) {
        AuditStore.ReviewRow before = JdbcAuditQuery.reviewRow(store, reviewId);
        access.requireManage(before.committeeId());
        ReviewDraft same = new ReviewDraft(before.committeeId(), draft.number(), draft.title(), draft.auditors(),
                draft.reviewedOn(), draft.overallJudgement(), null);
        same.check();
        if (store.numberTaken(before.committeeId(), draft.number().strip(), reviewId)) {
            throw new DomainException("audit.error.numberTaken", draft.number());
        }
        store.updateReview(reviewId, same, seenVersion);
        publish(REVIEW, reviewId, RecordChanged.Action.UPDATED, ChangeSet.create()
                .field("number", before.number(), draft.number()).field("title", before.title(), draft.title())
                .field("auditors", before.auditors(), draft.auditors())
                .field("reviewedOn", before.reviewedOn(), draft.reviewedOn())
                .field("overallJudgement", before.overallJudgement(), draft.overallJudgement()));
    }

    public long addArea(long reviewId, AreaDraft draft) {
        AuditStore.ReviewRow review = JdbcAuditQuery.reviewRow(store, reviewId);
        access.requireManage(review.committeeId());
        if (draft == null) {
            throw new DomainException("audit.error.areaRequired");
        }
        draft.check();
        long id = store.insertArea(reviewId, draft);
        publish(REVIEW, reviewId, RecordChanged.Action.UPDATED, ChangeSet.create().field("area", null, draft.heading()));
        return id;
    }

    /**
     * Changes a sub-area's heading and the auditors' judgement (e.g. a typing error found after entry); by whoever
     * manages the committee's reviews. The recommendations and the committee's answers stay as they are.
     */
    public void editArea(long areaId, String heading, String judgement, int seenVersion) {
        AuditStore.AreaRow area = area(areaId);
        AuditStore.ReviewRow review = JdbcAuditQuery.reviewRow(store, area.reviewId());
        access.requireManage(review.committeeId());
        if (ReviewDraft.blank(heading) || ReviewDraft.blank(judgement)) {
            throw new DomainException("audit.error.areaRequired");
        }
        if (heading.strip().length() > MAX_HEADING) {
            throw new DomainException("audit.error.headingLength", MAX_HEADING);
        }
        store.updateArea(areaId, heading, judgement, seenVersion);
        publish(REVIEW, review.id(), RecordChanged.Action.UPDATED, ChangeSet.create()
                .field("area." + area.position() + ".heading", area.heading(), heading.strip())
                .field("area." + area.position() + ".judgement", area.judgement(), judgement.strip()));
    }

    /**
     * The committee's three answers for a sub-area: by the coordinator or the person it is assigned to.
     * An answer that is null is not changed (a partial update); a blank one clears it.
     */
    public void answer(long areaId, AnswerDraft answer, int seenVersion) {
        AuditStore.AreaRow area = area(areaId);
        AuditStore.ReviewRow review = JdbcAuditQuery.reviewRow(store, area.reviewId());
        String me = access.scope().username();
        if (!access.canManage(access.scope(), review.committeeId()) && !me.equals(area.assigneeUsername())) {
            throw new ForbiddenException();
        }
        // A partial update: an answer not sent (null) keeps what is there; a blank one clears it.
        AnswerDraft sent = answer == null ? new AnswerDraft(null, null, null) : answer;
        AnswerDraft a = new AnswerDraft(kept(sent.actionsTaken(), area.actionsTaken()),
                kept(sent.effects(), area.effects()), kept(sent.plannedActions(), area.plannedActions()));
        store.answer(areaId, a, seenVersion);
        publish(REVIEW, review.id(), RecordChanged.Action.UPDATED, ChangeSet.create()
                .field("answer." + area.position() + ".actionsTaken", area.actionsTaken(), AuditStore.blank(a.actionsTaken()))
                .field("answer." + area.position() + ".effects", area.effects(), AuditStore.blank(a.effects()))
                .field("answer." + area.position() + ".plannedActions", area.plannedActions(),
                        AuditStore.blank(a.plannedActions())));
    }

    private static String kept(String sent, String stored) {
        return sent == null ? stored : sent;
    }

    /** Assigns a sub-area's drafting to a person (null or blank: nobody); it shows on their start page. */
    public void assign(long areaId, String username) {
        AuditStore.AreaRow area = area(areaId);
        AuditStore.ReviewRow review = JdbcAuditQuery.reviewRow(store, area.reviewId());
        access.requireManage(review.committeeId());
        String who = AuditStore.blank(username);
        Long personId = who == null ? null : org.person(who).map(OrgQuery.PersonView::id)
                .orElseThrow(() -> new DomainException("audit.error.unknownPerson", username));
        store.assign(areaId, personId, who);
        publish(REVIEW, review.id(), RecordChanged.Action.UPDATED,
                ChangeSet.create().field("assignee." + area.position(), area.assigneeUsername(), who));
    }

    /** Sets the recommendation's follow-up status; DONE and NOT_ADDRESSED close it (dated today). */
    public void setStatus(long recommendationId, RecommendationStatus status, int seenVersion) {
        AuditStore.RecommendationRow rec = recommendationRow(recommendationId);
        requireManageOf(rec);
        if (status == null) {
            throw new DomainException("audit.error.statusRequired");
        }
        store.setStatus(recommendationId, status, status.open() ? null : LocalDate.now(clock), seenVersion);
        publish(RECOMMENDATION, recommendationId, RecordChanged.Action.UPDATED,
                ChangeSet.create().field("status", rec.status(), status));
    }

    /** Keeps the recommendation open although its last linked action is closed (answers "Stäng rekommendationen?" no). */
    public void keepOpen(long recommendationId) {
        AuditStore.RecommendationRow rec = recommendationRow(recommendationId);
        requireManageOf(rec);
        store.suggestClosing(recommendationId, false);
        publish(RECOMMENDATION, recommendationId, RecordChanged.Action.UPDATED,
                ChangeSet.create().field("closingSuggested", true, false));
    }

    /** Links the recommendation to a plan item, improvement action or risk the person may read. */
    public void link(long recommendationId, LinkType type, Long recordId) {
        AuditStore.RecommendationRow rec = recommendationRow(recommendationId);
        requireManageOf(rec);
        if (type == null || recordId == null) {
            throw new DomainException("audit.error.linkRequired");
        }
        AuditStore.LinkRow link = new AuditStore.LinkRow(recommendationId, type, recordId);
        if (!query.link(link).readable()) {
            throw new DomainException("audit.error.linkUnknown");
        }
        if (store.link(recommendationId, type, recordId)) {
            publish(RECOMMENDATION, recommendationId, RecordChanged.Action.UPDATED,
                    ChangeSet.create().field("link", null, type + " " + recordId));
        }
    }

    public void unlink(long recommendationId, LinkType type, long recordId) {
        AuditStore.RecommendationRow rec = recommendationRow(recommendationId);
        requireManageOf(rec);
        if (store.unlink(recommendationId, type, recordId)) {
            publish(RECOMMENDATION, recommendationId, RecordChanged.Action.UPDATED,
                    ChangeSet.create().field("link", type + " " + recordId, null));
        }
    }

    /** Saves the yttrande's header, summary, proposal line, signatures and reservations (created on first save). */
    public void saveResponse(long reviewId, ResponseDraft draft, int seenVersion) {
        AuditStore.ReviewRow review = JdbcAuditQuery.reviewRow(store, reviewId);
        access.requireManage(review.committeeId());
        if (draft == null) {
            throw new DomainException("audit.error.responseRequired");
        }
        var before = store.response(reviewId);
        if (before.isEmpty()) {
            store.insertResponse(reviewId, draft);
        } else {
            store.updateResponse(reviewId, draft, seenVersion);
        }
        var old = before.orElse(null);
        publish(REVIEW, reviewId, RecordChanged.Action.UPDATED, ChangeSet.create()
                .field("response.date", old == null ? null : old.date(), draft.date())
                .field("response.diaryNumber", old == null ? null : old.diaryNumber(), draft.diaryNumber())
                .field("response.addressee", old == null ? null : old.addressee(), draft.addressee())
                .field("response.summary", old == null ? null : old.summary(), AuditStore.blank(draft.summary()))
                .field("response.reservations", old == null ? null : old.reservations(),
                        AuditStore.blank(draft.reservations())));
    }

    /** The committees whose reviews the signed-in person manages (for choosing where a new review belongs). */
    @Transactional(readOnly = true)
    public java.util.List<OrgQuery.UnitView> manageableCommittees() {
        var scope = access.scope();
        java.util.Map<Long, OrgQuery.UnitView> committees = new java.util.LinkedHashMap<>();
        for (long unitId : scope.writableUnitIds()) {
            for (OrgQuery.UnitView step : org.ancestors(unitId)) {
                if (step.type() == se.vaksam.org.OrgUnitType.COMMITTEE && access.canManage(scope, step.id())) {
                    committees.putIfAbsent(step.id(), step);
                }
            }
            org.unit(unitId).filter(u -> u.type() == se.vaksam.org.OrgUnitType.COMMITTEE)
                    .ifPresent(u -> committees.putIfAbsent(u.id(), u));
        }
        return java.util.List.copyOf(committees.values());
    }

    private void requireManageOf(AuditStore.RecommendationRow rec) {
        AuditStore.AreaRow area = area(rec.areaId());
        access.requireManage(JdbcAuditQuery.reviewRow(store, area.reviewId()).committeeId());
    }

    private AuditStore.AreaRow area(long areaId) {
        return store.area(areaId).orElseThrow(() -> new NotFoundException("audit.error.notFound"));
    }

    private AuditStore.RecommendationRow recommendationRow(long id) {
        return store.recommendation(id).orElseThrow(() -> new NotFoundException("audit.error.notFound"));
    }

    private void publish(String type, long id, RecordChanged.Action action, ChangeSet changes) {
        events.publishEvent(new RecordChanged(type, Long.toString(id), action, changes.toList(), null));
    }
}
