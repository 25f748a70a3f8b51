package se.vaksam.org;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
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

    @Override
    public List<PersonView> placedWith(String role, long unitId, LocalDate day) {
        return jdbc.sql("""
                with recursive tree(id) as (select id from org_unit where id = ?
                    union all select u.id from org_unit u join tree t on u.parent_id = t.id)
                select distinct p.id, p.username, p.given_name, p.family_name, p.email, p.confidential
                from placement pl join person p on p.id = pl.person_id join tree t on t.id = pl.unit_id
                where pl.role = ? and pl.valid_from <= ? and (pl.valid_to is null or pl.valid_to >= ?)
                order by p.username""")
                .params(unitId, role, day, day)
                .query((rs, n) -> new PersonView(rs.getLong("id"), rs.getString("username"), rs.getString("given_name"),
                        rs.getString("family_name"), rs.getString("email"), rs.getBoolean("confidential")))
                .list();
    }
}
