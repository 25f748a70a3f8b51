package se.vaksam.deviation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.shared.Access;
import se.vaksam.shared.ChangeSet;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.NotFoundException;
import se.vaksam.shared.RecordChanged;
import se.vaksam.shared.Versions;

/**
 * The registers of the kvalitetsberättelse's appendices: SOSFS risk analyses (Bilaga 1: analysis,
 * where, improvement actions, processes and routines improved) and self-inspections (Bilaga 2: check,
 * where, result, improvement actions, processes and routines improved), per operational area. Readable
 * within the person's scope, written by those who may change the unit (history {@code deviation.riskAnalysis},
 * {@code deviation.selfInspection}).
 */
@Service
@Transactional
public class QualityRegisters {

    static final String RISK_ANALYSIS = "deviation.riskAnalysis";
    static final String SELF_INSPECTION = "deviation.selfInspection";

    private final JdbcClient jdbc;
    private final Access access;
    private final DeviationManagement management;
    private final ApplicationEventPublisher events;

    QualityRegisters(JdbcClient jdbc, Access access, DeviationManagement management, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.management = management;
        this.events = events;
    }

    /** A register entry; {@code result} is null for risk analyses. */
    @Schema(name = "RegisterEntry")
    public record Entry(long id, int year, long unitId, Long areaUnitId, String title, String place, String result,
            String improvementActions, String processesImproved, String source, int version) {
    }

    /** The fields of an entry as a form or the API gives them. */
    public record EntryDraft(Integer year, Long unitId, String title, String place, String result,
            String improvementActions, String processesImproved) {
    }

    public enum Register {
        RISK_ANALYSES("sosfs_risk_analysis", "analysis", RISK_ANALYSIS),
        SELF_INSPECTIONS("self_inspection", "inspection", SELF_INSPECTION);

        private final String table;
        private final String titleColumn;
        private final String recordType;

        Register(String table, String titleColumn, String recordType) {
            this.table = table;
            this.titleColumn = titleColumn;
            this.recordType = recordType;
        }
    }

    /** The year's entries in a stable order: by operational area (none last), then as registered. */
    @Transactional(readOnly = true)
    public List<Entry> entries(Register register, int year) {
        var scope = access.current();
        String units = scope.administrator() ? "" : " and unit_id = any(:units)";
        return jdbc.sql(select(register) + " where year = :year" + units + " order by area_unit_id nulls last, id")
                .param("year", year).param("units", scope.readableUnitIds().toArray(Long[]::new))
                .query(Entry.class).list();
    }

    @Transactional(readOnly = true)
    public Entry entry(Register register, long id) {
        Entry e = jdbc.sql(select(register) + " where id = ?")
                .param(id).query(Entry.class).optional().orElseThrow(() -> new NotFoundException("deviation.register.notFound"));
        access.requireRead(e.unitId());
        return e;
    }

    public long add(Register register, EntryDraft d) {
        check(register, d);
        management.existingUnit(d.unitId());
        access.requireWrite(d.unitId());
        return insert(register, d, null);
    }

    /**
     * A self-inspection completed in another process (e.g. module check's log follow-up), registered on
     * behalf of the application.
     */
    public long recordSelfInspection(EntryDraft d, String source) {
        check(Register.SELF_INSPECTIONS, d);
        return insert(Register.SELF_INSPECTIONS, d, DeviationManagement.required(source, "source", 60));
    }

