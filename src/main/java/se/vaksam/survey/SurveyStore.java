package se.vaksam.survey;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.vaksam.shared.StaleVersionException;

/** The survey tables; nothing outside the module reads them. */
@Repository
class SurveyStore {

    private static final String HEAD = """
            select s.id, s.unit_id, s.title, s.intro, s.anonymous, s.min_group, s.closes_on, s.reminder_days,
                   s.plan_item_id, s.status, s.created_by, s.created_at, s.version,
                   (select count(*) from survey_recipient r where r.survey_id = s.id) offered,
                   (select count(*) from survey_recipient r where r.survey_id = s.id and r.answered) answered
            from survey s""";

    private final JdbcClient jdbc;

    SurveyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Head(long id, long unitId, String title, String intro, boolean anonymous, int minGroup, LocalDate closesOn,
            int reminderDays, Long planItemId, SurveyStatus status, String createdBy, OffsetDateTime createdAt,
            int version, int offered, int answered) {

        Survey with(List<Survey.Question> questions) {
            return new Survey(id, unitId, title, intro, anonymous, minGroup, closesOn, reminderDays, planItemId, status,
                    createdBy, createdAt, version, questions, offered, answered);
        }
    }

    long insert(Surveys.SurveyDraft d, String username, OffsetDateTime now) {
        return jdbc.sql("""
                insert into survey (unit_id, title, intro, anonymous, min_group, closes_on, reminder_days, plan_item_id,
                                    created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(d.unitId(), d.title().strip(), blankToNull(d.intro()), d.isAnonymous(), d.minGroupOrDefault(),
                        d.closesOn(), d.reminderDaysOrDefault(), d.planItemId(), username, now)
                .query(Long.class).single();
    }

    long insertQuestion(long surveyId, int position, QuestionKind kind, String text, List<String> choices,
            boolean required, Long conditionQuestion, String conditionAnswer) {
        return jdbc.sql("""
                insert into survey_question (survey_id, position, kind, text, choices, required, condition_question,
                                             condition_answer)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(surveyId, position, kind.name(), text, choices.toArray(String[]::new), required,
                        conditionQuestion, conditionAnswer)
                .query(Long.class).single();
    }

    Optional<Head> head(long id) {
        return jdbc.sql(HEAD + " where s.id = ?").param(id).query(Head.class).optional();
    }

    /** Surveys of the given units (null: all), newest first. */
    List<Head> heads(Long[] units, int limit) {
        return jdbc.sql(HEAD + " where (cast(:units as bigint[]) is null or s.unit_id = any(:units))"
                        + " order by s.created_at desc, s.id desc limit :limit")
                .param("units", units).param("limit", limit).query(Head.class).list();
    }

    List<Survey.Question> questions(long surveyId) {
        return jdbc.sql("""
                select id, position, kind, text, choices, required, condition_question, condition_answer
                from survey_question where survey_id = ? order by position""").param(surveyId)
                .query((rs, n) -> new Survey.Question(rs.getLong("id"), rs.getInt("position"),
                        QuestionKind.valueOf(rs.getString("kind")), rs.getString("text"),
                        Arrays.asList((String[]) rs.getArray("choices").getArray()), rs.getBoolean("required"),
                        (Long) rs.getObject("condition_question"), rs.getString("condition_answer")))
                .list();
    }

    void bump(long id, int seenVersion) {
        if (jdbc.sql("update survey set version = version + 1 where id = ? and version = ?").params(id, seenVersion)
                .update() == 0) {
            throw new StaleVersionException("survey", seenVersion);
        }
    }

    void status(long id, SurveyStatus status, OffsetDateTime sentAt) {
        jdbc.sql("update survey set status = ?, sent_at = coalesce(sent_at, ?) where id = ?")
                .params(status.name(), sentAt, id).update();
    }

    /** Adds the recipients (e-mail addresses already asked are left out); returns how many were added. */
    int addRecipients(long surveyId, List<Surveys.Recipient> recipients) {
        return jdbc.sql("""
                insert into survey_recipient (survey_id, person_id, email, unit_id)
                select :survey, p, e, u from unnest(cast(:people as bigint[]), cast(:emails as text[]),
                                                    cast(:units as bigint[])) r(p, e, u)
                on conflict (survey_id, email) do nothing""")
                .param("survey", surveyId)
                .param("people", recipients.stream().map(Surveys.Recipient::personId).toArray(Long[]::new))
                .param("emails", recipients.stream().map(Surveys.Recipient::email).toArray(String[]::new))
                .param("units", recipients.stream().map(Surveys.Recipient::unitId).toArray(Long[]::new))
                .update();
    }

    record Invitee(long id, String email) {
    }

    /** Recipients not yet invited (no token). */
    List<Invitee> uninvited(long surveyId) {
        return jdbc.sql("select id, email from survey_recipient where survey_id = ? and token_hash is null order by id")
                .param(surveyId).query(Invitee.class).list();
    }

    void setTokens(List<Long> recipients, List<byte[]> hashes, boolean reminder) {
        String column = reminder ? "reminder_token_hash" : "token_hash";
        jdbc.sql("update survey_recipient r set " + column + " = t.h"
                        + (reminder ? ", reminded_at = now()" : "")
                        + " from unnest(cast(:ids as bigint[]), cast(:hashes as bytea[])) t(i, h) where r.id = t.i")
                .param("ids", recipients.toArray(Long[]::new)).param("hashes", hashes.toArray(byte[][]::new))
                .update();
    }

    /** Open surveys closing within the reminder window of {@code today}, with those who have not been reminded. */
    List<Invitee> toRemind(long surveyId) {
        return jdbc.sql("""
                select id, email from survey_recipient
                where survey_id = ? and token_hash is not null and not answered and reminded_at is null
                order by id""").param(surveyId).query(Invitee.class).list();
    }

    List<Head> openClosingBy(LocalDate today, LocalDate last) {
        return jdbc.sql(HEAD + " where s.status = 'OPEN' and s.closes_on >= ? and s.closes_on - s.reminder_days <= ?")
                .params(today, last).query(Head.class).list();
    }

    record Holder(long recipientId, long surveyId, long unitId, boolean answered) {
    }

    Optional<Holder> holder(byte[] hash) {
        return jdbc.sql("""
                select id recipient_id, survey_id, unit_id, answered from survey_recipient
                where token_hash = :h or reminder_token_hash = :h""").param("h", hash).query(Holder.class).optional();
    }

    /** Marks the recipient answered, once: false when someone else was quicker with the same link. */
    boolean markAnswered(long recipientId, OffsetDateTime at) {
        return jdbc.sql("update survey_recipient set answered = true, answered_at = ? where id = ? and not answered")
                .params(at, recipientId).update() == 1;
    }

    long insertResponse(long surveyId, Long recipientId, long unitId, LocalDate on) {
        return jdbc.sql("""
                insert into survey_response (survey_id, recipient_id, unit_id, submitted_on) values (?, ?, ?, ?)
                returning id""").params(surveyId, recipientId, unitId, on).query(Long.class).single();
    }

    void insertAnswer(long responseId, long questionId, List<String> choices, java.math.BigDecimal number, String text) {
        jdbc.sql("insert into survey_answer (response_id, question_id, choices, number, text) values (?, ?, ?, ?, ?)")
                .params(responseId, questionId, choices.toArray(String[]::new), number, text).update();
    }

    record Given(long responseId, long unitId, long questionId, List<String> choices, java.math.BigDecimal number,
            String text) {
    }

    /** Every answer of the survey, with the group of its response. */
    List<Given> answers(long surveyId) {
        return jdbc.sql("""
                select a.response_id, r.unit_id, a.question_id, a.choices, a.number, a.text
                from survey_answer a join survey_response r on r.id = a.response_id
                where r.survey_id = ? order by a.response_id""").param(surveyId)
                .query((rs, n) -> new Given(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        Arrays.asList((String[]) rs.getArray(4).getArray()), rs.getBigDecimal(5), rs.getString(6)))
                .list();
    }

    record Group(long unitId, int offered, int answered) {
    }

    /** Offered and answered per group (unit the recipients were asked in). */
    List<Group> groups(long surveyId) {
        return jdbc.sql("""
                select unit_id, count(*) offered, count(*) filter (where answered) answered
                from survey_recipient where survey_id = ? group by unit_id order by unit_id""").param(surveyId)
                .query(Group.class).list();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
