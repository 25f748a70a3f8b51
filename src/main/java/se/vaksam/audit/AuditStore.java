package se.vaksam.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vaksam.shared.Versions;

/** Reviews, sub-areas, recommendations, their links and the response, in SQL. */
@Repository
class AuditStore {

    record ReviewRow(long id, long committeeId, String number, String title, String auditors, LocalDate reviewedOn,
            String overallJudgement, int version) {
    }

    record AreaRow(long id, long reviewId, int position, String heading, String judgement, String assigneeUsername,
            String actionsTaken, String effects, String plannedActions, int version) {
    }

    record RecommendationRow(long id, long areaId, int position, String text, RecommendationStatus status,
            boolean closingSuggested, LocalDate closedOn, int version) {
    }

    record LinkRow(long recommendationId, LinkType recordType, long recordId) {
    }

    private final JdbcClient jdbc;

    AuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // reviews

    List<ReviewRow> reviews() {
        return jdbc.sql("""
                select id, committee_id, number, title, auditors, reviewed_on, overall_judgement, version
                from audit_review order by reviewed_on desc, id desc""").query(ReviewRow.class).list();
    }

    Optional<ReviewRow> review(long id) {
        return jdbc.sql("""
                select id, committee_id, number, title, auditors, reviewed_on, overall_judgement, version
                from audit_review where id = ?""").param(id).query(ReviewRow.class).optional();
    }

