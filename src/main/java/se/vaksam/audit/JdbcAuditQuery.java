package se.vaksam.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.org.OrgQuery;
import se.vaksam.plan.ActionStatus;
import se.vaksam.plan.PlanQuery;
import se.vaksam.risk.RiskQuery;
import se.vaksam.shared.AccessScope;
import se.vaksam.shared.Choice;
import se.vaksam.shared.NotFoundException;

/** Reads reviews within the signed-in person's scope; linked records through their modules' queries. */
@Service
@Transactional(readOnly = true)
class JdbcAuditQuery implements AuditQuery {

    private final AuditStore store;
    private final AuditAccess access;
    private final OrgQuery org;
    private final PlanQuery plans;
    private final RiskQuery risks;

    JdbcAuditQuery(AuditStore store, AuditAccess access, OrgQuery org, PlanQuery plans, RiskQuery risks) {
        this.store = store;
        this.access = access;
        this.org = org;
        this.plans = plans;
        this.risks = risks;
    }

    @Override
    public List<ReviewView> reviews(Long committeeId) {
        AccessScope scope = access.scope();
        return store.reviews().stream().filter(r -> committeeId == null || r.committeeId() == committeeId)
                .filter(r -> access.canRead(scope, r.committeeId())).map(r -> view(r, scope)).toList();
    }

    @Override
    public ReviewView review(long reviewId) {
        AuditStore.ReviewRow row = reviewRow(store, reviewId);
        access.requireRead(row.committeeId());
        return view(row, access.scope());
    }

    @Override
    public Optional<ResponseView> response(long reviewId) {
        access.requireRead(reviewRow(store, reviewId).committeeId());
        return store.response(reviewId);
    }

    @Override
    public RecommendationView recommendation(long recommendationId) {
        AuditStore.RecommendationRow rec = store.recommendation(recommendationId)
                .orElseThrow(() -> new NotFoundException("audit.error.notFound"));
        AuditStore.AreaRow area = store.area(rec.areaId()).orElseThrow();
        AuditStore.ReviewRow review = reviewRow(store, area.reviewId());
        access.requireRead(review.committeeId());
        return recommendation(rec, area, review, access.scope());
    }

    @Override
    public List<Choice> linkChoices(long recommendationId, LinkType type, String search, int limit) {
        AuditStore.RecommendationRow rec = store.recommendation(recommendationId)
                .orElseThrow(() -> new NotFoundException("audit.error.notFound"));
        long committeeId = reviewRow(store, store.area(rec.areaId()).orElseThrow().reviewId()).committeeId();
        access.requireRead(committeeId);
        List<String> words = search == null ? List.of() : Arrays.stream(search.strip().toLowerCase(Locale.ROOT)
                .split("\\s+")).filter(w -> !w.isEmpty()).toList();
        if (type == null || words.isEmpty()) {
            return List.of();
        }
        Predicate<String> matches = title -> title != null
                && words.stream().allMatch(w -> title.toLowerCase(Locale.ROOT).contains(w));
        List<Choice> found = switch (type) {
            case IMPROVEMENT_ACTION -> plans.improvementActions(null).stream()
                    .filter(a -> a.committeeId() == committeeId && matches.test(a.title()))
                    .map(a -> new Choice(Long.toString(a.id()), a.title() + " (" + a.year() + ")")).toList();
            case PLAN_ITEM -> plans.plans(committeeId, null).stream()
                    .sorted(Comparator.comparingInt(PlanQuery.PlanView::year).reversed()).limit(RECENT_PLANS)
                    .flatMap(p -> plans.items(p.id()).stream()).filter(i -> matches.test(i.title()))
                    .map(i -> new Choice(Long.toString(i.id()), i.title() + " (" + i.year() + ")")).toList();
            case RISK -> risks.risks(new RiskQuery.RiskFilter(committeeId, null, null, null, null, null, null, null,
                    null)).stream().filter(r -> matches.test(r.title()))
                    .map(r -> new Choice(Long.toString(r.id()), r.title())).toList();
        };
        return found.stream().sorted(Comparator.comparing(Choice::label)).limit(limit).toList();
    }

    /** How many of the committee's latest plans the plan-item picker searches (a recommendation is recent work). */
    private static final int RECENT_PLANS = 3;

