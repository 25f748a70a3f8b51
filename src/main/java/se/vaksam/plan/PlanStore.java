package se.vaksam.plan;

import java.time.Clock;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import se.vaksam.org.OrgQuery;
import se.vaksam.shared.Period;
import se.vaksam.shared.Versions;

/** The plan and item tables, read and written with plain SQL; no access checks here. */
@Repository
class PlanStore {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final OrgQuery org;

    PlanStore(JdbcClient jdbc, OrgQuery org, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.org = org;
    }

    // ---- plans

    record PlanRow(long id, long committeeId, String committeeName, int year, PlanStatus status, LocalDate decidedOn,
            String paragraph, String diaryNumber, String adoptedBy, LocalDate closedOn, int version) {

        Plan toPlan() {
            Adoption adoption = decidedOn == null ? null : new Adoption(decidedOn, paragraph, diaryNumber, adoptedBy);
            return new Plan(id, committeeId, year, status, adoption, closedOn, version);
        }

        PlanRow named(Map<Long, OrgQuery.UnitView> units) {
            return new PlanRow(id, committeeId, unitName(units.get(committeeId)), year, status, decidedOn, paragraph,
                    diaryNumber, adoptedBy, closedOn, version);
        }
    }

    static String unitName(OrgQuery.UnitView unit) {
        return unit == null ? null : unit.name();
    }

    /** The committees' names, from the organisation module (one batch lookup). */
    private List<PlanRow> namedPlans(List<PlanRow> rows) {
        Map<Long, OrgQuery.UnitView> names = org.units(rows.stream().map(PlanRow::committeeId).toList());
        return rows.stream().map(r -> r.named(names)).toList();
    }

    private static final String PLAN_SELECT = """
            select p.id, p.committee_id, null, p.year, p.status, p.decided_on, p.paragraph, p.diary_number,
                   p.adopted_by, p.closed_on, p.version
            from plan p""";

