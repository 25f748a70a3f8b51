package se.vaksam.security;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Records the demo data does not have (an improvement action, a city-wide review decision with an area and an
 * attachment, a checklist, a log review, sent report versions), made inside one call's transaction, so they
 * vanish with its rollback. Each is made at most once per call.
 */
final class CallRecords {

    private static final int FAR_YEAR = 2099;

    /** The user sampled in the log review: a social worker in sektion mottagning 1, not one of the roles. */
    static final String LOG_REVIEWED_USER = "ifo.fss";

    private final JdbcClient jdbc;
    private final DemoRecords demo;
    private final Map<String, Long> made = new HashMap<>();

    CallRecords(JdbcClient jdbc, DemoRecords demo) {
        this.jdbc = jdbc;
        this.demo = demo;
    }

    long improvementAction() {
        return once("improvementAction", () -> insert("""
                insert into improvement_action (item_id, title, owner_unit_id, status)
                values (?, 'Förbättring i matrisen', ?, 'NOT_STARTED') returning id""", demo.planItem(), demo.unit()));
    }

    long commonReviewDecision() {
        return once("commonReviewDecision", () -> insert("""
                insert into common_review_decision (year, decided_on, registered_by)
                values (?, date '2098-12-01', 'admin') returning id""", FAR_YEAR));
    }

    long commonReviewArea() {
        return once("commonReviewArea", () -> insert("""
                insert into common_review_area (decision_id, position, title, instructions)
                values (?, 1, 'Område i matrisen', '') returning id""", commonReviewDecision()));
    }

    long attachment() {
        byte[] content = "bilaga".getBytes(StandardCharsets.UTF_8);
        return once("attachment", () -> insert("""
                insert into common_review_attachment (decision_id, area_id, file_name, content_type, size_bytes, content, uploaded_by)
                values (?, ?, 'bilaga.txt', 'text/plain', ?, ?, 'admin') returning id""",
                commonReviewDecision(), commonReviewArea(), content.length, content));
    }

    long checklist() {
        return once("checklist", () -> insert("""
                insert into check_checklist (sample_id, plan_item_id, title, created_by)
                values (?, ?, 'Checklista i matrisen', 'admin') returning id""", demo.sample(), demo.planItem()));
    }

    /** A survey of the demo unit, linked to the demo review, with one question and one recipient. */
    long survey() {
        return once("survey", () -> {
            long id = insert("""
                    insert into survey (unit_id, title, anonymous, closes_on, plan_item_id, created_by, created_at)
                    values (?, 'Enkät i matrisen', false, date '2098-12-31', ?, 'admin', now()) returning id""",
                    demo.unit(), demo.planItem());
            jdbc.sql("""
                    insert into survey_question (survey_id, position, kind, text, choices)
                    values (?, 1, 'YES_NO', 'Följer du rutinen?', '{Ja,Nej}')""").param(id).update();
            jdbc.sql("insert into survey_recipient (survey_id, email, unit_id) values (?, 'matris@vaksam.example', ?)")
                    .params(id, demo.unit()).update();
            return id;
        });
    }

    long checklistQuestion() {
        return once("checklistQuestion", () -> insert("""
                insert into check_question (checklist_id, position, text) values (?, 1, 'Finns beslutet?') returning id""",
                checklist()));
    }

    /** A second question of the checklist, for a cross-tab of two questions. */
    long checklistSecondQuestion() {
        return once("checklistSecondQuestion", () -> insert("""
                insert into check_question (checklist_id, position, text) values (?, 2, 'Finns underskrift?') returning id""",
                checklist()));
    }

    long logReview() {
        return once("logReview", () -> {
            long id = insert("""
                    insert into check_log_review (unit_id, period_from, period_to, seed, percent, readers_checksum, created_by)
                    values (?, date '2026-11-01', date '2026-11-30', 1, 100, repeat('0', 64), 'admin') returning id""",
                    demo.unit());
            jdbc.sql("""
                    insert into check_log_review_user (review_id, username, outcome, reviewed_by, reviewed_at)
                    values (?, ?, 'NO_REMARKS', 'admin', now())""")
                    .params(id, LOG_REVIEWED_USER).update();
            return id;
        });
    }

    /** A draft plan (far in the future) that can be adopted. */
    long draftPlan() {
        return once("draftPlan", () -> insert("""
                insert into plan (committee_id, year) values (?, ?) returning id""", demo.committee(), FAR_YEAR));
    }

    /** The demo's draft self-assessment with a summary and every criterion rated, so that it can be submitted. */
    long ratedSelfAssessment() {
        return once("ratedSelfAssessment", () -> {
            jdbc.sql("update sa_assessment set summary = 'Sammanfattning i matrisen.' where id = ?")
                    .param(demo.selfAssessment()).update();
            jdbc.sql("""
                    update sa_answer set rating_code = r.code, rating_label = r.label, motivation = 'Bedömt i matrisen.'
                    from (select code, label from sa_rating order by position limit 1) r
                    where assessment_id = ?""").param(demo.selfAssessment()).update();
            return demo.selfAssessment();
        });
    }

    long planReportVersion() {
        return once("planReportVersion", () -> snapshot("plan.plan", demo.plan(), "tertial-1"));
    }

    long auditResponseVersion() {
        return once("auditResponseVersion", () -> snapshot("audit.review", demo.audit(), "yttrande"));
    }

    long qualityReportVersion() {
        return once("qualityReportVersion", () -> snapshot("deviation.qualityReport", demo.year(), "kvalitetsberattelse"));
    }

    long developmentArea() {
        return once("developmentArea", () -> insert("""
                insert into quality_development_area (unit_id, year, title, description)
                values (?, ?, 'Utvecklingsområde i matrisen', 'Matris') returning id""",
                demo.administration(), demo.year()));
    }

    private long snapshot(String ownerType, long ownerId, String kind) {
        byte[] content = "<p>Version i matrisen</p>".getBytes(StandardCharsets.UTF_8);
        return insert("""
                insert into report_snapshot (owner_type, owner_id, owning_unit_id, kind, label, version_no, format,
                    file_name, content_type, content, size_bytes, sha256, source_json, made_by, made_at)
                values (?, ?, ?, ?, 'Version i matrisen', 1000, 'HTML', 'version.html', 'text/html', ?, ?,
                    repeat('0', 64), '{}', 'admin', now()) returning id""",
                ownerType, ownerId, demo.committee(), kind, content, content.length);
    }

    private long once(String name, Supplier<Long> make) {
        Long id = made.get(name);
        if (id == null) {
            id = make.get();
            made.put(name, id);
        }
        return id;
    }

    private long insert(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
