package se.vaksam.check;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Samples and the cases picked. */
@Repository
class SampleStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    SampleStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record SampleRecord(long id, long populationId, long seed, String method, int amount, boolean stratified,
            String populationChecksum, String drawnBy, OffsetDateTime drawnAt) {
    }

    long insert(long populationId, long seed, SampleMethod method, int amount, boolean stratified, String checksum,
            String username, List<PopulationRow> cases) {
        long id = jdbc.sql("""
                insert into check_sample (population_id, seed, method, amount, stratified, population_checksum, drawn_by,
                    drawn_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(populationId, seed, method.name(), amount, stratified, checksum, username,
                        OffsetDateTime.now(clock)).query(Long.class)
                .single();
        for (int i = 0; i < cases.size(); i++) {
            jdbc.sql("insert into check_sample_case (sample_id, position, case_key, stratum) values (?, ?, ?, ?)")
                    .params(id, i, cases.get(i).key(), cases.get(i).stratum()).update();
        }
        return id;
    }

    Optional<SampleRecord> sample(long id) {
        return jdbc.sql("""
                select id, population_id, seed, method, amount, stratified, population_checksum, drawn_by, drawn_at
                from check_sample where id = ?""").param(id).query(SampleRecord.class).optional();
    }

    /** Samples of populations in the given units (all when {@code units} is null), newest first. */
    List<Samples.Summary> summaries(Long[] units, Long populationId, int limit) {
        return jdbc.sql("""
                select s.id, s.population_id, p.name as population_name, p.unit_id, s.method, s.amount, s.stratified,
                       (select count(*) from check_sample_case c where c.sample_id = s.id) as cases,
                       s.drawn_by, s.drawn_at
                from check_sample s
                join check_population p on p.id = s.population_id
                where (cast(:units as bigint[]) is null or p.unit_id = any(:units))
                  and (cast(:population as bigint) is null or s.population_id = :population)
                order by s.drawn_at desc, s.id desc
                limit :limit""")
                .param("units", units).param("population", populationId).param("limit", limit)
                .query(Samples.Summary.class).list();
    }

    List<SampleRecord> samplesOf(long populationId) {
        return jdbc.sql("""
                select id, population_id, seed, method, amount, stratified, population_checksum, drawn_by, drawn_at
                from check_sample where population_id = ? order by id desc""").param(populationId)
                .query(SampleRecord.class).list();
    }

    List<String> caseKeys(long sampleId) {
        return jdbc.sql("select case_key from check_sample_case where sample_id = ? order by position").param(sampleId)
                .query(String.class).list();
    }
}
