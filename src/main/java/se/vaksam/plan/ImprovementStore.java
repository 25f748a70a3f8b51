package se.vaksam.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.vaksam.org.OrgQuery;
import se.vaksam.shared.Versions;

/** Improvement actions, their progress notes, and proposals for next year's plan. */
@Repository
class ImprovementStore {

    private final JdbcClient jdbc;
    private final OrgQuery org;

    ImprovementStore(JdbcClient jdbc, OrgQuery org) {
        this.jdbc = jdbc;
        this.org = org;
    }

    record ActionRow(long id, long itemId, long planId, int year, long committeeId, String itemTitle, String title,
            String description, long ownerUnitId, String ownerUnitName, Long ownerPersonId, String ownerUsername,
            String ownerName, LocalDate dueOn, ImprovementStatus status, Disposition disposition,
            OtherProcess otherProcess, String dispositionNote, Integer disposedYear, int version,
            PlanStatus planStatus) {

        /**
         * Whether the action may still change: while its plan is open, and after the plan is closed while it is
         * carried into next year's follow-up and not finished (the record stays alive until it is done).
         */
        boolean changeable() {
            return planStatus != PlanStatus.CLOSED
                    || (disposition == Disposition.CARRIED_TO_FOLLOW_UP && status.open());
        }

        ActionRow named(Map<Long, OrgQuery.UnitView> units, Map<Long, OrgQuery.PersonView> people) {
            OrgQuery.PersonView owner = ownerPersonId == null ? null : people.get(ownerPersonId);
            return new ActionRow(id, itemId, planId, year, committeeId, itemTitle, title, description, ownerUnitId,
                    PlanStore.unitName(units.get(ownerUnitId)), ownerPersonId, owner == null ? null : owner.username(),
                    owner == null ? null : owner.fullName(), dueOn, status, disposition, otherProcess, dispositionNote,
                    disposedYear, version, planStatus);
        }
    }

    /** The owners' units and names, from the organisation module (two batch lookups). */
    private List<ActionRow> named(List<ActionRow> rows) {
        Map<Long, OrgQuery.UnitView> units = org.units(rows.stream().map(ActionRow::ownerUnitId).toList());
        Map<Long, OrgQuery.PersonView> people = org.people(rows.stream().map(ActionRow::ownerPersonId).toList());
        return rows.stream().map(r -> r.named(units, people)).toList();
    }

    private static final String ACTION_SELECT = """
            select a.id, a.item_id, i.plan_id, p.year, p.committee_id, i.title, a.title, a.description,
                   a.owner_unit_id, null, a.owner_person_id, null, null,
                   a.due_on, a.status, a.disposition, a.other_process, a.disposition_note, a.disposed_year, a.version,
                   p.status
            from improvement_action a join plan_item i on i.id = a.item_id join plan p on p.id = i.plan_id""";

    private static ActionRow actionRow(ResultSet rs, int n) throws SQLException {
        return new ActionRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getLong(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(9), rs.getString(10),
                (Long) rs.getObject(11), rs.getString(12), rs.getString(13), PlanStore.date(rs, 14),
                ImprovementStatus.valueOf(rs.getString(15)),
                rs.getString(16) == null ? null : Disposition.valueOf(rs.getString(16)),
                rs.getString(17) == null ? null : OtherProcess.valueOf(rs.getString(17)), rs.getString(18),
                (Integer) rs.getObject(19), rs.getInt(20), PlanStatus.valueOf(rs.getString(21)));
    }

    List<ActionRow> actions() {
        return named(jdbc.sql(ACTION_SELECT + " order by p.year desc, a.due_on nulls last, a.id").query(ImprovementStore::actionRow)
                .list());
    }

    List<ActionRow> actionsOfPlan(long planId) {
        return named(jdbc.sql(ACTION_SELECT + " where i.plan_id = ? order by a.due_on nulls last, a.id").param(planId)
                .query(ImprovementStore::actionRow).list());
    }

    List<ActionRow> actionsOfItem(long itemId) {
        return named(jdbc.sql(ACTION_SELECT + " where a.item_id = ? order by a.id").param(itemId)
                .query(ImprovementStore::actionRow).list());
    }