    boolean numberTaken(long committeeId, String number, Long exceptId) {
        return jdbc.sql("select count(*) from audit_review where committee_id = ? and number = ? and id <> ?")
                .params(committeeId, number, exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
    }

    long insertReview(ReviewDraft d) {
        return jdbc.sql("""
                insert into audit_review (committee_id, number, title, auditors, reviewed_on, overall_judgement)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(d.committeeId(), d.number().strip(), d.title().strip(), d.auditors().strip(), d.reviewedOn(),
                        d.overallJudgement())
                .query(Long.class).single();
    }

    void updateReview(long id, ReviewDraft d, int seenVersion) {
        check(jdbc.sql("""
                update audit_review set number = ?, title = ?, auditors = ?, reviewed_on = ?, overall_judgement = ?,
                    version = version + 1 where id = ? and version = ?""")
                .params(d.number().strip(), d.title().strip(), d.auditors().strip(), d.reviewedOn(),
                        d.overallJudgement(), id, seenVersion).update(), "audit_review", id, seenVersion);
    }

    // sub-areas

    List<AreaRow> areas(long reviewId) {
        return jdbc.sql("""
                select id, review_id, position, heading, judgement, assignee_username, actions_taken, effects,
                       planned_actions, version from audit_area where review_id = ? order by position""")
                .param(reviewId).query(AreaRow.class).list();
    }

    Optional<AreaRow> area(long id) {
        return jdbc.sql("""
                select id, review_id, position, heading, judgement, assignee_username, actions_taken, effects,
                       planned_actions, version from audit_area where id = ?""")
                .param(id).query(AreaRow.class).optional();
    }

    /** Several areas by id in one read (the start page's tasks); unknown ids are left out. */
    List<AreaRow> areasByIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, review_id, position, heading, judgement, assignee_username, actions_taken, effects,
                       planned_actions, version from audit_area where id in (:ids)""")
                .param("ids", ids).query(AreaRow.class).list();
    }

    /** How many recommendations are still open (öppen or pågår), per committee, in one read. */
    java.util.Map<Long, Long> openRecommendationsPerCommittee() {
        return jdbc.sql("""
                select v.committee_id, count(*) from audit_recommendation r
                join audit_area a on a.id = r.area_id join audit_review v on v.id = a.review_id
                where r.status in ('OPEN', 'IN_PROGRESS') group by v.committee_id""")
                .query((rs, n) -> java.util.Map.entry(rs.getLong(1), rs.getLong(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
    }

    List<AreaRow> areasAssignedTo(String username) {
        return jdbc.sql("""
                select id, review_id, position, heading, judgement, assignee_username, actions_taken, effects,
                       planned_actions, version from audit_area where assignee_username = ? order by review_id, position""")
                .param(username).query(AreaRow.class).list();
    }

    long insertArea(long reviewId, AreaDraft d) {
        int position = jdbc.sql("select coalesce(max(position), 0) + 1 from audit_area where review_id = ?")
                .param(reviewId).query(Integer.class).single();
        long id = jdbc.sql("""
                insert into audit_area (review_id, position, heading, judgement) values (?, ?, ?, ?) returning id""")
                .params(reviewId, position, d.heading().strip(), d.judgement().strip()).query(Long.class).single();
        int n = 1;
        for (String text : d.recommendationsOrEmpty()) {
            jdbc.sql("insert into audit_recommendation (area_id, position, text) values (?, ?, ?)")
                    .params(id, n++, text.strip()).update();
        }
        return id;
    }

    void updateArea(long areaId, String heading, String judgement, int seenVersion) {
        check(jdbc.sql("""
                update audit_area set heading = ?, judgement = ?, version = version + 1 where id = ? and version = ?""")
                .params(heading.strip(), judgement.strip(), areaId, seenVersion).update(),
                "audit_area", areaId, seenVersion);
    }

    void answer(long areaId, AnswerDraft a, int seenVersion) {
        check(jdbc.sql("""
                update audit_area set actions_taken = ?, effects = ?, planned_actions = ?, version = version + 1
                where id = ? and version = ?""")
                .params(blank(a.actionsTaken()), blank(a.effects()), blank(a.plannedActions()), areaId, seenVersion)
                .update(), "audit_area", areaId, seenVersion);
    }

    void assign(long areaId, Long personId, String username) {
        jdbc.sql("update audit_area set assignee_person_id = ?, assignee_username = ?, version = version + 1 where id = ?")
                .params(personId, username, areaId).update();
    }

    // recommendations

    List<RecommendationRow> recommendations(long areaId) {
        return jdbc.sql("""
                select id, area_id, position, text, status, closing_suggested, closed_on, version
                from audit_recommendation where area_id = ? order by position""")
                .param(areaId).query(RecommendationRow.class).list();
    }

    Optional<RecommendationRow> recommendation(long id) {
        return jdbc.sql("""
                select id, area_id, position, text, status, closing_suggested, closed_on, version
                from audit_recommendation where id = ?""").param(id).query(RecommendationRow.class).optional();
    }

    List<RecommendationRow> suggestedForClosing() {
        return jdbc.sql("""
                select id, area_id, position, text, status, closing_suggested, closed_on, version
                from audit_recommendation where closing_suggested order by id""").query(RecommendationRow.class).list();
    }

    void setStatus(long id, RecommendationStatus status, LocalDate closedOn, int seenVersion) {
        check(jdbc.sql("""
                update audit_recommendation set status = ?, closed_on = ?, closing_suggested = false,
                    version = version + 1 where id = ? and version = ?""")
                .params(status.name(), closedOn, id, seenVersion).update(), "audit_recommendation", id, seenVersion);
    }

    void suggestClosing(long id, boolean suggested) {
        jdbc.sql("update audit_recommendation set closing_suggested = ? where id = ?").params(suggested, id).update();
    }

    // links

    List<LinkRow> links(long recommendationId) {
        return jdbc.sql("""
                select recommendation_id, record_type, record_id from audit_recommendation_link
                where recommendation_id = ? order by id""").param(recommendationId).query(LinkRow.class).list();
    }

    List<Long> linkedTo(LinkType type, long recordId) {
        return jdbc.sql("select recommendation_id from audit_recommendation_link where record_type = ? and record_id = ?")
                .params(type.name(), recordId).query(Long.class).list();
    }

    boolean link(long recommendationId, LinkType type, long recordId) {
        return jdbc.sql("""
                insert into audit_recommendation_link (recommendation_id, record_type, record_id) values (?, ?, ?)
                on conflict do nothing""").params(recommendationId, type.name(), recordId).update() > 0;
    }

    boolean unlink(long recommendationId, LinkType type, long recordId) {
        return jdbc.sql("delete from audit_recommendation_link where recommendation_id = ? and record_type = ? and record_id = ?")
                .params(recommendationId, type.name(), recordId).update() > 0;
    }

    // response

    Optional<AuditQuery.ResponseView> response(long reviewId) {
        return jdbc.sql("""
                select id, review_id, response_date as date, address, diary_number, addressee, proposal_line, summary,
                       statement, signatures, reservations, version from audit_response where review_id = ?""")
                .param(reviewId).query(AuditQuery.ResponseView.class).optional();
    }

    void insertResponse(long reviewId, ResponseDraft r) {
        jdbc.sql("""
                insert into audit_response (review_id, response_date, address, diary_number, addressee, proposal_line,
                    summary, statement, signatures, reservations) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(reviewId, r.date(), blank(r.address()), blank(r.diaryNumber()), blank(r.addressee()),
                        blank(r.proposalLine()), blank(r.summary()), blank(r.statement()), blank(r.signatures()),
                        blank(r.reservations()))
                .update();
    }

    void updateResponse(long reviewId, ResponseDraft r, int seenVersion) {
        check(jdbc.sql("""
                update audit_response set response_date = ?, address = ?, diary_number = ?, addressee = ?,
                    proposal_line = ?, summary = ?, statement = ?, signatures = ?, reservations = ?,
                    version = version + 1 where review_id = ? and version = ?""")
                .params(r.date(), blank(r.address()), blank(r.diaryNumber()), blank(r.addressee()),
                        blank(r.proposalLine()), blank(r.summary()), blank(r.statement()), blank(r.signatures()),
                        blank(r.reservations()), reviewId, seenVersion)
                .update(), "audit_response", reviewId, seenVersion);
    }

    private void check(int rows, String table, long id, int seenVersion) {
        Versions.checked(rows, jdbc, table, table.equals("audit_response") ? "review_id" : "id", id, seenVersion);
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
