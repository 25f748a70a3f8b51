package se.vaksam.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Imported plan items and improvement actions found by the source system's id ({@link PlanImport},
 * {@link ImprovementImport}), for another module's import that links its records to them (an auditors'
 * recommendation to the actions taken on it). Unscoped: only imports, run by the system administrator, ask.
 */
@Component
public class ImportedSources {

    /** What a source id names. */
    public enum Type {
        PLAN_ITEM, IMPROVEMENT_ACTION
    }

    /** A record an import made: its type, id and the committee whose plan it belongs to. */
    public record Sourced(String sourceId, Type type, long id, long committeeId) {
    }

    private final JdbcClient jdbc;

    ImportedSources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The records with these source ids; a source id may name an item and an action both (then two). */
    public Map<String, List<Sourced>> find(Collection<String> sourceIds) {
        Map<String, List<Sourced>> found = new HashMap<>();
        if (sourceIds.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                select i.source_id, 'PLAN_ITEM' as type, i.id, p.committee_id
                from plan_item i join plan p on p.id = i.plan_id where i.source_id in (:ids) and not i.removed
                union all
                select a.source_id, 'IMPROVEMENT_ACTION' as type, a.id, p.committee_id
                from improvement_action a join plan_item i on i.id = a.item_id join plan p on p.id = i.plan_id
                where a.source_id in (:ids)""")
                .param("ids", List.copyOf(sourceIds)).query(Sourced.class).list()
                .forEach(s -> found.computeIfAbsent(s.sourceId(), k -> new ArrayList<>()).add(s));
        return found;
    }
}
