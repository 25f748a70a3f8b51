package se.vaksam.report;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.shared.DomainException;
import se.vaksam.shared.StaleVersionException;

/**
 * What a committee writes for its annual report's self-assessment chapter, per year: a narrative per area
 * (Kontrollmiljö …) under the area's heading, and whether last year's rating stands beside this year's. Saved with
 * the version read (409 when someone saved first); a year nobody has written for reads as version 0.
 */
@Component
class SelfAssessmentTexts {

    static final int MAX_NARRATIVE = 20_000;
    static final int MAX_AREAS = 20;

    /** The committee's texts of the year; {@code narratives} by area name in the areas' order. */
    record Texts(boolean compareLastYear, Map<String, String> narratives, int version) {

        static final Texts NONE = new Texts(false, Map.of(), 0);
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    SelfAssessmentTexts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Texts of(long committeeId, int year) {
        return jdbc.sql("""
                select compare_last_year, version from report_self_assessment_text where committee_id = ? and year = ?
                """).params(committeeId, year).query((rs, n) -> new Texts(rs.getBoolean(1), narratives(committeeId,
                year), rs.getInt(2))).optional().orElse(Texts.NONE);
    }

    private Map<String, String> narratives(long committeeId, int year) {
        Map<String, String> narratives = new LinkedHashMap<>();
        jdbc.sql("""
                select area, body from report_self_assessment_narrative where committee_id = ? and year = ?
                order by position""").params(committeeId, year)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(e -> narratives.put(e.getKey(), e.getValue()));
        return narratives;
    }

    /**
     * Saves the texts over the version read; {@code areas} are the self-assessment's area names (a narrative for
     * another area is refused, 422), blank narratives are left out.
     */
    @Transactional
    Texts save(long committeeId, int year, boolean compareLastYear, Map<String, String> narratives,
            List<String> areas, int seenVersion, String username) {
        if (narratives.size() > MAX_AREAS) {
            throw new DomainException("report.selfAssessmentTexts.error.tooMany", MAX_AREAS);
        }
        Set<String> known = Set.copyOf(areas);
        for (Map.Entry<String, String> narrative : narratives.entrySet()) {
            if (!known.contains(narrative.getKey())) {
                throw new DomainException("report.selfAssessmentTexts.error.area", narrative.getKey());
            }
            if (narrative.getValue() != null && narrative.getValue().length() > MAX_NARRATIVE) {
                throw new DomainException("report.selfAssessmentTexts.error.length", narrative.getKey(),
                        MAX_NARRATIVE);
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        int rows = seenVersion == 0 ? jdbc.sql("""
                insert into report_self_assessment_text (committee_id, year, compare_last_year, version, changed_by,
                    changed_at) values (?, ?, ?, 1, ?, ?) on conflict do nothing""")
                .params(committeeId, year, compareLastYear, username, now).update()
                : jdbc.sql("""
                        update report_self_assessment_text set compare_last_year = ?, version = version + 1,
                            changed_by = ?, changed_at = ?
                        where committee_id = ? and year = ? and version = ?""")
                        .params(compareLastYear, username, now, committeeId, year, seenVersion).update();
        if (rows == 0) {
            throw new StaleVersionException("report_self_assessment_text " + committeeId + " " + year, seenVersion,
                    of(committeeId, year).version());
        }
        jdbc.sql("delete from report_self_assessment_narrative where committee_id = ? and year = ?")
                .params(committeeId, year).update();
        for (int i = 0; i < areas.size(); i++) {
            String body = narratives.get(areas.get(i));
            if (body != null && !body.isBlank()) {
                jdbc.sql("""
                        insert into report_self_assessment_narrative (committee_id, year, area, position, body)
                        values (?, ?, ?, ?, ?)""").params(committeeId, year, areas.get(i), i, body.strip()).update();
            }
        }
        return of(committeeId, year);
    }
}
