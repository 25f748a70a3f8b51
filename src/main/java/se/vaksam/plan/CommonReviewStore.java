package se.vaksam.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import se.vaksam.shared.Versions;

/** The tables of kommungemensamma granskningsområden, in plain SQL; no access checks here. */
@Repository
class CommonReviewStore {

    private final JdbcClient jdbc;

    CommonReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Head(long id, int year, LocalDate decidedOn, String paragraph, String diaryNumber, String registeredBy,
            int version) {
    }

    /** An area with its decision's year, e.g. to find the plans it belongs in. */
    record AreaOfYear(long id, int year, int position, String title, String instructions) {
    }

    List<Head> decisions() {
        return jdbc.sql(HEAD + " order by year desc").query(CommonReviewStore::head).list();
    }

    Optional<Head> decision(long id) {
        return jdbc.sql(HEAD + " where id = ?").param(id).query(CommonReviewStore::head).optional();
    }

    Optional<Head> decisionOfYear(int year) {
        return jdbc.sql(HEAD + " where year = ?").param(year).query(CommonReviewStore::head).optional();
    }

    List<CommonReviewDecision.Area> areas(long decisionId) {
        return jdbc.sql("""
                select id, position, title, instructions from common_review_area
                where decision_id = ? order by position, id""").param(decisionId)
                .query((rs, n) -> new CommonReviewDecision.Area(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        rs.getString(4)))
                .list();
    }

    Optional<AreaOfYear> area(long areaId) {
        return jdbc.sql("""
                select a.id, d.year, a.position, a.title, a.instructions
                from common_review_area a join common_review_decision d on d.id = a.decision_id where a.id = ?""")
                .param(areaId)
                .query((rs, n) -> new AreaOfYear(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5)))
                .optional();
    }

    List<AreaOfYear> areasOfYear(int year) {
        return jdbc.sql("""
                select a.id, d.year, a.position, a.title, a.instructions
                from common_review_area a join common_review_decision d on d.id = a.decision_id
                where d.year = ? order by a.position, a.id""").param(year)
                .query((rs, n) -> new AreaOfYear(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    List<CommonReviewDecision.Attachment> attachments(long decisionId) {
        return jdbc.sql("""
                select id, area_id, file_name, content_type, size_bytes from common_review_attachment
                where decision_id = ? order by id""").param(decisionId)
                .query((rs, n) -> new CommonReviewDecision.Attachment(rs.getLong(1), (Long) rs.getObject(2),
                        rs.getString(3), rs.getString(4), rs.getInt(5)))
                .list();
    }

    /** The attachment's decision id and file, if it exists. */
    Optional<Long> attachmentDecision(long attachmentId) {
        return jdbc.sql("select decision_id from common_review_attachment where id = ?").param(attachmentId)
                .query(Long.class).optional();
    }

    CommonReviewDecision.AttachmentFile attachmentFile(long attachmentId) {
        return jdbc.sql("select file_name, content_type, content from common_review_attachment where id = ?")
                .param(attachmentId)
                .query((rs, n) -> new CommonReviewDecision.AttachmentFile(rs.getString(1), rs.getString(2),
                        rs.getBytes(3)))
                .single();
    }

    long insertDecision(CommonReviewDecision.Draft draft, String username) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into common_review_decision (year, decided_on, paragraph, diary_number, registered_by)
                values (?, ?, ?, ?, ?)""")
                .params(draft.year(), draft.decidedOn(), clean(draft.paragraph()), clean(draft.diaryNumber()), username)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void updateDecision(long id, int expectedVersion, CommonReviewDecision.Draft draft) {
        int rows = jdbc.sql("""
                update common_review_decision set decided_on = ?, paragraph = ?, diary_number = ?,
                    version = version + 1
                where id = ? and version = ?""")
                .params(draft.decidedOn(), clean(draft.paragraph()), clean(draft.diaryNumber()), id, expectedVersion)
                .update();
        Versions.checked(rows, jdbc, "common_review_decision", id, expectedVersion);
    }

    long insertArea(long decisionId, int position, String title, String instructions) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into common_review_area (decision_id, position, title, instructions) values (?, ?, ?, ?)")
                .params(decisionId, position, title, instructions).update(keys, "id");
        return keys.getKey().longValue();
    }

    void updateArea(long areaId, int position, String title, String instructions) {
        jdbc.sql("update common_review_area set position = ?, title = ?, instructions = ? where id = ?")
                .params(position, title, instructions, areaId).update();
    }

    long insertAttachment(long decisionId, Long areaId, String fileName, String contentType, byte[] content,
            String username) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into common_review_attachment
                    (decision_id, area_id, file_name, content_type, size_bytes, content, uploaded_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(decisionId, areaId, fileName, contentType, content.length, content, username)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void deleteAttachment(long attachmentId) {
        jdbc.sql("delete from common_review_attachment where id = ?").param(attachmentId).update();
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static final String HEAD = """
            select id, year, decided_on, paragraph, diary_number, registered_by, version
            from common_review_decision""";

    private static Head head(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Head(rs.getLong(1), rs.getInt(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getInt(7));
    }
}
