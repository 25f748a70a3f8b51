package se.vaksam.plan;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import se.vaksam.org.OrgQuery;
import se.vaksam.org.OrgUnitType;
import se.vaksam.shared.Period;

/**
 * Keeps every committee's plan in step with kommunstyrelsen's decision: one kommungemensam granskning
 * per area and plan, added when the plan is created and when areas are decided for plans that already
 * exist. Idempotent: an area a plan already has (even if later removed by decision) is not added again.
 * Items are added on behalf of kommunstyrelsen's decision, so no committee rights are asked here.
 */
@Component
class CommonReviewItems {

    static final String REASON = "Kommunstyrelsens beslut om kommungemensamma granskningsområden";

    private final CommonReviewStore areas;
    private final PlanStore plans;
    private final PlanManagement management;
    private final OrgQuery org;
    private final JdbcClient jdbc;

    CommonReviewItems(CommonReviewStore areas, PlanStore plans, PlanManagement management, OrgQuery org,
            JdbcClient jdbc) {
        this.areas = areas;
        this.plans = plans;
        this.management = management;
        this.org = org;
        this.jdbc = jdbc;
    }

    /** A new draft plan gets the year's areas at once, inside the transaction that created it. */
    @EventListener
    void on(PlanCreated created) {
        addMissing(created.planId(), created.committeeId(), created.year());
    }

    /** Adds the year's areas to every plan of that year not yet closed; returns how many items were added. */
    int applyToYear(int year) {
        int added = 0;
        for (PlanStore.PlanRow plan : plans.plans()) {
            if (plan.year() == year && plan.status() != PlanStatus.CLOSED) {
                added += addMissing(plan.id(), plan.committeeId(), year);
            }
        }
        return added;
    }

    /** Each committee's review item for the area, with its results. */
    List<CommonReviewDecision.CommitteeResult> results(long areaId) {
        return plans.itemsOfCommonReviewArea(areaId).stream().map(item -> {
            PlanStore.PlanRow plan = plans.plan(item.planId()).orElseThrow();
            return new CommonReviewDecision.CommitteeResult(plan.committeeId(), plan.committeeName(), plan.id(),
                    item.id(), item.result(), item.conclusion(), item.ledToActions(), item.reportedAt() != null);
        }).sorted(java.util.Comparator.comparing(CommonReviewDecision.CommitteeResult::committeeName)).toList();
    }

    private int addMissing(long planId, long committeeId, int year) {
        List<CommonReviewStore.AreaOfYear> decided = areas.areasOfYear(year);
        if (decided.isEmpty()) {
            return 0;
        }
        LocalDate decidedOn = areas.decisionOfYear(year).orElseThrow().decidedOn();
        Set<Long> present = new HashSet<>(jdbc.sql("""
                select common_review_area_id from plan_item
                where plan_id = ? and common_review_area_id is not null""").param(planId).query(Long.class).list());
        long unitId = administrationOf(committeeId);
        int added = 0;
        for (CommonReviewStore.AreaOfYear area : decided) {
            if (present.contains(area.id())) {
                continue;
            }
            ItemDraft draft = ItemDraft.review(null, area.title(), unitId, null, Period.ANNUAL,
                    ReviewKind.KOMMUNGEMENSAM, area.instructions(), null, null, null, null);
            management.addCommonReview(planId, area.id(), draft, new ChangeDecision(decidedOn, REASON));
            added++;
        }
        return added;
    }

    /** The committee's förvaltning carries out its reviews; the committee itself if it has none. */
    private long administrationOf(long committeeId) {
        return org.subtree(committeeId).stream().map(org::unit).flatMap(java.util.Optional::stream)
                .filter(u -> u.type() == OrgUnitType.ADMINISTRATION && Long.valueOf(committeeId).equals(u.parentId()))
                .map(OrgQuery.UnitView::id).sorted().findFirst().orElse(committeeId);
    }
}
