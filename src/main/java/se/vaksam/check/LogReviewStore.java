package se.vaksam.check;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vaksam.shared.Versions;

/** Log reviews, their sampled users, and the register of log checks. */
@Repository
class LogReviewStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    LogReviewStore(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    record Head(long id, long unitId, LocalDate periodFrom, LocalDate periodTo, long seed, int percent,
            String readersChecksum, String diaryNumber, String createdBy, OffsetDateTime createdAt, int version) {
    }

    record Reviewed(String username, String outcome, String comment, String reviewedBy, OffsetDateTime reviewedAt) {
    }

    record LogCheck(long id, String systemName, long unitId, LocalDate periodFrom, LocalDate periodTo, String result,
            String diaryNumber, Long logReviewId, String registeredBy) {
    }

    long insert(long unitId, LocalDate from, LocalDate to, long seed, int percent, String checksum, String username,
            List<String> users) {
        long id = jdbc.sql("""
                insert into check_log_review (unit_id, period_from, period_to, seed, percent, readers_checksum, created_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(unitId, from, to, seed, percent, checksum, username).query(Long.class).single();
        for (String user : users) {
            jdbc.sql("insert into check_log_review_user (review_id, username) values (?, ?)").params(id, user).update();
        }
        return id;
    }

    Optional<Head> head(long id) {
        return jdbc.sql("""
                select id, unit_id, period_from, period_to, seed, percent, readers_checksum, diary_number, created_by,
                    created_at, version from check_log_review where id = ?""").param(id).query(Head.class).optional();
    }

    List<Head> heads() {
        return jdbc.sql("""
                select id, unit_id, period_from, period_to, seed, percent, readers_checksum, diary_number, created_by,
                    created_at, version from check_log_review order by period_from desc, id desc""").query(Head.class)
                .list();
    }

    List<Reviewed> users(long reviewId) {
        return jdbc.sql("""
                select username, outcome, comment, reviewed_by, reviewed_at from check_log_review_user
                where review_id = ? order by username""").param(reviewId).query(Reviewed.class).list();
    }

    void bump(long id, int seenVersion) {
        Versions.checked(jdbc.sql("update check_log_review set version = version + 1 where id = ? and version = ?")
                .params(id, seenVersion).update(), jdbc, "check_log_review", id, seenVersion);
    }

    void mark(long reviewId, String username, LogReviewOutcome outcome, String comment, String reviewer) {
        jdbc.sql("""
                update check_log_review_user set outcome = ?, comment = ?, reviewed_by = ?, reviewed_at = ?
                where review_id = ? and username = ?""")
                .params(outcome.name(), comment, reviewer, OffsetDateTime.now(clock), reviewId, username).update();
    }

    void diaryNumber(long reviewId, String diaryNumber) {
        jdbc.sql("update check_log_review set diary_number = ? where id = ?").params(diaryNumber, reviewId).update();
    }

    long insertCheck(String system, long unitId, LocalDate from, LocalDate to, String result, String diaryNumber,
            Long reviewId, String username) {
        return jdbc.sql("""
                insert into check_log_check (system_name, unit_id, period_from, period_to, result, diary_number,
                    log_review_id, registered_by) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(system, unitId, from, to, result, diaryNumber, reviewId, username).query(Long.class).single();
    }

    List<LogCheck> checks() {
        return jdbc.sql("""
                select id, system_name, unit_id, period_from, period_to, result, diary_number, log_review_id,
                    registered_by from check_log_check order by period_from desc, id desc""").query(LogCheck.class)
                .list();
    }
}
