package se.vaksam.deviation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.org.OrgQuery;
import se.vaksam.org.OrgUnitType;
import se.vaksam.shared.Access;
import se.vaksam.shared.ChangeSet;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.NotFoundException;
import se.vaksam.shared.RecordChanged;
import se.vaksam.shared.StaleVersionException;
import se.vaksam.shared.Versions;

/**
 * What a förvaltning (administration) writes into its kvalitetsberättelse for a year: the narrative chapters
 * ({@link QualityChapter}; a chapter nobody wrote reads as its standard heading and text, version 0) and the
 * <em>prioriterade utvecklingsområden</em>, created in one year's report (chapter 5, for the next year) and
 * followed up in the next year's report (chapter 2) with a {@link DevelopmentStatus} and a follow-up text.
 * Readable within the person's scope; written by those who may change the administration and by the quality
 * function. History {@code deviation.qualityChapter} and {@code deviation.developmentArea}.
 */
@Service
@Transactional
public class QualityNarratives {

    static final String CHAPTER = "deviation.qualityChapter";
    static final String AREA = "deviation.developmentArea";

    private final JdbcClient jdbc;
    private final Access access;
    private final DeviationRules rules;
    private final OrgQuery org;
    private final ApplicationEventPublisher events;

    QualityNarratives(JdbcClient jdbc, Access access, DeviationRules rules, OrgQuery org,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.rules = rules;
        this.org = org;
        this.events = events;
    }

    /**
     * A chapter as the report prints it; {@code id} is null and {@code version} 0 while nobody has written it, the
     * first writing makes version 1.
     */
    @Schema(name = "QualityReportChapter")
    public record Chapter(QualityChapter code, Long id, String heading, String body, boolean written, int version) {
    }

    /** A prioriterat utvecklingsområde of the report of {@code year}, followed up in the report of {@code year + 1}. */
    @Schema(name = "DevelopmentArea")
    public record DevelopmentArea(long id, long unitId, int year, String title, String description,
            DevelopmentStatus status, String followUp, int version) {
    }

    /** The fields of a development area as a form or the API gives them. */
    public record DevelopmentAreaDraft(String title, String description, DevelopmentStatus status, String followUp) {
    }

    /** Every chapter of the administration's report for the year, in the document's order (one read). */
    @Transactional(readOnly = true)
    public List<Chapter> chapters(long unitId, int year) {
        Map<String, Chapter> stored = jdbc.sql("select id, code, heading, body, version from quality_report_chapter "
                        + "where unit_id = ? and year = ?").params(unitId, year)
                .query((rs, n) -> new Chapter(QualityChapter.valueOf(rs.getString("code")), rs.getLong("id"),
                        rs.getString("heading"), rs.getString("body"), true, rs.getInt("version")))
                .list().stream().collect(Collectors.toMap(c -> c.code().name(), Function.identity()));
        return defaults().stream().map(c -> stored.getOrDefault(c.code().name(), c)).toList();
    }

    /** The standard chapters, as nobody has written them. */
    static List<Chapter> defaults() {
        return Arrays.stream(QualityChapter.values())
                .map(c -> new Chapter(c, null, c.defaultHeading(), c.defaultBody(), false, 0)).toList();
    }

    @Transactional(readOnly = true)
    public Chapter chapter(long unitId, int year, QualityChapter code) {
        return chapters(unitId, year).stream().filter(c -> c.code() == code).findFirst().orElseThrow();
    }

    /** The chapters the person may read: those of an administration in their scope. */
    @Transactional(readOnly = true)
    public List<Chapter> readableChapters(long unitId, int year) {
        administration(unitId);
        access.requireRead(unitId);
        return chapters(unitId, year);
    }

    /**
     * Writes a chapter's heading and text if nobody changed it since {@code seenVersion} (0 for a chapter
     * nobody has written yet).
     */
    public Chapter write(long unitId, int year, QualityChapter code, String heading, String body, int seenVersion) {
        requireWriter(unitId);
        String h = DeviationManagement.required(heading, "chapterHeading", 300);
        String b = DeviationManagement.optional(body, "chapterBody", 20000);
        b = b == null ? "" : b;
        Chapter before = chapter(unitId, year, code);
        String record = "quality_report_chapter " + unitId + "/" + year + "/" + code;
        if (before.id() == null) {
            if (seenVersion != 0) {
                throw new StaleVersionException(record, seenVersion, 0);
            }
            var keys = new GeneratedKeyHolder();
            int rows = jdbc.sql("insert into quality_report_chapter (unit_id, year, code, heading, body, version) "
                            + "values (:unit, :year, :code, :heading, :body, 1) on conflict do nothing")
                    .param("unit", unitId).param("year", year).param("code", code.name()).param("heading", h)
                    .param("body", b).update(keys, "id");
            if (rows == 0) {
                throw new StaleVersionException(record, seenVersion);
            }
            publish(CHAPTER, keys.getKey().longValue(), RecordChanged.Action.CREATED, before, h, b);
        } else {
            int rows = jdbc.sql("update quality_report_chapter set heading = ?, body = ?, version = version + 1 "
                    + "where id = ? and version = ?").params(h, b, before.id(), seenVersion).update();
            Versions.checked(rows, jdbc, "quality_report_chapter", before.id(), seenVersion);
            publish(CHAPTER, before.id(), RecordChanged.Action.UPDATED, before, h, b);
        }
        return chapter(unitId, year, code);
    }

