package se.vaksam.org;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class JdbcOrgQuery implements OrgQuery {

    private final JdbcClient jdbc;

    JdbcOrgQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UnitView> unit(long unitId) {
        return jdbc.sql("select id, code, name, type, parent_id from org_unit where id = ?")
                .param(unitId)
                .query((rs, n) -> new UnitView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        OrgUnitType.valueOf(rs.getString("type")), (Long) rs.getObject("parent_id")))
                .optional();
    }

    @Override
    public Optional<UnitView> unitByCode(String code) {
        return jdbc.sql("select id, code, name, type, parent_id from org_unit where code = ?")
                .param(code)
                .query((rs, n) -> new UnitView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        OrgUnitType.valueOf(rs.getString("type")), (Long) rs.getObject("parent_id")))
                .optional();
    }

    @Override
    public Set<Long> subtree(long unitId) {
        return new HashSet<>(jdbc.sql("""
                with recursive sub(id) as (
                    select id from org_unit where id = ?
                    union
                    select u.id from org_unit u join sub on u.parent_id = sub.id)
                select id from sub""").param(unitId).query(Long.class).list());
    }

    @Override
    public List<UnitView> ancestors(long unitId) {
        return jdbc.sql("""
                with recursive up(id, code, name, type, parent_id, depth) as (
                    select id, code, name, type, parent_id, 0 from org_unit where id = ?
                    union all
                    select u.id, u.code, u.name, u.type, u.parent_id, up.depth + 1
                    from org_unit u join up on u.id = up.parent_id where up.depth < 50)
                select id, code, name, type, parent_id from up order by depth""")
                .param(unitId)
                .query((rs, n) -> new UnitView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        OrgUnitType.valueOf(rs.getString("type")), (Long) rs.getObject("parent_id")))
                .list();
    }

    @Override
    public List<PlacementView> placementsOf(String username, LocalDate day) {
        return jdbc.sql("""
                select pl.id, pl.person_id, pl.unit_id, pl.role, pl.valid_from, pl.valid_to
                from placement pl join person p on p.id = pl.person_id
                where p.username = ? and pl.valid_from <= ? and (pl.valid_to is null or pl.valid_to >= ?)""")
                .params(username, day, day)
                .query((rs, n) -> new PlacementView(rs.getLong("id"), rs.getLong("person_id"), rs.getLong("unit_id"),
                        rs.getString("role"), rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class)))
                .list();
    }

    @Override
    public Optional<PersonView> person(String username) {
        return jdbc.sql("select id, username, given_name, family_name, email, confidential from person where username = ?")
                .param(username)
                .query((rs, n) -> new PersonView(rs.getLong("id"), rs.getString("username"), rs.getString("given_name"),
                        rs.getString("family_name"), rs.getString("email"), rs.getBoolean("confidential")))
                .optional();
    }

    private static final String PERSON_SELECT = "select id, username, given_name, family_name, email, confidential from person";

    private static PersonView personView(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new PersonView(rs.getLong("id"), rs.getString("username"), rs.getString("given_name"),
                rs.getString("family_name"), rs.getString("email"), rs.getBoolean("confidential"));
    }

    @Override
    public Map<Long, UnitView> units(Collection<Long> unitIds) {
        Set<Long> ids = ids(unitIds);
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, UnitView> units = new HashMap<>();
        jdbc.sql("select id, code, name, type, parent_id from org_unit where id in (:ids)").param("ids", ids)
                .query((rs, n) -> new UnitView(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        OrgUnitType.valueOf(rs.getString("type")), (Long) rs.getObject("parent_id")))
                .list().forEach(u -> units.put(u.id(), u));
        return units;
    }

    @Override
    public Map<Long, PersonView> people(Collection<Long> personIds) {
        Set<Long> ids = ids(personIds);
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, PersonView> people = new HashMap<>();
        jdbc.sql(PERSON_SELECT + " where id in (:ids)").param("ids", ids).query(JdbcOrgQuery::personView).list()
                .forEach(p -> people.put(p.id(), p));
        return people;
    }

    @Override
    public Map<String, PersonView> peopleByUsername(Collection<String> usernames) {
        Set<String> names = usernames == null ? Set.of() : usernames.stream().filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        if (names.isEmpty()) {
            return Map.of();
        }
        Map<String, PersonView> people = new HashMap<>();
        jdbc.sql(PERSON_SELECT + " where username in (:names)").param("names", names).query(JdbcOrgQuery::personView)
                .list().forEach(p -> people.put(p.username(), p));
        return people;
    }

    @Override
    public List<PersonView> searchPeople(String search, int limit) {
        List<String> words = search == null ? List.of()
                : java.util.Arrays.stream(search.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+"))
                        .filter(w -> !w.isEmpty()).limit(4).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder(" where true");
        for (int i = 0; i < words.size(); i++) {
            where.append(" and lower(given_name || ' ' || family_name || ' ' || username) like :w").append(i)
                    .append(" escape '\\'");
        }
        var statement = jdbc.sql(PERSON_SELECT + where + " order by family_name, given_name, id limit :limit")
                .param("limit", limit);
        for (int i = 0; i < words.size(); i++) {
            statement = statement.param("w" + i, "%" + words.get(i).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        return statement.query(JdbcOrgQuery::personView).list();
    }

    @Override
    public List<PersonView> peopleWithRole(String role, long unitId, LocalDate day) {
        return jdbc.sql(PERSON_SELECT + """
                 where id in (select pl.person_id from placement pl
                    where pl.role = :role and pl.unit_id in (:units)
                      and pl.valid_from <= :day and (pl.valid_to is null or pl.valid_to >= :day))
                order by id""")
                .param("role", role).param("units", subtree(unitId)).param("day", day)
                .query(JdbcOrgQuery::personView).list();
    }

    @Override
    public List<PersonView> nearestHeads(long unitId, LocalDate day) {
        List<String> heads = PlacementRole.HEADS.stream().map(PlacementRole::name).toList();
        for (UnitView unit : ancestors(unitId)) {
            List<PersonView> found = jdbc.sql(PERSON_SELECT + """
                     where id in (select pl.person_id from placement pl
                        where pl.role in (:roles) and pl.unit_id = :unit
                          and pl.valid_from <= :day and (pl.valid_to is null or pl.valid_to >= :day))
                    order by id""")
                    .param("roles", heads).param("unit", unit.id()).param("day", day)
                    .query(JdbcOrgQuery::personView).list();
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    @Override
    public List<PersonView> peopleIn(long unitId, LocalDate day) {
        return jdbc.sql(PERSON_SELECT + """
                 where id in (select pl.person_id from placement pl
                    where pl.unit_id in (:units)
                      and pl.valid_from <= :day and (pl.valid_to is null or pl.valid_to >= :day))
                order by family_name, given_name, id""")
                .param("units", subtree(unitId)).param("day", day)
                .query(JdbcOrgQuery::personView).list();
    }

    private static Set<Long> ids(Collection<Long> ids) {
        Set<Long> set = new HashSet<>(ids);
        set.remove(null);
        return set;
    }
}
