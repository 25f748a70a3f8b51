package se.vaksam.selfassessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.vaksam.shared.Versions;

/** Reads and writes the kommun's criteria sets and the rating scale. */
@Repository
class CriteriaStore {

    private final JdbcClient jdbc;

    CriteriaStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Rating> ratings() {
        return jdbc.sql("select code, label, position from sa_rating order by position")
                .query((rs, n) -> new Rating(rs.getString("code"), rs.getString("label"), rs.getInt("position")))
                .list();
    }

    /** Renames the scale's steps (codes stay); answers already given keep the label they were given with. */
    void relabel(List<Rating> ratings) {
        ratings.forEach(r -> jdbc.sql("update sa_rating set label = ? where code = ?").params(r.label(), r.code()).update());
    }

    Optional<CriteriaSet> find(long municipalityId, int year) {
        return jdbc.sql("select id, version from sa_criteria_set where municipality_id = ? and year = ?")
                .params(municipalityId, year)
                .query((rs, n) -> new CriteriaSet(rs.getLong("id"), municipalityId, year, rs.getInt("version"),
                        areas(rs.getLong("id"))))
                .optional();
    }

    /** The latest set before {@code year}, if any. */
    Optional<CriteriaSet> latestBefore(long municipalityId, int year) {
        return jdbc.sql("select max(year) from sa_criteria_set where municipality_id = ? and year < ?")
                .params(municipalityId, year).query(Integer.class).optional()
                .flatMap(previous -> find(municipalityId, previous));
    }

    /**
     * The year's set as it is or would be: as stored, else what {@link #ensure} would store (a copy of the
     * latest earlier year's, else the default set) with id 0 and version 0. Stores nothing.
     */
    CriteriaSet preview(long municipalityId, int year) {
        return find(municipalityId, year).orElseGet(() -> new CriteriaSet(CriteriaSet.NOT_STORED, municipalityId, year,
                0, startingAreas(municipalityId, year)));
    }

    private List<CriteriaSet.Area> startingAreas(long municipalityId, int year) {
        return latestBefore(municipalityId, year).map(CriteriaSet::areas).orElse(DefaultCriteria.AREAS);
    }

    /**
     * The year's set, stored on first use (by a change: starting an assessment, editing the criteria):
     * as stored, else a copy of the latest earlier year's, else the default set.
     */
    CriteriaSet ensure(long municipalityId, int year) {
        return find(municipalityId, year).orElseGet(() -> {
            List<CriteriaSet.Area> areas = startingAreas(municipalityId, year);
            jdbc.sql("insert into sa_criteria_set (municipality_id, year) values (?, ?) on conflict do nothing")
                    .params(municipalityId, year).update();
            CriteriaSet created = find(municipalityId, year).orElseThrow();
            if (created.areas().isEmpty()) {
                insertAreas(created.id(), areas);
            }
            return find(municipalityId, year).orElseThrow();
        });
    }

    /** Replaces the set's areas and criteria, as of the version the editor saw. */
    void replace(long setId, List<CriteriaSet.Area> areas, int seenVersion) {
        int updated = jdbc.sql("update sa_criteria_set set version = version + 1 where id = ? and version = ?")
                .params(setId, seenVersion).update();
        Versions.checked(updated, jdbc, "sa_criteria_set", setId, seenVersion);
        jdbc.sql("delete from sa_area where set_id = ?").param(setId).update();
        insertAreas(setId, areas);
    }

    private void insertAreas(long setId, List<CriteriaSet.Area> areas) {
        for (int a = 0; a < areas.size(); a++) {
            CriteriaSet.Area area = areas.get(a);
            long areaId = jdbc.sql("insert into sa_area (set_id, position, name) values (?, ?, ?) returning id")
                    .params(setId, a + 1, area.name()).query(Long.class).single();
            for (int c = 0; c < area.criteria().size(); c++) {
                CriteriaSet.Criterion criterion = area.criteria().get(c);
                jdbc.sql("insert into sa_criterion (area_id, position, code, text) values (?, ?, ?, ?)")
                        .params(areaId, c + 1, criterion.code(), criterion.text()).update();
            }
        }
    }

    private List<CriteriaSet.Area> areas(long setId) {
        record Row(long areaId, String name) {
        }
        List<Row> rows = jdbc.sql("select id, name from sa_area where set_id = ? order by position").param(setId)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("name"))).list();
        List<CriteriaSet.Area> areas = new ArrayList<>();
        for (Row row : rows) {
            areas.add(new CriteriaSet.Area(row.name(), jdbc.sql(
                    "select code, text from sa_criterion where area_id = ? order by position").param(row.areaId())
                    .query((rs, n) -> new CriteriaSet.Criterion(rs.getString("code"), rs.getString("text"))).list()));
        }
        return List.copyOf(areas);
    }
}
