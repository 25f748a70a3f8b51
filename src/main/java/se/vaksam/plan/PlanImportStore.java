package se.vaksam.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.vaksam.shared.Period;

/** What the import of past plans reads and writes beyond {@link PlanStore} and {@link ImprovementStore}. */
@Repository
class PlanImportStore {

    private final JdbcClient jdbc;

    PlanImportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A plan as the import sees it: whether an import made it (only those an import may change). */
    record PlanHead(long id, boolean imported) {
    }

    Optional<PlanHead> plan(long committeeId, int year) {
        return jdbc.sql("select id, imported from plan where committee_id = ? and year = ?").params(committeeId, year)
                .query((rs, n) -> new PlanHead(rs.getLong(1), rs.getBoolean(2))).optional();
    }

    long insertPlan(long committeeId, int year) {
        return jdbc.sql("insert into plan (committee_id, year, imported) values (?, ?, true) returning id")
                .params(committeeId, year).query(Long.class).single();
    }

    void updatePlan(long id, PlanStatus status, Adoption adoption, LocalDate closedOn) {
        jdbc.sql("""
                update plan set status = ?, decided_on = ?, paragraph = ?, diary_number = ?, adopted_by = ?,
                    closed_on = ?, version = version + 1 where id = ?""")
                .params(status.name(), adoption == null ? null : adoption.decidedOn(),
                        adoption == null ? null : adoption.paragraph(), adoption == null ? null : adoption.diaryNumber(),
                        adoption == null ? null : adoption.adoptedBy(), closedOn, id)
                .update();
    }

    /** An imported item found by its source id: its plan and kind. */
    record ItemSource(long id, long planId, ItemKind kind, int year, long committeeId, PlanStatus planStatus) {
    }

    Map<String, ItemSource> itemsBySource(Collection<String> sourceIds) {
        if (sourceIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                select i.source_id, i.id, i.plan_id, i.kind, p.year, p.committee_id, p.status
                from plan_item i join plan p on p.id = i.plan_id where i.source_id in (:ids) and not i.removed""")
                .param("ids", List.copyOf(sourceIds))
                .query((rs, n) -> Map.entry(rs.getString(1), new ItemSource(rs.getLong(2), rs.getLong(3),
                        ItemKind.valueOf(rs.getString(4)), rs.getInt(5), rs.getLong(6),
                        PlanStatus.valueOf(rs.getString(7)))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Map<String, Long> actionsBySource(Collection<String> sourceIds) {
        if (sourceIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select source_id, id from improvement_action where source_id in (:ids)")
                .param("ids", List.copyOf(sourceIds))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** An item as a row of the file gives it, planning and results together. */
    record Item(String sourceId, ItemKind kind, String riskTitle, String riskSentence, String title,
            long responsibleUnitId, Long responsiblePersonId, Period period, String whatToDo, String actionsTaken,
            ActionStatus actionStatus, Integer movedToYear, Integer finalReportYear, Period finalReportPeriod,
            String areas, String purpose, String scope, String method, Long reviewerPersonId, String result,
            String cause, String analysis, String conclusion, String ledToActions, OffsetDateTime reportedAt,
            String reportedBy) {
    }

    long insertItem(long planId, int position, Item i) {
        return jdbc.sql("""
                insert into plan_item (plan_id, kind, review_kind, risk_title, risk_sentence, title,
                    responsible_unit_id, responsible_person_id, period, origin, position, what_to_do, source_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'MANUAL', ?, ?, ?) returning id""")
                .params(planId, i.kind().name(), i.kind() == ItemKind.REVIEW ? ReviewKind.NAMNDENS.name() : null,
                        i.riskTitle(), i.riskSentence(), i.title(), i.responsibleUnitId(), i.responsiblePersonId(),
                        i.period().name(), position, i.whatToDo(), i.sourceId())
                .query(Long.class).single();
    }

    void setRisk(long itemId, Long riskId) {
        jdbc.sql("update plan_item set risk_id = ? where id = ?").params(riskId, itemId).update();
    }

    void updateItem(long id, Item i) {
        jdbc.sql("""
                update plan_item set risk_title = ?, risk_sentence = ?, title = ?, responsible_unit_id = ?,
                    responsible_person_id = ?, period = ?, what_to_do = ?, actions_taken = ?, action_status = ?,
                    moved_to_year = ?, final_report_year = ?, final_report_period = ?, areas = ?, purpose = ?,
                    scope = ?, method = ?, reviewer_person_id = ?, result = ?, cause = ?, analysis = ?,
                    conclusion = ?, led_to_actions = ?, reported_at = ?, reported_by = ?, version = version + 1
                where id = ?""")
                .params(i.riskTitle(), i.riskSentence(), i.title(), i.responsibleUnitId(), i.responsiblePersonId(),
                        i.period().name(), i.whatToDo(), i.actionsTaken(), PlanStore.name(i.actionStatus()),
                        i.movedToYear(), i.finalReportYear(), PlanStore.name(i.finalReportPeriod()), i.areas(),
                        i.purpose(), i.scope(), i.method(), i.reviewerPersonId(), i.result(), i.cause(), i.analysis(),
                        i.conclusion(), i.ledToActions(), i.reportedAt(), i.reportedBy(), id)
                .update();
    }

    /** An improvement action as a row of the file gives it. */
    record Action(String sourceId, long itemId, String title, String description, long ownerUnitId,
            Long ownerPersonId, LocalDate dueOn, ImprovementStatus status, Disposition disposition,
            OtherProcess otherProcess, String dispositionNote, Integer disposedYear) {
    }

    long insertAction(Action a) {
        return jdbc.sql("""
                insert into improvement_action (item_id, title, description, owner_unit_id, owner_person_id, due_on,
                    status, disposition, other_process, disposition_note, disposed_year, source_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(a.itemId(), a.title(), a.description(), a.ownerUnitId(), a.ownerPersonId(), a.dueOn(),
                        a.status().name(), PlanStore.name(a.disposition()), PlanStore.name(a.otherProcess()),
                        a.dispositionNote(), a.disposedYear(), a.sourceId())
                .query(Long.class).single();
    }

    void updateAction(long id, Action a) {
        jdbc.sql("""
                update improvement_action set item_id = ?, title = ?, description = ?, owner_unit_id = ?,
                    owner_person_id = ?, due_on = ?, status = ?, disposition = ?, other_process = ?,
                    disposition_note = ?, disposed_year = ?, version = version + 1
                where id = ?""")
                .params(a.itemId(), a.title(), a.description(), a.ownerUnitId(), a.ownerPersonId(), a.dueOn(),
                        a.status().name(), PlanStore.name(a.disposition()), PlanStore.name(a.otherProcess()),
                        a.dispositionNote(), a.disposedYear(), id)
                .update();
    }
}