    List<ActionRow> carried(long committeeId, int fromYear) {
        return named(jdbc.sql(ACTION_SELECT + " where p.committee_id = ? and p.year = ? and a.disposition = 'CARRIED_TO_FOLLOW_UP'"
                + " order by a.due_on nulls last, a.id").params(committeeId, fromYear)
                .query(ImprovementStore::actionRow).list());
    }

    Optional<ActionRow> action(long id) {
        return jdbc.sql(ACTION_SELECT + " where a.id = ?").param(id).query(ImprovementStore::actionRow).optional()
                .map(r -> named(List.of(r)).get(0));
    }

    long openWithoutDisposition(long planId) {
        return jdbc.sql("""
                select count(*) from improvement_action a join plan_item i on i.id = a.item_id
                where i.plan_id = ? and a.status in ('NOT_STARTED', 'IN_PROGRESS') and a.disposition is null""")
                .param(planId).query(Long.class).single();
    }

    long insert(long itemId, ImprovementDraft d, Long owner) {
        return jdbc.sql("""
                insert into improvement_action (item_id, title, description, owner_unit_id, owner_person_id, due_on, status)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(itemId, d.title().strip(), d.description(), d.ownerUnitId(), owner, d.dueOn(),
                        d.status().name()).query(Long.class).single();
    }

    void update(long id, ImprovementDraft d, Long owner, int seenVersion) {
        checked(jdbc.sql("""
                update improvement_action set title = ?, description = ?, owner_unit_id = ?, owner_person_id = ?,
                    due_on = ?, status = ?, version = version + 1 where id = ? and version = ?""")
                .params(d.title().strip(), d.description(), d.ownerUnitId(), owner, d.dueOn(), d.status().name(), id,
                        seenVersion).update(), id, seenVersion);
    }

    void dispose(long id, Disposition disposition, OtherProcess process, String note, int year, int seenVersion) {
        checked(jdbc.sql("""
                update improvement_action set disposition = ?, other_process = ?, disposition_note = ?,
                    disposed_year = ?, version = version + 1 where id = ? and version = ?""")
                .params(PlanStore.name(disposition), PlanStore.name(process), note, year, id, seenVersion).update(), id,
                seenVersion);
    }

    void insertNote(long actionId, LocalDate on, String text, String username) {
        jdbc.sql("insert into improvement_action_note (action_id, noted_on, text, written_by) values (?, ?, ?, ?)")
                .params(actionId, on, text.strip(), username).update();
    }

    List<PlanQuery.Note> notes(long actionId) {
        return jdbc.sql("select id, noted_on, text, written_by from improvement_action_note where action_id = ? order by noted_on, id")
                .param(actionId)
                .query((rs, n) -> new PlanQuery.Note(rs.getLong(1), PlanStore.date(rs, 2), rs.getString(3), rs.getString(4)))
                .list();
    }

    // ---- proposals

    long insertProposal(long committeeId, int year, ProposalDraft d, Long riskId, long unitId, Long sourceItemId,
            Long sourceActionId, String username) {
        return jdbc.sql("""
                insert into plan_proposal (committee_id, year, kind, title, motivation, risk_id, responsible_unit_id,
                    source_item_id, source_action_id, proposed_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(committeeId, year, d.kind().name(), d.title().strip(), d.motivation(), riskId, unitId,
                        sourceItemId, sourceActionId, username).query(Long.class).single();
    }

    List<PlanQuery.Proposal> proposals(long committeeId, int year) {
        return jdbc.sql("""
                select pp.id, pp.committee_id, pp.year, pp.kind, pp.title, pp.motivation, pp.risk_id,
                       pp.responsible_unit_id, pp.source_item_id, si.title, pp.source_action_id, pp.taken_into_item_id,
                       pp.proposed_by
                from plan_proposal pp left join plan_item si on si.id = pp.source_item_id
                where pp.committee_id = ? and pp.year = ? order by pp.id""").params(committeeId, year)
                .query((rs, n) -> new PlanQuery.Proposal(rs.getLong(1), rs.getLong(2), rs.getInt(3),
                        ItemKind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), (Long) rs.getObject(7),
                        rs.getLong(8), (Long) rs.getObject(9), rs.getString(10), (Long) rs.getObject(11),
                        (Long) rs.getObject(12), rs.getString(13)))
                .list();
    }

    private void checked(int rows, long id, int seenVersion) {
        Versions.checked(rows, jdbc, "improvement_action", id, seenVersion);
    }
}
