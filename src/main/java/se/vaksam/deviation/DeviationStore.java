package se.vaksam.deviation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import se.vaksam.shared.Versions;

/** The deviation tables, with JdbcClient. Only this module reads them. */
@Repository
class DeviationStore {

    /** Columns a step may set; nothing else is written by {@link #update}. */
    static final Set<String> STEP_COLUMNS = Set.of("status", "assigned_username", "due_on", "immediate_action",
            "immediate_action_by", "immediate_action_on", "investigation", "investigated_by", "investigated_on",
            "assessment", "serious", "decision", "decision_body", "decided_by", "decided_on", "ivo_notified_on",
            "ivo_notification", "ivo_reply", "ivo_replied_on", "measures", "outcome", "closed_on",
            "cause_category_id", "measure_category_id", "area_category_id", "decided_before_investigation");

    private final JdbcClient jdbc;

    DeviationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A new row; the case number is AVV-year-number, the year's next number taken in the same transaction
     * (a rollback gives it back, so the numbers have no gaps). Returns empty when the submission token was
     * already used.
     */
    Optional<Long> insert(NewDeviation d) {
        int year = d.receivedOn().getYear();
        int number = jdbc.sql("""
                insert into deviation_case_counter (year, last_number) values (?, 1)
                on conflict (year) do update set last_number = deviation_case_counter.last_number + 1
                returning last_number""").params(year).query(Integer.class).single();
        String caseNumber = "AVV-" + year + "-" + String.format("%06d", number);
        var keys = new GeneratedKeyHolder();
        int rows = jdbc.sql("""
                insert into deviation (case_number, kind, status, unit_id, area_unit_id, title, description, occurred_on,
                    received_on, reporter_kind, reporter_name, reporter_contact, reported_by, concerned_person, confidential,
                    area_category_id, assigned_username, due_on, submission_token)
                values (:caseNumber, :kind, :status, :unitId, :areaUnitId, :title, :description, :occurredOn, :receivedOn,
                    :reporterKind, :reporterName, :reporterContact, :reportedBy, :concernedPerson, :confidential,
                    :areaCategoryId, :assigned, :dueOn, :token)
                on conflict (submission_token) do nothing""")
                .param("caseNumber", caseNumber).param("kind", d.kind().name())
                .param("status", d.kind().initialStatus().name()).param("unitId", d.unitId())
                .param("areaUnitId", d.areaUnitId()).param("title", d.title()).param("description", d.description())
                .param("occurredOn", d.occurredOn()).param("receivedOn", d.receivedOn())
                .param("reporterKind", d.reporterKind().name()).param("reporterName", d.reporterName())
                .param("reporterContact", d.reporterContact()).param("reportedBy", d.reportedBy())
                .param("concernedPerson", d.concernedPerson()).param("confidential", d.confidential())
                .param("areaCategoryId", d.areaCategoryId()).param("assigned", d.assignedUsername())
                .param("dueOn", d.dueOn()).param("token", d.submissionToken())
                .update(keys, "id");
        if (rows == 0) {
            // the token's submission is stored already: give the number back (this transaction holds the counter row)
            jdbc.sql("update deviation_case_counter set last_number = last_number - 1 where year = ?").param(year).update();
            return Optional.empty();
        }
        return Optional.of(keys.getKey().longValue());
    }

    /** The fields of a new deviation. */
    record NewDeviation(DeviationKind kind, long unitId, Long areaUnitId, String title, String description,
            LocalDate occurredOn, LocalDate receivedOn, ReporterKind reporterKind, String reporterName,
            String reporterContact, String reportedBy, String concernedPerson, boolean confidential,
            Long areaCategoryId, String assignedUsername, LocalDate dueOn, String submissionToken) {
    }

    Optional<DeviationRecord> find(long id) {
        return jdbc.sql("select * from deviation where id = ?").param(id).query(DeviationRecord.class).optional();
    }

    Optional<DeviationRecord> findByToken(String token) {
        return jdbc.sql("select * from deviation where submission_token = ?").param(token)
                .query(DeviationRecord.class).optional();
    }

    Optional<DeviationRecord> findByCaseNumber(String caseNumber) {
        return jdbc.sql("select * from deviation where case_number = ?").param(caseNumber)
                .query(DeviationRecord.class).optional();
    }

    /** Sets the given columns if the row still has the version the person saw; otherwise 409. */
    void update(long id, int seenVersion, Map<String, Object> columns) {
        StringBuilder sql = new StringBuilder("update deviation set version = version + 1");
        Map<String, Object> params = new LinkedHashMap<>();
        columns.forEach((column, value) -> {
            if (!STEP_COLUMNS.contains(column)) {
                throw new IllegalArgumentException(column);
            }
            sql.append(", ").append(column).append(" = :").append(column);
            params.put(column, value instanceof Enum<?> e ? e.name() : value);
        });
        sql.append(" where id = :id and version = :version");
        params.put("id", id);
        params.put("version", seenVersion);
        Versions.checked(jdbc.sql(sql.toString()).params(params).update(), jdbc, "deviation", id, seenVersion);
    }

