package se.vaksam.risk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import se.vaksam.org.OrgQuery;
import se.vaksam.shared.NotFoundException;
import se.vaksam.shared.Versions;

/** The risk module's tables, read and written with plain SQL; no access checks here. */
@Repository
class RiskStore {

    private final JdbcClient jdbc;
    private final OrgQuery org;

    RiskStore(JdbcClient jdbc, OrgQuery org) {
        this.jdbc = jdbc;
        this.org = org;
    }

    // ---- matrices

    List<Long> matrixIds() {
        return jdbc.sql("select id from risk_matrix order by is_default desc, name, id").query(Long.class).list();
    }

    long currentVersionId(long matrixId) {
        return jdbc.sql("select max(id) from risk_matrix_version where matrix_id = ?").param(matrixId)
                .query(Long.class).optional().orElseThrow(() -> new NotFoundException("risk.matrix.notFound"));
    }

    long defaultMatrixId() {
        return jdbc.sql("select id from risk_matrix where is_default order by id limit 1").query(Long.class).single();
    }

    RiskMatrix matrixVersion(long versionId) {
        record Head(long matrixId, String name, Long unitId, boolean isDefault, int rowVersion, int number,
                String formula) {
        }
        Head head = jdbc.sql("""
                select m.id, m.name, m.unit_id, m.is_default, m.version, v.number, v.formula
                from risk_matrix_version v join risk_matrix m on m.id = v.matrix_id where v.id = ?""")
                .param(versionId)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), rs.getBoolean(4),
                        rs.getInt(5), rs.getInt(6), rs.getString(7)))
                .optional().orElseThrow(() -> new NotFoundException("risk.matrix.notFound"));
        List<RiskMatrix.Level> likelihood = levels(versionId, "LIKELIHOOD");
        List<RiskMatrix.Level> consequence = levels(versionId, "CONSEQUENCE");
        List<RiskMatrix.Band> bands = jdbc.sql(
                "select position, name, colour from risk_matrix_band where matrix_version_id = ? order by position")
                .param(versionId).query((rs, n) -> new RiskMatrix.Band(rs.getInt(1), rs.getString(2), rs.getString(3)))
                .list();
        int[][] cells = new int[likelihood.size()][consequence.size()];
        jdbc.sql("select likelihood, consequence, band_position from risk_matrix_cell where matrix_version_id = ?")
                .param(versionId).query(rs -> {
                    cells[rs.getInt(1) - 1][rs.getInt(2) - 1] = rs.getInt(3);
                });
        return new RiskMatrix(head.matrixId(), head.name(), head.unitId(), head.isDefault(), head.rowVersion(),
                versionId, head.number(), Formula.valueOf(head.formula()), likelihood, consequence, bands, cells);
    }

    private List<RiskMatrix.Level> levels(long versionId, String axis) {
        return jdbc.sql("""
                select level, label, description from risk_matrix_level
                where matrix_version_id = ? and axis = ? order by level""").params(versionId, axis)
                .query((rs, n) -> new RiskMatrix.Level(rs.getInt(1), rs.getString(2), rs.getString(3))).list();
    }

    long insertMatrix(String name, Long unitId) {
        return insert(jdbc.sql("insert into risk_matrix (name, unit_id) values (?, ?)").params(name, unitId));
    }

    void renameMatrix(long matrixId, String name, int seenVersion) {
        int rows = jdbc.sql("update risk_matrix set name = ?, version = version + 1 where id = ? and version = ?")
                .params(name, matrixId, seenVersion).update();
        Versions.checked(rows, jdbc, "risk_matrix", matrixId, seenVersion);
    }

    long insertVersion(long matrixId, MatrixDraft draft, String username) {
        int number = jdbc.sql("select coalesce(max(number), 0) + 1 from risk_matrix_version where matrix_id = ?")
                .param(matrixId).query(Integer.class).single();
        long versionId = insert(jdbc.sql("""
                insert into risk_matrix_version (matrix_id, number, likelihood_levels, consequence_levels, formula, created_by)
                values (?, ?, ?, ?, ?, ?)""").params(matrixId, number, draft.likelihood().size(),
                draft.consequence().size(), draft.formula().name(), username));
        insertLevels(versionId, "LIKELIHOOD", draft.likelihood());
        insertLevels(versionId, "CONSEQUENCE", draft.consequence());
        for (RiskMatrix.Band band : draft.bands()) {
            jdbc.sql("insert into risk_matrix_band (matrix_version_id, position, name, colour) values (?, ?, ?, ?)")
                    .params(versionId, band.position(), band.name().strip(), Colours.normalise(band.colour())).update();
        }
        for (int l = 0; l < draft.cells().length; l++) {
            for (int c = 0; c < draft.cells()[l].length; c++) {
                jdbc.sql("insert into risk_matrix_cell (matrix_version_id, likelihood, consequence, band_position) values (?, ?, ?, ?)")
                        .params(versionId, l + 1, c + 1, draft.cells()[l][c]).update();
            }
        }
        return versionId;
    }

    private void insertLevels(long versionId, String axis, List<RiskMatrix.Level> levels) {
        for (int i = 0; i < levels.size(); i++) {
            RiskMatrix.Level level = levels.get(i);
            jdbc.sql("insert into risk_matrix_level (matrix_version_id, axis, level, label, description) values (?, ?, ?, ?, ?)")
                    .params(versionId, axis, i + 1, level.label().strip(),
                            level.description() == null ? "" : level.description().strip()).update();
        }
    }

    // ---- categories

    List<RiskQuery.Category> categories() {
        return jdbc.sql("select id, code, name from risk_category where active order by position")
                .query((rs, n) -> new RiskQuery.Category(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    // ---- risks

    record RiskRow(long id, String title, String event, String cause, String consequence, long categoryId,
            String categoryName, long unitId, String unitCode, String unitName, Long ownerPersonId,
            String ownerUsername, String ownerName, Origin origin, int reviewIntervalMonths, int version,
            LocalDate createdOn) {

        RiskRow named(Map<Long, OrgQuery.UnitView> units, Map<Long, OrgQuery.PersonView> people) {
            OrgQuery.UnitView unit = units.get(unitId);
            OrgQuery.PersonView owner = ownerPersonId == null ? null : people.get(ownerPersonId);
            return new RiskRow(id, title, event, cause, consequence, categoryId, categoryName, unitId,
                    unit == null ? null : unit.code(), unit == null ? null : unit.name(), ownerPersonId,
                    owner == null ? null : owner.username(), owner == null ? null : owner.fullName(), origin,
                    reviewIntervalMonths, version, createdOn);
        }
    }

    /** The units' and owners' names, from the organisation module (two batch lookups). */
    private List<RiskRow> named(List<RiskRow> rows) {
        Map<Long, OrgQuery.UnitView> units = org.units(rows.stream().map(RiskRow::unitId).toList());
        Map<Long, OrgQuery.PersonView> people = org.people(rows.stream().map(RiskRow::ownerPersonId).toList());
        return rows.stream().map(r -> r.named(units, people)).toList();
    }

    private static final String RISK_SELECT = """
            select r.id, r.title, r.event_text, r.cause_text, r.consequence_text, r.category_id, c.name,
                   r.unit_id, null, null, r.owner_person_id, null, null,
                   r.origin, r.review_interval_months, r.version, cast(r.created_at as date)
            from risk r join risk_category c on c.id = r.category_id""";

    private static RiskRow riskRow(ResultSet rs, int n) throws SQLException {
        return new RiskRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getLong(6), rs.getString(7), rs.getLong(8), rs.getString(9), rs.getString(10),
                (Long) rs.getObject(11), rs.getString(12), rs.getString(13), Origin.valueOf(rs.getString(14)),
                rs.getInt(15), rs.getInt(16), rs.getObject(17, LocalDate.class));
    }

    List<RiskRow> risks() {
        return named(jdbc.sql(RISK_SELECT + " order by r.id").query(RiskStore::riskRow).list());
    }

    Optional<RiskRow> risk(long id) {
        return jdbc.sql(RISK_SELECT + " where r.id = ?").param(id).query(RiskStore::riskRow).optional()
                .map(r -> named(List.of(r)).get(0));
    }

    /** The ids of the imported risks with these source ids, by source id. */
    Map<String, Long> risksBySource(java.util.Collection<String> sourceIds) {
        Map<String, Long> ids = new java.util.HashMap<>();
        jdbc.sql("select source_id, id from risk where source_id = any(?)").param(sourceIds.toArray(String[]::new))
                .query(rs -> {
                    ids.put(rs.getString(1), rs.getLong(2));
                });
        return ids;
    }

    long insertRisk(RiskDraft d, Long ownerPersonId) {
        return insert(jdbc.sql("""
                insert into risk (title, event_text, cause_text, consequence_text, category_id, unit_id, owner_person_id,
                                  origin, review_interval_months) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.title().strip(), RiskSentence.event(d.event()), RiskSentence.cause(d.cause()),
                        RiskSentence.consequence(d.consequence()), d.categoryId(), d.unitId(), ownerPersonId,
                        d.origin().name(), d.reviewIntervalMonths()));
    }

    void updateRisk(long id, RiskDraft d, Long ownerPersonId, int seenVersion) {
        int rows = jdbc.sql("""
                update risk set title = ?, event_text = ?, cause_text = ?, consequence_text = ?, category_id = ?,
                       unit_id = ?, owner_person_id = ?, origin = ?, review_interval_months = ?, version = version + 1
                where id = ? and version = ?""")
                .params(d.title().strip(), RiskSentence.event(d.event()), RiskSentence.cause(d.cause()),
                        RiskSentence.consequence(d.consequence()), d.categoryId(), d.unitId(), ownerPersonId,
                        d.origin().name(), d.reviewIntervalMonths(), id, seenVersion).update();
        Versions.checked(rows, jdbc, "risk", id, seenVersion);
    }

    // ---- links

    List<RiskQuery.Link> links(long riskId) {
        return jdbc.sql("select record_type, record_id from risk_link where risk_id = ? order by id").param(riskId)
                .query((rs, n) -> new RiskQuery.Link(rs.getString(1), rs.getString(2))).list();
    }

    boolean insertLink(long riskId, String recordType, String recordId) {
        return jdbc.sql("insert into risk_link (risk_id, record_type, record_id) values (?, ?, ?) on conflict do nothing")
                .params(riskId, recordType, recordId).update() > 0;
    }

    boolean deleteLink(long riskId, String recordType, String recordId) {
        return jdbc.sql("delete from risk_link where risk_id = ? and record_type = ? and record_id = ?")
                .params(riskId, recordType, recordId).update() > 0;
    }

    // ---- assessments

    private static final String ASSESSMENT_SELECT = """
            select id, risk_id, analysis_id, matrix_version_id, likelihood, consequence, risk_value, band_position,
                   band_name, band_colour, motivation, reason, assessed_on, assessed_by from risk_assessment""";

    private static RiskQuery.Assessment assessment(ResultSet rs, int n) throws SQLException {
        return new RiskQuery.Assessment(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), rs.getLong(4),
                rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getObject(13, LocalDate.class), rs.getString(14));
    }

    long insertAssessment(long riskId, Long analysisId, RiskMatrix matrix, int l, int c, String motivation,
            String reason, LocalDate on, String username) {
        RiskMatrix.Band band = matrix.band(l, c);
        return insert(jdbc.sql("""
                insert into risk_assessment (risk_id, analysis_id, matrix_version_id, likelihood, consequence, risk_value,
                    band_position, band_name, band_colour, motivation, reason, assessed_on, assessed_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(riskId, analysisId, matrix.versionId(), l, c, matrix.value(l, c), band.position(), band.name(),
                        band.colour(), motivation == null ? "" : motivation.strip(), blankToNull(reason), on, username));
    }

    List<RiskQuery.Assessment> assessments(long riskId) {
        return jdbc.sql(ASSESSMENT_SELECT + " where risk_id = ? order by assessed_on, id").param(riskId)
                .query(RiskStore::assessment).list();
    }

    /** An assessment and the year of the risk analysis it was made in (null when made outside one). */
    record YearAssessment(RiskQuery.Assessment assessment, Integer analysisYear) {
    }

    /** The assessments of the given risks whose unit passes {@code readable}, oldest first per risk. */
    List<YearAssessment> assessmentsOfReadable(java.util.Collection<Long> riskIds,
            java.util.function.LongPredicate readable) {
        if (riskIds.isEmpty()) {
            return List.of();
        }
        java.util.Set<Long> readableRisks = new java.util.HashSet<>();
        jdbc.sql("select id, unit_id from risk where id = any(?)").param(riskIds.toArray(Long[]::new))
                .query(rs -> {
                    if (readable.test(rs.getLong(2))) {
                        readableRisks.add(rs.getLong(1));
                    }
                });
        return jdbc.sql("""
                select a.id, a.risk_id, a.analysis_id, a.matrix_version_id, a.likelihood, a.consequence, a.risk_value,
                       a.band_position, a.band_name, a.band_colour, a.motivation, a.reason, a.assessed_on,
                       a.assessed_by, an.year
                from risk_assessment a left join risk_analysis an on an.id = a.analysis_id
                where a.risk_id = any(?) order by a.risk_id, a.assessed_on, a.id""")
                .param(readableRisks.toArray(Long[]::new))
                .query((rs, n) -> new YearAssessment(assessment(rs, n), (Integer) rs.getObject(15))).list();
    }

    Optional<RiskQuery.Assessment> assessment(long id) {
        return jdbc.sql(ASSESSMENT_SELECT + " where id = ?").param(id).query(RiskStore::assessment).optional();
    }

    /** Each risk's latest assessment. */
    Map<Long, RiskQuery.Assessment> latestAssessments() {
        return jdbc.sql(ASSESSMENT_SELECT.replace("select id,", "select distinct on (risk_id) id,")
                + " order by risk_id, assessed_on desc, id desc").query(RiskStore::assessment).list().stream()
                .collect(Collectors.toMap(RiskQuery.Assessment::riskId, Function.identity()));
    }

    // ---- analyses

    record AnalysisRow(long id, long unitId, String unitName, int year, LocalDate heldOn, String participants,
            long matrixVersionId, int version) {

        AnalysisRow named(Map<Long, OrgQuery.UnitView> units) {
            OrgQuery.UnitView unit = units.get(unitId);
            return new AnalysisRow(id, unitId, unit == null ? null : unit.name(), year, heldOn, participants,
                    matrixVersionId, version);
        }
    }

    private List<AnalysisRow> namedAnalyses(List<AnalysisRow> rows) {
        Map<Long, OrgQuery.UnitView> units = org.units(rows.stream().map(AnalysisRow::unitId).toList());
        return rows.stream().map(r -> r.named(units)).toList();
    }

    private static final String ANALYSIS_SELECT = """
            select a.id, a.unit_id, null, a.year, a.held_on, a.participants, a.matrix_version_id, a.version
            from risk_analysis a""";

    private static AnalysisRow analysisRow(ResultSet rs, int n) throws SQLException {
        return new AnalysisRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                rs.getObject(5, LocalDate.class), rs.getString(6), rs.getLong(7), rs.getInt(8));
    }

    List<AnalysisRow> analyses() {
        return namedAnalyses(jdbc.sql(ANALYSIS_SELECT + " order by a.year desc, a.id").query(RiskStore::analysisRow)
                .list()).stream().sorted(java.util.Comparator.comparing(AnalysisRow::year).reversed()
                        .thenComparing(AnalysisRow::unitName, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                        .thenComparing(AnalysisRow::id)).toList();
    }

    Optional<AnalysisRow> analysis(long id) {
        return jdbc.sql(ANALYSIS_SELECT + " where a.id = ?").param(id).query(RiskStore::analysisRow).optional()
                .map(r -> namedAnalyses(List.of(r)).get(0));
    }

    long insertAnalysis(long unitId, int year, LocalDate heldOn, String participants, long matrixVersionId) {
        return insert(jdbc.sql("""
                insert into risk_analysis (unit_id, year, held_on, participants, matrix_version_id) values (?, ?, ?, ?, ?)""")
                .params(unitId, year, heldOn, participants == null ? "" : participants.strip(), matrixVersionId));
    }

    void touchAnalysis(long id, int seenVersion) {
        int rows = jdbc.sql("update risk_analysis set version = version + 1 where id = ? and version = ?")
                .params(id, seenVersion).update();
        Versions.checked(rows, jdbc, "risk_analysis", id, seenVersion);
    }

    record ItemRow(long id, long analysisId, long riskId, Long assessmentId, Decision decision,
            OtherProcess otherProcess, String decisionReason) {
    }

    private static ItemRow itemRow(ResultSet rs, int n) throws SQLException {
        String decision = rs.getString(5);
        String process = rs.getString(6);
        return new ItemRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), (Long) rs.getObject(4),
                decision == null ? null : Decision.valueOf(decision), process == null ? null : OtherProcess.valueOf(process),
                rs.getString(7));
    }

    private static final String ITEM_SELECT = """
            select id, analysis_id, risk_id, assessment_id, decision, other_process, decision_reason from risk_analysis_item""";

    List<ItemRow> items(long analysisId) {
        return jdbc.sql(ITEM_SELECT + " where analysis_id = ? order by id").param(analysisId).query(RiskStore::itemRow).list();
    }

    List<ItemRow> allItems() {
        return jdbc.sql(ITEM_SELECT + " order by id").query(RiskStore::itemRow).list();
    }

    void insertItem(long analysisId, long riskId) {
        jdbc.sql("insert into risk_analysis_item (analysis_id, risk_id) values (?, ?) on conflict do nothing")
                .params(analysisId, riskId).update();
    }

    void updateItem(long itemId, Long assessmentId, Decision decision, OtherProcess process, String reason) {
        jdbc.sql("""
                update risk_analysis_item set assessment_id = ?, decision = ?, other_process = ?, decision_reason = ?
                where id = ?""").params(assessmentId, decision == null ? null : decision.name(),
                process == null ? null : process.name(), blankToNull(reason), itemId).update();
    }

    // ---- proposals for a coming year's analysis

    record ProposalRow(long riskId, int year, String originNote, String proposedBy, LocalDate proposedOn) {
    }

    boolean insertProposal(long riskId, int year, String originNote, String proposedBy) {
        return jdbc.sql("""
                insert into risk_proposal (risk_id, year, origin_note, proposed_by) values (?, ?, ?, ?)
                on conflict do nothing""").params(riskId, year, originNote, proposedBy).update() > 0;
    }

    List<ProposalRow> proposals(int year) {
        return jdbc.sql("""
                select risk_id, year, origin_note, proposed_by, cast(proposed_at as date) from risk_proposal
                where year = ? order by proposed_at, risk_id""").param(year)
                .query((rs, n) -> new ProposalRow(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class))).list();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static long insert(JdbcClient.StatementSpec statement) {
        KeyHolder keys = new GeneratedKeyHolder();
        statement.update(keys, "id");
        return keys.getKeyAs(Long.class);
    }
}