    @Override
    public List<RecommendationView> openRecommendations(Long committeeId) {
        AccessScope scope = access.scope();
        List<RecommendationView> open = new ArrayList<>();
        for (AuditStore.ReviewRow review : store.reviews()) {
            if ((committeeId != null && review.committeeId() != committeeId)
                    || !access.canRead(scope, review.committeeId())) {
                continue;
            }
            for (AuditStore.AreaRow area : store.areas(review.id())) {
                store.recommendations(area.id()).stream().filter(r -> r.status().open())
                        .forEach(r -> open.add(recommendation(r, area, review, scope)));
            }
        }
        open.sort(Comparator.comparing(RecommendationView::committeeName).thenComparing(RecommendationView::reviewYear)
                .thenComparing(RecommendationView::reviewNumber).thenComparing(RecommendationView::id));
        return open;
    }

    static AuditStore.ReviewRow reviewRow(AuditStore store, long reviewId) {
        return store.review(reviewId).orElseThrow(() -> new NotFoundException("audit.error.notFound"));
    }

    private ReviewView view(AuditStore.ReviewRow r, AccessScope scope) {
        boolean manageable = access.canManage(scope, r.committeeId());
        List<AreaView> areas = store.areas(r.id()).stream().map(a -> new AreaView(a.id(), a.reviewId(), a.position(),
                a.heading(), a.judgement(),
                store.recommendations(a.id()).stream().map(rec -> recommendation(rec, a, r, scope)).toList(),
                a.assigneeUsername(), name(a.assigneeUsername()), a.actionsTaken(), a.effects(), a.plannedActions(),
                a.version(), manageable || (a.assigneeUsername() != null && a.assigneeUsername().equals(scope.username()))))
                .toList();
        return new ReviewView(r.id(), r.committeeId(), committeeName(r.committeeId()), r.number(), r.title(),
                r.auditors(), r.reviewedOn(), r.overallJudgement(), areas, r.version(), manageable);
    }

    private RecommendationView recommendation(AuditStore.RecommendationRow rec, AuditStore.AreaRow area,
            AuditStore.ReviewRow review, AccessScope scope) {
        List<LinkView> links = store.links(rec.id()).stream().map(this::link).toList();
        return new RecommendationView(rec.id(), area.id(), review.id(), review.number(), review.title(),
                review.reviewedOn().getYear(), review.committeeId(), committeeName(review.committeeId()),
                area.heading(), rec.position(), rec.text(), rec.status(), rec.closedOn(), rec.closingSuggested(),
                links, rec.version(), access.canManage(scope, review.committeeId()));
    }

    /**
     * The linked record as its module shows it to the signed-in person. Reads only lists the person may see (never
     * a single-record read that refuses with an exception: that would mark the caller's transaction — for the
     * follow-up listener, the plan's own change — for rollback).
     */
    LinkView link(AuditStore.LinkRow l) {
        long id = l.recordId();
        LinkView unreadable = new LinkView(l.recordType(), id, null, null, false, null, false);
        return switch (l.recordType()) {
            case IMPROVEMENT_ACTION -> plans.improvementActions(null).stream().filter(a -> a.id() == id).findFirst()
                    .map(a -> new LinkView(l.recordType(), id, a.title(), "plan.improvementStatus." + a.status(),
                            !a.open(), "/improvement-actions/" + id, true))
                    .orElse(unreadable);
            case PLAN_ITEM -> plans.plans(null, null).stream().flatMap(p -> plans.items(p.id()).stream())
                    .filter(i -> i.id() == id).findFirst()
                    .map(i -> new LinkView(l.recordType(), id, i.title(),
                            i.actionStatus() == null ? null : "plan.status." + i.actionStatus(),
                            i.actionStatus() == ActionStatus.DONE, "/plan-items/" + id, true))
                    .orElse(unreadable);
            case RISK -> risks.risks(RiskQuery.RiskFilter.none()).stream().filter(r -> r.id() == id).findFirst()
                    .map(r -> new LinkView(l.recordType(), id, r.title(), null, false, "/risks/" + id, true))
                    .orElse(unreadable);
        };
    }

    private String name(String username) {
        return username == null ? null : org.person(username).map(OrgQuery.PersonView::fullName).orElse(username);
    }

    private String committeeName(long committeeId) {
        return org.unit(committeeId).map(OrgQuery.UnitView::name).orElse("");
    }
}