    /**
     * One page of the list, newest first, after the keyset cursor (received_on, id): the deviations of the
     * readable units and those assigned to the person, each readable unit and the
     * assigned part read along its own index and cut at the page size.
     */
    List<DeviationRecord> page(ListFilter filter, Collection<Long> units, boolean everything, String username,
            LocalDate afterDate, Long afterId, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = conditions(filter, afterDate, afterId, params);
        params.put("limit", limit);
        String order = " order by received_on desc, id desc limit :limit";
        if (everything) {
            return jdbc.sql("select * from deviation where true" + where + order).params(params)
                    .query(DeviationRecord.class).list();
        }
        params.put("units", units.toArray(Long[]::new));
        params.put("me", username);
        // One index range per readable unit (unit_id, received_on desc, id desc), each cut at the page size,
        // merged: a single "unit_id = any(...)" would read every row of the units and sort them.
        return jdbc.sql("select * from ((select d.* from unnest(cast(:units as bigint[])) u(unit_id)"
                        + " cross join lateral (select * from deviation where unit_id = u.unit_id" + where + order + ") d)"
                        + " union (select * from deviation where assigned_username = :me" + where + order + ")) d"
                        + order)
                .params(params).query(DeviationRecord.class).list();
    }

    private static String conditions(ListFilter filter, LocalDate afterDate, Long afterId, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        if (filter.kind() != null) {
            sql.append(" and kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.status() != null) {
            sql.append(" and status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.unitIds() != null) {
            sql.append(" and unit_id = any(:filterUnits)");
            params.put("filterUnits", filter.unitIds().toArray(Long[]::new));
        }
        if (filter.year() != null) {
            sql.append(" and received_on >= :from and received_on < :to");
            params.put("from", LocalDate.of(filter.year(), 1, 1));
            params.put("to", LocalDate.of(filter.year() + 1, 1, 1));
        }
        if (afterDate != null && afterId != null) {
            sql.append(" and (received_on, id) < (:afterDate, :afterId)");
            params.put("afterDate", afterDate);
            params.put("afterId", afterId);
        }
        return sql.toString();
    }

    /** Open deviations assigned to the person, or (for the roles' queues) in these statuses within the units. */
    List<DeviationRecord> open(String username) {
        return jdbc.sql("select * from deviation where assigned_username = ? and status <> 'CLOSED' order by due_on nulls last, id")
                .param(username).query(DeviationRecord.class).list();
    }

    /**
     * The start page's queue of the units: the open lex Sarah reports and the deviations not yet assigned
     * (RECEIVED), oldest first, at most {@code limit}.
     */
    List<DeviationRecord> queueIn(Collection<Long> units, boolean everything, int limit) {
        String unitFilter = everything ? "" : " and unit_id = any(:units)";
        return jdbc.sql("select * from deviation where (kind = 'LEX_SARAH' and status <> 'CLOSED' or status = 'RECEIVED')"
                        + unitFilter + " order by received_on, id limit :limit")
                .param("units", units.toArray(Long[]::new)).param("limit", limit)
                .query(DeviationRecord.class).list();
    }

    /** How many deviations in the units wait to be assigned a handler. */
    long unassignedIn(Collection<Long> units, boolean everything) {
        String unitFilter = everything ? "" : " and unit_id = any(:units)";
        return jdbc.sql("select count(*) from deviation where status = 'RECEIVED'" + unitFilter)
                .param("units", units.toArray(Long[]::new)).query(Long.class).single();
    }

    // ---- links

    void link(long id, String recordType, String recordId) {
        jdbc.sql("insert into deviation_link (deviation_id, record_type, record_id) values (?, ?, ?) on conflict do nothing")
                .params(id, recordType, recordId).update();
    }

    boolean unlink(long id, String recordType, String recordId) {
        return jdbc.sql("delete from deviation_link where deviation_id = ? and record_type = ? and record_id = ?")
                .params(id, recordType, recordId).update() > 0;
    }

    List<Deviations.Link> links(long id) {
        return jdbc.sql("select record_type, record_id from deviation_link where deviation_id = ? order by record_type, record_id")
                .param(id).query(Deviations.Link.class).list();
    }

    // ---- categories

    List<Category> categories() {
        return jdbc.sql("select id, list, code, name, active from deviation_category order by list, name")
                .query(Category.class).list();
    }

    long insertCategory(CategoryList list, String code, String name) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into deviation_category (list, code, name) values (?, ?, ?)")
                .params(list.name(), code, name).update(keys, "id");
        return keys.getKey().longValue();
    }

    void setCategoryActive(long id, boolean active) {
        jdbc.sql("update deviation_category set active = ? where id = ?").params(active, id).update();
    }

    // ---- public units

    List<PublicUnit> publicUnits() {
        return jdbc.sql("select unit_id, label from deviation_public_unit order by position").query(PublicUnit.class).list();
    }

    void addPublicUnit(long unitId, String label, int position) {
        jdbc.sql("insert into deviation_public_unit (unit_id, label, position) values (?, ?, ?) on conflict do nothing")
                .params(unitId, label, position).update();
    }

    /** Relabels the unit if its label is still the one the editor saw; false if someone changed it meanwhile. */
    boolean relabelPublicUnit(long unitId, String seenLabel, String label) {
        return jdbc.sql("update deviation_public_unit set label = ? where unit_id = ? and label = ?")
                .params(label, unitId, seenLabel).update() > 0;
    }

    /** Rewrites the positions in the given order (0, 1, 2 …). */
    void orderPublicUnits(List<Long> unitIds) {
        for (int i = 0; i < unitIds.size(); i++) {
            jdbc.sql("update deviation_public_unit set position = ? where unit_id = ?").params(i, unitIds.get(i)).update();
        }
    }

    boolean removePublicUnit(long unitId) {
        return jdbc.sql("delete from deviation_public_unit where unit_id = ?").param(unitId).update() > 0;
    }

    record PublicUnit(long unitId, String label) {
    }
}
