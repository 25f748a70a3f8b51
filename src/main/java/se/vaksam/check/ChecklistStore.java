package se.vaksam.check;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.vaksam.shared.StaleVersionException;

/** Checklists, their questions, the answers per sampled case and each case's version. */
@Repository
class ChecklistStore {

    private final JdbcClient jdbc;

    ChecklistStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Head(long id, long sampleId, Long planItemId, String title, String createdBy) {
    }

    record Question(long id, int position, String text, Long conditionQuestionId, String conditionAnswer) {
    }

    record Given(long questionId, String caseKey, Answer answer, String comment, String answeredBy) {
    }

    long insert(long sampleId, Long planItemId, String title, List<String> questions,
            List<Checklists.ConditionDraft> conditions, String username) {
        long id = jdbc.sql("""
                insert into check_checklist (sample_id, plan_item_id, title, created_by) values (?, ?, ?, ?) returning id""")
                .params(sampleId, planItemId, title, username).query(Long.class).single();
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            int position = i;
            Checklists.ConditionDraft condition = conditions.stream().filter(c -> c.question() == position)
                    .findFirst().orElse(null);
            ids.add(jdbc.sql("""
                    insert into check_question (checklist_id, position, text, condition_question_id, condition_answer)
                    values (?, ?, ?, ?, ?) returning id""")
                    .params(id, i, questions.get(i), condition == null ? null : ids.get(condition.onQuestion()),
                            condition == null ? null : condition.answer().name())
                    .query(Long.class).single());
        }
        return id;
    }

    void condition(long questionId, Long onQuestionId, Answer answer) {
        jdbc.sql("update check_question set condition_question_id = ?, condition_answer = ? where id = ?")
                .params(onQuestionId, answer == null ? null : answer.name(), questionId).update();
    }

    /**
     * Checklists over samples of populations in the given units (all units when {@code units} is
     * null), newest first, optionally of one sample or one review; at most {@code limit}.
     */
    List<Checklists.Summary> summaries(Long[] units, Long sampleId, Long planItemId, int limit) {
        return jdbc.sql("""
                select c.id, c.sample_id, c.plan_item_id, c.title, p.unit_id,
                       (select count(*) from check_question q where q.checklist_id = c.id) as questions,
                       c.created_by, c.created_at
                from check_checklist c
                join check_sample s on s.id = c.sample_id
                join check_population p on p.id = s.population_id
                where (cast(:units as bigint[]) is null or p.unit_id = any(:units))
                  and (cast(:sample as bigint) is null or c.sample_id = :sample)
                  and (cast(:item as bigint) is null or c.plan_item_id = :item)
                order by c.created_at desc, c.id desc
                limit :limit""")
                .param("units", units).param("sample", sampleId).param("item", planItemId).param("limit", limit)
                .query(Checklists.Summary.class).list();
    }

    Optional<Head> head(long id) {
        return jdbc.sql("select id, sample_id, plan_item_id, title, created_by from check_checklist where id = ?")
                .param(id).query(Head.class).optional();
    }

    List<Head> ofSample(long sampleId) {
        return jdbc.sql("""
                select id, sample_id, plan_item_id, title, created_by from check_checklist
                where sample_id = ? order by id""").param(sampleId).query(Head.class).list();
    }

    List<Question> questions(long checklistId) {
        return jdbc.sql("""
                select id, position, text, condition_question_id, condition_answer from check_question
                where checklist_id = ? order by position""")
                .param(checklistId).query(Question.class).list();
    }

    List<Given> answers(long checklistId) {
        return jdbc.sql("""
                select a.question_id, a.case_key, a.answer, a.comment, a.answered_by from check_answer a
                join check_question q on q.id = a.question_id where q.checklist_id = ?""").param(checklistId)
                .query((rs, n) -> new Given(rs.getLong(1), rs.getString(2), Answer.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    /** The version of each case saved at least once; a case never saved is at version 0. */
    Map<String, Integer> caseVersions(long checklistId) {
        Map<String, Integer> versions = new HashMap<>();
        jdbc.sql("select case_key, version from check_checklist_case where checklist_id = ?").param(checklistId)
                .query((RowCallbackHandler) rs -> versions.put(rs.getString(1), rs.getInt(2)));
        return versions;
    }

    /** Moves one case to its next version, or refuses (409) when someone saved it after {@code seenVersion}. */
    void bumpCase(long checklistId, String caseKey, int seenVersion) {
        int updated = seenVersion == 0
                ? jdbc.sql("""
                        insert into check_checklist_case (checklist_id, case_key, version) values (?, ?, 1)
                        on conflict (checklist_id, case_key) do nothing""").params(checklistId, caseKey).update()
                : jdbc.sql("""
                        update check_checklist_case set version = version + 1
                        where checklist_id = ? and case_key = ? and version = ?""")
                        .params(checklistId, caseKey, seenVersion).update();
        if (updated == 0) {
            int current = jdbc.sql("select version from check_checklist_case where checklist_id = ? and case_key = ?")
                    .params(checklistId, caseKey).query(Integer.class).optional().orElse(0);
            throw new StaleVersionException("check_checklist_case " + checklistId + "/" + caseKey, seenVersion, current);
        }
    }

    void put(long questionId, String caseKey, Answer answer, String comment, String username, OffsetDateTime at) {
        if (answer == null) {
            jdbc.sql("delete from check_answer where question_id = ? and case_key = ?").params(questionId, caseKey)
                    .update();
            return;
        }
        jdbc.sql("""
                insert into check_answer (question_id, case_key, answer, comment, answered_by, answered_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (question_id, case_key) do update set answer = excluded.answer, comment = excluded.comment,
                    answered_by = excluded.answered_by, answered_at = excluded.answered_at""")
                .params(questionId, caseKey, answer.name(), comment, username, at).update();
    }
}