    private void publish(String type, long id, RecordChanged.Action action, Chapter before, String heading, String body) {
        events.publishEvent(new RecordChanged(type, Long.toString(id), action, ChangeSet.create()
                .field("title", before.heading(), heading).field("body", before.body(), body).toList(), null));
    }

    /** The development areas of the administration's report for the year, in the order they were added. */
    @Transactional(readOnly = true)
    public List<DevelopmentArea> areas(long unitId, int year) {
        return jdbc.sql("select * from quality_development_area where unit_id = ? and year = ? order by id")
                .params(unitId, year).query(DevelopmentArea.class).list();
    }

    @Transactional(readOnly = true)
    public List<DevelopmentArea> readableAreas(long unitId, int year) {
        administration(unitId);
        access.requireRead(unitId);
        return areas(unitId, year);
    }

    @Transactional(readOnly = true)
    public DevelopmentArea area(long id) {
        DevelopmentArea a = jdbc.sql("select * from quality_development_area where id = ?").param(id)
                .query(DevelopmentArea.class).optional()
                .orElseThrow(() -> new NotFoundException("deviation.developmentArea.notFound"));
        access.requireRead(a.unitId());
        return a;
    }

    /** Adds a development area to the report of {@code year} (its chapter 5, the area is for {@code year + 1}). */
    public long addArea(long unitId, int year, DevelopmentAreaDraft d) {
        requireWriter(unitId);
        String title = DeviationManagement.required(d.title(), "areaTitle", 300);
        String description = DeviationManagement.required(d.description(), "areaDescription", 20000);
        String followUp = DeviationManagement.optional(d.followUp(), "followUp", 20000);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into quality_development_area (unit_id, year, title, description, status, follow_up) "
                        + "values (:unit, :year, :title, :description, :status, :followUp)")
                .param("unit", unitId).param("year", year).param("title", title).param("description", description)
                .param("status", d.status() == null ? null : d.status().name()).param("followUp", followUp)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(new RecordChanged(AREA, Long.toString(id), RecordChanged.Action.CREATED, ChangeSet.create()
                .field("title", null, title).field("description", null, description)
                .field("status", null, d.status() == null ? null : d.status().name()).field("followUp", null, followUp)
                .toList(), null));
        return id;
    }

    /** Changes an area or records its follow-up (status and text), if nobody changed it since {@code seenVersion}. */
    public void editArea(long id, int seenVersion, DevelopmentAreaDraft d) {
        DevelopmentArea before = area(id);
        requireWriter(before.unitId());
        String title = DeviationManagement.required(d.title(), "areaTitle", 300);
        String description = DeviationManagement.required(d.description(), "areaDescription", 20000);
        String followUp = DeviationManagement.optional(d.followUp(), "followUp", 20000);
        String status = d.status() == null ? null : d.status().name();
        int rows = jdbc.sql("update quality_development_area set title = ?, description = ?, status = ?, follow_up = ?, "
                + "version = version + 1 where id = ? and version = ?")
                .params(title, description, status, followUp, id, seenVersion).update();
        Versions.checked(rows, jdbc, "quality_development_area", id, seenVersion);
        events.publishEvent(new RecordChanged(AREA, Long.toString(id), RecordChanged.Action.UPDATED, ChangeSet.create()
                .field("title", before.title(), title).field("description", before.description(), description)
                .field("status", before.status() == null ? null : before.status().name(), status)
                .field("followUp", before.followUp(), followUp).toList(), null));
    }

    /** Whether the person may write the administration's chapters and development areas. */
    @Transactional(readOnly = true)
    public boolean mayWrite(long unitId) {
        var scope = access.current();
        return scope.canWrite(unitId) || rules.qualityAdministrator(scope);
    }

    private void requireWriter(long unitId) {
        administration(unitId);
        if (!mayWrite(unitId)) {
            throw new ForbiddenException();
        }
    }

    /** The unit, which must be a förvaltning: the report is the administration's. */
    private void administration(long unitId) {
        var unit = org.unit(unitId).orElseThrow(() -> new DomainException("deviation.narrative.error.unit"));
        if (unit.type() != OrgUnitType.ADMINISTRATION) {
            throw new DomainException("deviation.narrative.error.unit");
        }
    }
}
