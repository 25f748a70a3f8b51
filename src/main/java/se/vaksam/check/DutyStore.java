package se.vaksam.check;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vaksam.shared.Versions;

/** Recurring duties, their completions and the reminders sent. */
@Repository
class DutyStore {

    private final JdbcClient jdbc;

    DutyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record DutyRecord(long id, String title, String rule, int dayOfMonth, Integer monthOfYear, int daysBefore,
            String targetRole, long unitId, boolean selfInspection, boolean active, int version) {
    }

    record Completion(long dutyId, LocalDate dueOn, String completedBy, OffsetDateTime completedAt, String result) {
    }

    private static final String COLUMNS = """
            id, title, rule, day_of_month, month_of_year, days_before, target_role, unit_id, self_inspection, active,
            version""";

    long insert(Duties.DutyDraft d) {
        return jdbc.sql("""
                insert into check_duty (title, rule, day_of_month, month_of_year, days_before, target_role, unit_id,
                    self_inspection) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(d.title().strip(), d.rule().name(), d.dayOfMonth(), d.monthOfYear(), d.daysBefore(),
                        d.targetRole(), d.unitId(), d.selfInspection())
                .query(Long.class).single();
    }

    Optional<DutyRecord> duty(long id) {
        return jdbc.sql("select " + COLUMNS + " from check_duty where id = ?").param(id).query(DutyRecord.class)
                .optional();
    }

    List<DutyRecord> duties() {
        return jdbc.sql("select " + COLUMNS + " from check_duty where active order by title, id").query(DutyRecord.class)
                .list();
    }

    List<DutyRecord> inactiveDuties() {
        return jdbc.sql("select " + COLUMNS + " from check_duty where not active order by title, id")
                .query(DutyRecord.class).list();
    }

    void update(long id, Duties.DutyDraft d, int seenVersion) {
        check(jdbc.sql("""
                update check_duty set title = ?, rule = ?, day_of_month = ?, month_of_year = ?, days_before = ?,
                    target_role = ?, unit_id = ?, version = version + 1 where id = ? and version = ?""")
                .params(d.title().strip(), d.rule().name(), d.dayOfMonth(),
                        d.rule() == DutyRule.YEARLY ? d.monthOfYear() : null, d.daysBefore(), d.targetRole(),
                        d.unitId(), id, seenVersion)
                .update(), id, seenVersion);
    }

    void setActive(long id, boolean active, int seenVersion) {
        check(jdbc.sql("update check_duty set active = ?, version = version + 1 where id = ? and version = ?")
                .params(active, id, seenVersion).update(), id, seenVersion);
    }

    private void check(int rows, long id, int seenVersion) {
        Versions.checked(rows, jdbc, "check_duty", id, seenVersion);
    }

    /** The completions of several duties in one read, by duty id. */
    Map<Long, List<Completion>> completionsOf(java.util.Collection<Long> dutyIds) {
        if (dutyIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                select duty_id, due_on, completed_by, completed_at, result from check_duty_completion
                where duty_id in (:ids) order by due_on""").param("ids", dutyIds).query(Completion.class).list()
                .stream().collect(java.util.stream.Collectors.groupingBy(Completion::dutyId));
    }

    List<Completion> completions(long dutyId) {
        return jdbc.sql("""
                select duty_id, due_on, completed_by, completed_at, result from check_duty_completion
                where duty_id = ? order by due_on""").param(dutyId).query(Completion.class).list();
    }

    boolean complete(long dutyId, LocalDate dueOn, String username, String result) {
        return jdbc.sql("""
                insert into check_duty_completion (duty_id, due_on, completed_by, result) values (?, ?, ?, ?)
                on conflict do nothing""").params(dutyId, dueOn, username, result).update() == 1;
    }

    /** Records a reminder; false when it was already sent. */
    boolean remind(long dutyId, LocalDate dueOn, long personId) {
        return jdbc.sql("""
                insert into check_duty_reminder (duty_id, due_on, person_id) values (?, ?, ?) on conflict do nothing""")
                .params(dutyId, dueOn, personId).update() == 1;
    }
}