    private static PlanRow planRow(ResultSet rs, int n) throws SQLException {
        return new PlanRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                PlanStatus.valueOf(rs.getString(5)), date(rs, 6), rs.getString(7), rs.getString(8), rs.getString(9),
                date(rs, 10), rs.getInt(11));
    }

    List<PlanRow> plans() {
        return namedPlans(jdbc.sql(PLAN_SELECT).query(PlanStore::planRow).list()).stream()
                .sorted(Comparator.comparing(PlanRow::year).reversed().thenComparing(PlanRow::committeeName,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    Optional<PlanRow> plan(long id) {
        return jdbc.sql(PLAN_SELECT + " where p.id = ?").param(id).query(PlanStore::planRow).optional()
                .map(r -> namedPlans(List.of(r)).get(0));
    }

    Optional<PlanRow> plan(long committeeId, int year) {
        return jdbc.sql(PLAN_SELECT + " where p.committee_id = ? and p.year = ?").params(committeeId, year)
                .query(PlanStore::planRow).optional().map(r -> namedPlans(List.of(r)).get(0));
    }

    long insertPlan(long committeeId, int year) {
        return insert(jdbc.sql("insert into plan (committee_id, year) values (?, ?)").params(committeeId, year));
    }

    void save(Plan plan, int seenVersion) {
        Adoption a = plan.adoption();
        int rows = jdbc.sql("""
                update plan set status = ?, decided_on = ?, paragraph = ?, diary_number = ?, adopted_by = ?,
                       closed_on = ?, version = version + 1
                where id = ? and version = ?""")
                .params(plan.status().name(), a == null ? null : a.decidedOn(), a == null ? null : a.paragraph(),
                        a == null ? null : a.diaryNumber(), a == null ? null : a.adoptedBy(), plan.closedOn(),
                        plan.id(), seenVersion)
                .update();
        Versions.checked(rows, jdbc, "plan", plan.id(), seenVersion);
    }

    // ---- items

    record ItemRow(long id, long planId, ItemKind kind, ReviewKind reviewKind, Long commonReviewAreaId, Long riskId,
            String riskTitle, String riskSentence, String title, long responsibleUnitId, String responsibleUnitName,
            Long responsiblePersonId, String responsibleUsername, String responsibleName, Period period,
            ItemOrigin origin, Long proposalId, String whatToDo, String actionsTaken, ActionStatus actionStatus,
            Integer movedToYear, Integer finalReportYear, Period finalReportPeriod, String areas, String purpose,
            String scope, String method, Long reviewerPersonId, String reviewerUsername, String reviewerName,
            String result, String cause, String analysis, String conclusion, String ledToActions,
            OffsetDateTime reportedAt, String reportedBy, int version) {

        ItemRow named(Map<Long, OrgQuery.UnitView> units, Map<Long, OrgQuery.PersonView> people) {
            OrgQuery.PersonView responsible = responsiblePersonId == null ? null : people.get(responsiblePersonId);
            OrgQuery.PersonView reviewer = reviewerPersonId == null ? null : people.get(reviewerPersonId);
            return new ItemRow(id, planId, kind, reviewKind, commonReviewAreaId, riskId, riskTitle, riskSentence, title,
                    responsibleUnitId, PlanStore.unitName(units.get(responsibleUnitId)), responsiblePersonId,
                    responsible == null ? null : responsible.username(),
                    responsible == null ? null : responsible.fullName(), period, origin, proposalId, whatToDo,
                    actionsTaken, actionStatus, movedToYear, finalReportYear, finalReportPeriod, areas, purpose, scope,
                    method, reviewerPersonId, reviewer == null ? null : reviewer.username(),
                    reviewer == null ? null : reviewer.fullName(), result, cause, analysis, conclusion, ledToActions,
                    reportedAt, reportedBy, version);
        }
    }

    /** The responsible units' and people's names, from the organisation module (two batch lookups). */
    private List<ItemRow> namedItems(List<ItemRow> rows) {
        Map<Long, OrgQuery.UnitView> units = org.units(rows.stream().map(ItemRow::responsibleUnitId).toList());
        Map<Long, OrgQuery.PersonView> people = org.people(rows.stream()
                .flatMap(r -> java.util.stream.Stream.of(r.responsiblePersonId(), r.reviewerPersonId())).toList());
        return rows.stream().map(r -> r.named(units, people)).toList();
    }

    private static final String ITEM_SELECT = """
            select i.id, i.plan_id, i.kind, i.review_kind, i.common_review_area_id, i.risk_id, i.risk_title,
                   i.risk_sentence, i.title, i.responsible_unit_id, null, i.responsible_person_id, null,
                   null, i.period, i.origin, i.proposal_id, i.what_to_do,
                   i.actions_taken, i.action_status, i.moved_to_year, i.final_report_year, i.final_report_period,
                   i.areas, i.purpose, i.scope, i.method, i.reviewer_person_id, null,
                   null, i.result, i.cause, i.analysis, i.conclusion,
                   i.led_to_actions, i.reported_at, i.reported_by, i.version
            from plan_item i""";

    private static ItemRow itemRow(ResultSet rs, int n) throws SQLException {
        return new ItemRow(rs.getLong(1), rs.getLong(2), ItemKind.valueOf(rs.getString(3)),
                rs.getString(4) == null ? null : ReviewKind.valueOf(rs.getString(4)), (Long) rs.getObject(5),
                (Long) rs.getObject(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getLong(10),
                rs.getString(11), (Long) rs.getObject(12), rs.getString(13), rs.getString(14),
                Period.valueOf(rs.getString(15)), ItemOrigin.valueOf(rs.getString(16)), (Long) rs.getObject(17),
                rs.getString(18), rs.getString(19),
                rs.getString(20) == null ? null : ActionStatus.valueOf(rs.getString(20)), (Integer) rs.getObject(21),
                (Integer) rs.getObject(22), rs.getString(23) == null ? null : Period.valueOf(rs.getString(23)),
                rs.getString(24), rs.getString(25), rs.getString(26), rs.getString(27), (Long) rs.getObject(28),
                rs.getString(29), rs.getString(30), rs.getString(31), rs.getString(32), rs.getString(33),
                rs.getString(34), rs.getString(35), rs.getObject(36, OffsetDateTime.class), rs.getString(37),
                rs.getInt(38));
    }

    List<ItemRow> items(long planId) {
        return namedItems(jdbc.sql(ITEM_SELECT + " where i.plan_id = ? and not i.removed order by i.kind, i.position, i.id")
                .param(planId).query(PlanStore::itemRow).list());
    }

    /** The items of several plans in one read (the start page), by plan id; a plan without items is left out. */
    Map<Long, List<ItemRow>> itemsOfPlans(java.util.Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return Map.of();
        }
        return namedItems(jdbc.sql(ITEM_SELECT
                + " where i.plan_id in (:plans) and not i.removed order by i.plan_id, i.kind, i.position, i.id")
                .param("plans", planIds).query(PlanStore::itemRow).list()).stream()
                .collect(java.util.stream.Collectors.groupingBy(ItemRow::planId, java.util.LinkedHashMap::new,
                        java.util.stream.Collectors.toList()));
    }

    List<ItemRow> itemsOfCommonReviewArea(long areaId) {
        return namedItems(jdbc.sql(ITEM_SELECT + " where i.common_review_area_id = ? and not i.removed order by i.plan_id")
                .param(areaId).query(PlanStore::itemRow).list());
    }

    Optional<ItemRow> item(long id) {
        return jdbc.sql(ITEM_SELECT + " where i.id = ? and not i.removed").param(id).query(PlanStore::itemRow)
                .optional().map(r -> namedItems(List.of(r)).get(0));
    }

    long insertItem(long planId, ItemDraft d, ItemOrigin origin, String riskTitle, String riskSentence,
            Long responsiblePerson, Long reviewer) {
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from plan_item where plan_id = ?")
                .param(planId).query(Integer.class).single();
        return insert(jdbc.sql("""
                insert into plan_item (plan_id, kind, review_kind, common_review_area_id, risk_id, risk_title,
                    risk_sentence, title, responsible_unit_id, responsible_person_id, period, origin, proposal_id,
                    position, what_to_do, areas, purpose, scope, method, reviewer_person_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(planId, d.kind().name(), name(d.reviewKind()), d.commonReviewAreaId(), d.riskId(), riskTitle,
                        riskSentence, d.title().strip(), d.responsibleUnitId(), responsiblePerson, d.period().name(),
                        origin.name(), d.proposalId(), position, d.whatToDo(), d.areas(), d.purpose(), d.scope(),
                        d.method(), reviewer));
    }

    void updatePlanning(long itemId, ItemDraft d, String riskTitle, String riskSentence, Long responsiblePerson,
            Long reviewer, int seenVersion) {
        checked(jdbc.sql("""
                update plan_item set review_kind = ?, risk_id = ?, risk_title = ?, risk_sentence = ?, title = ?,
                    responsible_unit_id = ?, responsible_person_id = ?, period = ?, what_to_do = ?, areas = ?,
                    purpose = ?, scope = ?, method = ?, reviewer_person_id = ?, version = version + 1
                where id = ? and version = ?""")
                .params(name(d.reviewKind()), d.riskId(), riskTitle, riskSentence, d.title().strip(),
                        d.responsibleUnitId(), responsiblePerson, d.period().name(), d.whatToDo(), d.areas(),
                        d.purpose(), d.scope(), d.method(), reviewer, itemId, seenVersion).update(), itemId, seenVersion);
    }

    void remove(long itemId, int seenVersion) {
        checked(jdbc.sql("update plan_item set removed = true, version = version + 1 where id = ? and version = ?")
                .params(itemId, seenVersion).update(), itemId, seenVersion);
    }

    void reportAction(long itemId, ActionReport r, String username, int seenVersion) {
        checked(jdbc.sql("""
                update plan_item set actions_taken = ?, action_status = ?, moved_to_year = ?, final_report_year = ?,
                    final_report_period = ?, reported_at = ?, reported_by = ?, version = version + 1
                where id = ? and version = ?""")
                .params(r.actionsTaken(), r.status().name(), r.movedToYear(), r.finalReportYear(),
                        name(r.finalReportPeriod()), OffsetDateTime.now(clock), username, itemId, seenVersion).update(),
                itemId, seenVersion);
    }

    void reportReview(long itemId, ReviewReport r, String username, int seenVersion) {
        checked(jdbc.sql("""
                update plan_item set result = ?, cause = ?, analysis = ?, conclusion = ?, led_to_actions = ?,
                    reported_at = ?, reported_by = ?, version = version + 1
                where id = ? and version = ?""")
                .params(r.result(), r.cause(), r.analysis(), r.conclusion(), r.ledToActions(), OffsetDateTime.now(clock),
                        username, itemId, seenVersion).update(), itemId, seenVersion);
    }

    void markTaken(long proposalId, long itemId) {
        jdbc.sql("update plan_proposal set taken_into_item_id = ? where id = ?").params(itemId, proposalId).update();
    }

    // ---- changes after adoption

    void insertChange(long planId, Long itemId, ChangeDecision decision, String kind, String title, String username) {
        jdbc.sql("""
                insert into plan_change (plan_id, item_id, decided_on, reason, change_kind, item_title, made_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(planId, itemId, decision.decidedOn(), decision.reason().strip(), kind, title, username)
                .update();
    }

    List<PlanQuery.Change> changes(long planId) {
        return jdbc.sql("""
                select id, item_id, decided_on, reason, change_kind, item_title, made_by, made_at from plan_change
                where plan_id = ? order by made_at, id""").param(planId)
                .query((rs, n) -> new PlanQuery.Change(rs.getLong(1), (Long) rs.getObject(2), date(rs, 3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class)))
                .list();
    }

    private void checked(int rows, long itemId, int seenVersion) {
        Versions.checked(rows, jdbc, "plan_item", itemId, seenVersion);
    }

    static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private long insert(JdbcClient.StatementSpec spec) {
        KeyHolder keys = new GeneratedKeyHolder();
        spec.update(keys, "id");
        return keys.getKeyAs(Long.class);
    }
}
