package se.vaksam.security;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ids of real demo records for the authorisation matrix, chosen so that scope shows: a quality deviation and a
 * plan item in sektion mottagning 1 (which {@code ifo.sek.mot2} must not change), the lex Sarah report in
 * sektion mottagning 2 (which {@code ifo.soc1} must not read), and sektion mottagning 1 as the unit of writes.
 */
record DemoRecords(long unit, long parentUnit, long administration, long committee, long person, String personUsername, long placement,
        long qualityDeviation, long lexSarahCase, long deviationCategory, long risk, long riskCategory, long matrix,
        long matrixVersion, long analysis, long plan, long planItem, long directAction, long duty, long population, long sample,
        String sampleCase, long document, long audit, long auditArea, long recommendation, long selfAssessment,
        long sosfsRiskAnalysis, long selfInspection, long accessLogEntry, int year) {

    static DemoRecords find(JdbcClient jdbc, int year) {
        long unit = id(jdbc, "select id from org_unit where code = 'IFO-BU-MOT-1'");
        long sample = id(jdbc, "select min(id) from check_sample");
        return new DemoRecords(unit,
                id(jdbc, "select id from org_unit where code = 'IFO-BU-MOT'"),
                id(jdbc, "select id from org_unit where code = 'ASF'"),
                id(jdbc, "select id from org_unit where code = 'ASN'"),
                id(jdbc, "select id from person where username = 'ifo.soc1'"),
                "ifo.soc1",
                id(jdbc, """
                        select pl.id from placement pl join person p on p.id = pl.person_id
                        where p.username = 'ifo.soc1' order by pl.id limit 1"""),
                id(jdbc, "select id from deviation where kind = 'QUALITY' and unit_id = ? order by id limit 1", unit),
                id(jdbc, "select id from deviation where kind = 'LEX_SARAH' order by id limit 1"),
                id(jdbc, "select id from deviation_category where list = 'AREA' order by id limit 1"),
                id(jdbc, "select id from risk order by (title = 'Utredningstider i barnavårdsutredningar') desc, id limit 1"),
                id(jdbc, "select min(id) from risk_category"),
                id(jdbc, "select id from risk_matrix order by is_default desc, id limit 1"),
                id(jdbc, """
                        select v.id from risk_matrix_version v join risk_matrix m on m.id = v.matrix_id
                        order by m.is_default desc, v.number desc limit 1"""),
                id(jdbc, "select min(id) from risk_analysis"),
                id(jdbc, "select id from plan where year = ? order by id limit 1", year),
                id(jdbc, "select id from plan_item where responsible_unit_id = ? order by id limit 1", unit),
                id(jdbc, "select id from plan_item where kind = 'DIRECT_ACTION' order by id limit 1"),
                id(jdbc, "select id from check_duty order by (rule = 'MONTHLY') desc, id limit 1"),
                id(jdbc, "select min(id) from check_population"),
                sample,
                jdbc.sql("select case_key from check_sample_case where sample_id = ? order by position limit 1")
                        .param(sample).query(String.class).single(),
                id(jdbc, "select min(id) from governing_document"),
                id(jdbc, "select min(id) from audit_review"),
                id(jdbc, "select min(id) from audit_area"),
                id(jdbc, "select min(id) from audit_recommendation"),
                id(jdbc, "select id from sa_assessment order by (status = 'DRAFT') desc, year desc limit 1"),
                id(jdbc, "select min(id) from sosfs_risk_analysis"),
                id(jdbc, "select min(id) from self_inspection where source is null"),
                id(jdbc, "select min(id) from access_log"),
                year);
    }

    private static long id(JdbcClient jdbc, String sql, Object... params) {
        Optional<Long> id = jdbc.sql(sql).params(params).query(Long.class).optional();
        return id.orElseThrow(() -> new IllegalStateException("No demo record for: " + sql));
    }
}