    public void edit(Register register, long id, int seenVersion, EntryDraft d) {
        Entry before = entry(register, id);
        check(register, d);
        access.requireWrite(before.unitId());
        management.existingUnit(d.unitId());
        access.requireWrite(d.unitId());
        int rows = jdbc.sql("update " + register.table + " set year = :year, unit_id = :unit, area_unit_id = :area, "
                        + register.titleColumn + " = :title, place = :place, improvement_actions = :actions, "
                        + "processes_improved = :processes" + (register == Register.SELF_INSPECTIONS ? ", result = :result" : "")
                        + ", version = version + 1 where id = :id and version = :version")
                .param("year", d.year()).param("unit", d.unitId()).param("area", management.areaOf(d.unitId()))
                .param("title", d.title().strip()).param("place", d.place().strip())
                .param("actions", blankToNull(d.improvementActions())).param("processes", blankToNull(d.processesImproved()))
                .param("result", blankToNull(d.result())).param("id", id).param("version", seenVersion).update();
        Versions.checked(rows, jdbc, register.table, id, seenVersion);
        events.publishEvent(new RecordChanged(register.recordType, Long.toString(id), RecordChanged.Action.UPDATED,
                ChangeSet.create().field("title", before.title(), d.title().strip())
                        .field("place", before.place(), d.place().strip())
                        .field("result", before.result(), blankToNull(d.result()))
                        .field("improvementActions", before.improvementActions(), blankToNull(d.improvementActions()))
                        .field("processesImproved", before.processesImproved(), blankToNull(d.processesImproved()))
                        .toList(), null));
    }

    /**
     * Removes an entry registered by a person, if nobody changed it since {@code seenVersion}.
     * An entry registered by Vaksam itself (it has a {@code source}, e.g. a completed log
     * follow-up) records work done elsewhere and stays.
     */
    public void remove(Register register, long id, int seenVersion) {
        Entry before = entry(register, id);
        access.requireWrite(before.unitId());
        if (before.source() != null) {
            throw new DomainException("deviation.register.error.registeredByVaksam");
        }
        int rows = jdbc.sql("delete from " + register.table + " where id = :id and version = :version")
                .param("id", id).param("version", seenVersion).update();
        Versions.checked(rows, jdbc, register.table, id, seenVersion);
        events.publishEvent(new RecordChanged(register.recordType, Long.toString(id), RecordChanged.Action.DELETED,
                ChangeSet.create().field("title", before.title(), null).field("place", before.place(), null)
                        .toList(), null));
    }

    private long insert(Register register, EntryDraft d, String source) {
        var keys = new GeneratedKeyHolder();
        boolean inspection = register == Register.SELF_INSPECTIONS;
        jdbc.sql("insert into " + register.table + " (year, unit_id, area_unit_id, " + register.titleColumn
                        + ", place, improvement_actions, processes_improved" + (inspection ? ", result, source" : "")
                        + ") values (:year, :unit, :area, :title, :place, :actions, :processes"
                        + (inspection ? ", :result, :source" : "") + ")")
                .param("year", d.year()).param("unit", d.unitId()).param("area", management.areaOf(d.unitId()))
                .param("title", d.title().strip()).param("place", d.place().strip())
                .param("actions", blankToNull(d.improvementActions())).param("processes", blankToNull(d.processesImproved()))
                .param("result", blankToNull(d.result())).param("source", source).update(keys, "id");
        long id = keys.getKey().longValue();
        events.publishEvent(new RecordChanged(register.recordType, Long.toString(id), RecordChanged.Action.CREATED,
                ChangeSet.create().field("title", null, d.title().strip()).field("place", null, d.place().strip())
                        .toList(), null));
        return id;
    }

    private static void check(Register register, EntryDraft d) {
        if (d.year() == null || d.year() < 2000 || d.year() > 2100) {
            throw new DomainException("deviation.register.error.year");
        }
        if (d.unitId() == null) {
            throw new DomainException("deviation.error.required.unit");
        }
        DeviationManagement.required(d.title(), "registerTitle", 500);
        DeviationManagement.required(d.place(), "place", 500);
        if (register == Register.SELF_INSPECTIONS) {
            DeviationManagement.required(d.result(), "result", 4000);
        }
        DeviationManagement.optional(d.improvementActions(), "improvementActions", 4000);
        DeviationManagement.optional(d.processesImproved(), "processesImproved", 4000);
    }

    private static String select(Register register) {
        boolean inspection = register == Register.SELF_INSPECTIONS;
        return "select id, year, unit_id, area_unit_id, " + register.titleColumn + " as title, place, "
                + (inspection ? "result" : "null") + " as result, improvement_actions, processes_improved, "
                + (inspection ? "source" : "null") + " as source, version from " + register.table;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
