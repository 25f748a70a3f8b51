package se.vaksam.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.vaksam.shared.Period;

/** The follow-up tables (deadlines, "klar för nämnden", reminders sent), in plain SQL; no access checks here. */
@Repository
class FollowUpStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    FollowUpStore(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    record Deadline(Period period, int dueMonth, int dueDay, int yearsAfter) {

        LocalDate dueIn(int year) {
            LocalDate first = LocalDate.of(year + yearsAfter, dueMonth, 1);
            return first.withDayOfMonth(Math.min(dueDay, first.lengthOfMonth()));
        }
    }

    record Readiness(OffsetDateTime readyAt, String readyBy, String overrideReason) {
    }

    /** A coordinator who gets the overdue notices of a committee. */
    record Recipient(long personId, String name, String email) {
    }

    Map<Period, Deadline> deadlines() {
        return jdbc.sql("select period, due_month, due_day, years_after from follow_up_deadline")
                .query((rs, n) -> new Deadline(Period.valueOf(rs.getString(1)), rs.getInt(2), rs.getInt(3),
                        rs.getInt(4)))
                .list().stream().collect(Collectors.toMap(Deadline::period, d -> d));
    }

    void saveDeadline(Deadline d) {
        jdbc.sql("update follow_up_deadline set due_month = ?, due_day = ?, years_after = ? where period = ?")
                .params(d.dueMonth(), d.dueDay(), d.yearsAfter(), d.period().name()).update();
    }

    /** Which periods of the plans are marked ready for the committee, in one read: "planId:PERIOD". */
    java.util.Set<String> readyPeriods(java.util.Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("""
                select plan_id || ':' || period from follow_up where plan_id in (:plans) and ready_at is not null""")
                .param("plans", planIds).query(String.class).list());
    }

    Optional<Readiness> readiness(long planId, Period period) {
        return jdbc.sql("""
                select ready_at, ready_by, override_reason from follow_up
                where plan_id = ? and period = ? and ready_at is not null""").params(planId, period.name())
                .query((rs, n) -> new Readiness(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                        rs.getString(3)))
                .optional();
    }

    void markReady(long planId, Period period, String username, String overrideReason) {
        jdbc.sql("""
                insert into follow_up (plan_id, period, ready_at, ready_by, override_reason)
                values (?, ?, ?, ?, ?)
                on conflict (plan_id, period) do update
                set ready_at = excluded.ready_at, ready_by = excluded.ready_by,
                    override_reason = excluded.override_reason""")
                .params(planId, period.name(), OffsetDateTime.now(clock), username, overrideReason).update();
    }

    void reopen(long planId, Period period) {
        jdbc.sql("update follow_up set ready_at = null, ready_by = null, override_reason = null "
                + "where plan_id = ? and period = ?").params(planId, period.name()).update();
    }

    /** Records a reminder about to be sent; false if it was sent before. */
    boolean claimReminder(ReminderKind kind, long planId, Period period, Long itemId, long personId, LocalDate dueOn,
            String email) {
        return jdbc.sql("""
                insert into follow_up_reminder (kind, plan_id, period, item_id, person_id, due_on, email)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(kind.name(), planId, period.name(), itemId, personId, dueOn, email).update() == 1;
    }

    /** Forgets a claimed reminder whose sending failed, so the next run tries again. */
    void releaseReminder(ReminderKind kind, long planId, Period period, Long itemId, long personId, LocalDate dueOn) {
        jdbc.sql("""
                delete from follow_up_reminder where kind = ? and plan_id = ? and period = ?
                and item_id is not distinct from ? and person_id = ? and due_on = ?""")
                .params(kind.name(), planId, period.name(), itemId, personId, dueOn).update();
    }
}
