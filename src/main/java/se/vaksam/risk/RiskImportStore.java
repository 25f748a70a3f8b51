package se.vaksam.risk;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the import of past years' risks ({@link RiskImport}) reads and writes beyond {@link RiskStore}: risks by
 * their source id, the analyses of the years in the file, and each analysis row with its assessment, each read in
 * one query for the whole file.
 */
@Repository
class RiskImportStore {

    private final JdbcClient jdbc;

    RiskImportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A risk as the import compares it: the columns of the file. */
    record Risk(String sourceId, String title, String event, String cause, String consequence, long categoryId,
            long unitId, Long ownerPersonId, Origin origin) {
    }

    record StoredRisk(long id, int version, Risk risk) {
    }

    Map<String, StoredRisk> risksBySource(Collection<String> sourceIds) {
        return jdbc.sql("""
                select id, version, source_id, title, event_text, cause_text, consequence_text, category_id, unit_id,
                       owner_person_id, origin
                from risk where source_id = any(?)""").param(sourceIds.toArray(String[]::new))
                .query((rs, n) -> new StoredRisk(rs.getLong(1), rs.getInt(2), new Risk(rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8),
                        rs.getLong(9), (Long) rs.getObject(10), Origin.valueOf(rs.getString(11)))))
                .list().stream().collect(Collectors.toMap(r -> r.risk().sourceId(), Function.identity()));
    }

    long insertRisk(Risk r) {
        return jdbc.sql("""
                insert into risk (title, event_text, cause_text, consequence_text, category_id, unit_id, owner_person_id,
                                  origin, source_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(r.title(), r.event(), r.cause(), r.consequence(), r.categoryId(), r.unitId(), r.ownerPersonId(),
                        r.origin().name(), r.sourceId())
                .query(Long.class).single();
    }

    void updateRisk(long id, Risk r) {
        jdbc.sql("""
                update risk set title = ?, event_text = ?, cause_text = ?, consequence_text = ?, category_id = ?,
                       unit_id = ?, owner_person_id = ?, origin = ?, version = version + 1 where id = ?""")
                .params(r.title(), r.event(), r.cause(), r.consequence(), r.categoryId(), r.unitId(), r.ownerPersonId(),
                        r.origin().name(), id).update();
    }

    /** A risk analysis of one of the file's years. */
    record Analysis(long id, long unitId, int year, LocalDate heldOn, long matrixVersionId, boolean imported) {
    }

    List<Analysis> analyses(Collection<Integer> years) {
        return jdbc.sql("""
                select id, unit_id, year, held_on, matrix_version_id, imported from risk_analysis
                where year = any(?) order by id""").param(years.toArray(Integer[]::new))
                .query((rs, n) -> new Analysis(rs.getLong(1), rs.getLong(2), rs.getInt(3),
                        rs.getObject(4, LocalDate.class), rs.getLong(5), rs.getBoolean(6)))
                .list();
    }

    long insertAnalysis(long unitId, int year, LocalDate heldOn, long matrixVersionId) {
        return jdbc.sql("""
                insert into risk_analysis (unit_id, year, held_on, matrix_version_id, imported)
                values (?, ?, ?, ?, true) returning id""").params(unitId, year, heldOn, matrixVersionId)
                .query(Long.class).single();
    }

    /** Moves an imported analysis to another date; its assessments were made that day. */
    void moveAnalysis(long id, LocalDate heldOn) {
        jdbc.sql("update risk_analysis set held_on = ?, version = version + 1 where id = ?").params(heldOn, id).update();
        jdbc.sql("update risk_assessment set assessed_on = ? where analysis_id = ?").params(heldOn, id).update();
    }

    /** One row of an imported analysis with its assessment (levels null when it has none). */
    record Item(long id, long analysisId, long riskId, Long assessmentId, Integer likelihood, Integer consequence,
            String motivation, Decision decision, OtherProcess otherProcess, String decisionReason) {
    }

    List<Item> items(Collection<Long> analysisIds) {
        return jdbc.sql("""
                select i.id, i.analysis_id, i.risk_id, i.assessment_id, a.likelihood, a.consequence, a.motivation,
                       i.decision, i.other_process, i.decision_reason
                from risk_analysis_item i left join risk_assessment a on a.id = i.assessment_id
                where i.analysis_id = any(?)""").param(analysisIds.toArray(Long[]::new))
                .query((rs, n) -> new Item(rs.getLong(1), rs.getLong(2), rs.getLong(3), (Long) rs.getObject(4),
                        (Integer) rs.getObject(5), (Integer) rs.getObject(6), rs.getString(7),
                        rs.getString(8) == null ? null : Decision.valueOf(rs.getString(8)),
                        rs.getString(9) == null ? null : OtherProcess.valueOf(rs.getString(9)), rs.getString(10)))
                .list();
    }

    long insertItem(long analysisId, long riskId) {
        return jdbc.sql("insert into risk_analysis_item (analysis_id, risk_id) values (?, ?) returning id")
                .params(analysisId, riskId).query(Long.class).single();
    }

    /** Corrects an imported assessment: its levels, value and band on the matrix version it was made with. */
    void updateAssessment(long id, RiskMatrix matrix, int likelihood, int consequence, String motivation) {
        RiskMatrix.Band band = matrix.band(likelihood, consequence);
        jdbc.sql("""
                update risk_assessment set likelihood = ?, consequence = ?, risk_value = ?, band_position = ?,
                       band_name = ?, band_colour = ?, motivation = ? where id = ?""")
                .params(likelihood, consequence, matrix.value(likelihood, consequence), band.position(), band.name(),
                        band.colour(), motivation == null ? "" : motivation, id).update();
    }
}
