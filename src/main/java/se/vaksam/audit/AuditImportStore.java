package se.vaksam.audit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the import of past reviews reads and writes beyond {@link AuditStore}: reviews by number, recommendations by source id. */
@Repository
class AuditImportStore {

    /** A stored review by its committee and number, and whether an import made it. */
    record ReviewKey(long id, long committeeId, String number, boolean imported) {
    }

    /** A recommendation an import made, found by its source id, with where it belongs. */
    record Sourced(String sourceId, long id, long areaId, String areaHeading, long reviewId, long committeeId,
            String reviewNumber, String text, RecommendationStatus status, LocalDate closedOn, int version) {
    }

    private final JdbcClient jdbc;

    AuditImportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The reviews with any of the numbers (in any committee), by committee id and number. */
    Map<String, ReviewKey> reviews(Collection<String> numbers) {
        Map<String, ReviewKey> found = new HashMap<>();
        if (numbers.isEmpty()) {
            return found;
        }
        jdbc.sql("select id, committee_id, number, imported from audit_review where number in (:numbers)")
                .param("numbers", List.copyOf(numbers)).query(ReviewKey.class).list()
                .forEach(r -> found.put(key(r.committeeId(), r.number()), r));
        return found;
    }

    static String key(long committeeId, String number) {
        return committeeId + " " + number;
    }

    Map<String, Sourced> recommendations(Collection<String> sourceIds) {
        Map<String, Sourced> found = new HashMap<>();
        if (sourceIds.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                select r.source_id, r.id, r.area_id, a.heading as area_heading, a.review_id, v.committee_id,
                       v.number as review_number, r.text, r.status, r.closed_on, r.version
                from audit_recommendation r join audit_area a on a.id = r.area_id join audit_review v on v.id = a.review_id
                where r.source_id in (:ids)""")
                .param("ids", List.copyOf(sourceIds)).query(Sourced.class).list()
                .forEach(r -> found.put(r.sourceId(), r));
        return found;
    }

    void markImported(long reviewId) {
        jdbc.sql("update audit_review set imported = true where id = ?").param(reviewId).update();
    }

    long insertRecommendation(long areaId, String sourceId, String text, RecommendationStatus status,
            LocalDate closedOn) {
        return jdbc.sql("""
                insert into audit_recommendation (area_id, position, text, status, closed_on, source_id)
                select ?, coalesce(max(position), 0) + 1, ?, ?, ?, ? from audit_recommendation where area_id = ?
                returning id""")
                .params(areaId, text, status.name(), closedOn, sourceId, areaId).query(Long.class).single();
    }

    void updateRecommendation(long id, String text, RecommendationStatus status, LocalDate closedOn) {
        jdbc.sql("""
                update audit_recommendation set text = ?, status = ?, closed_on = ?, closing_suggested = false,
                    version = version + 1 where id = ?""").params(text, status.name(), closedOn, id).update();
    }
}
