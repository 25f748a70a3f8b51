package se.vaksam.history;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The names behind the references in a page of history (people, units, linked records), read in one query
 * for the whole page. A deviation is named by its case number only: its title may be confidential.
 */
@Component
class ReferenceNames {

    static final String PERSON = "person";
    static final String UNIT_ID = "unit";
    static final String UNIT_CODE = "unitCode";
    static final String CATEGORY = "deviation.category";

    private static final String NAMES = """
            select 'person' as kind, username as key, given_name || ' ' || family_name as name
              from person where username = any(?)
            union all select 'unit', id::text, name from org_unit where id = any(?)
            union all select 'unitCode', code, name from org_unit where code = any(?)
            union all select 'plan.item', id::text, title from plan_item where id = any(?)
            union all select 'plan.improvement-action', id::text, title from improvement_action where id = any(?)
            union all select 'risk.risk', id::text, title from risk where id = any(?)
            union all select 'governance.document', id::text, title from governing_document where id = any(?)
            union all select 'audit.recommendation', id::text, left(text, 120) from audit_recommendation where id = any(?)
            union all select 'audit.review', id::text, number || ' ' || title from audit_review where id = any(?)
            union all select 'deviation.deviation', id::text, case_number from deviation where id = any(?)
            union all select 'deviation.category', id::text, name from deviation_category where id = any(?)""";

    /** The kinds of the query above whose keys are numeric ids, in the order of their parameters. */
    private static final String[] ID_KINDS = {UNIT_ID, "plan.item", "plan.improvement-action", "risk.risk",
            "governance.document", "audit.recommendation", "audit.review", "deviation.deviation", CATEGORY};

    private final JdbcClient jdbc;

    ReferenceNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What to look up: keys by kind. */
    static final class Wanted {

        private final Map<String, Set<String>> keys = new HashMap<>();

        void add(String kind, String key) {
            if (key != null && !key.isBlank()) {
                keys.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(key.strip());
            }
        }

        boolean isEmpty() {
            return keys.isEmpty();
        }

        String[] texts(String kind) {
            return keys.getOrDefault(kind, Set.of()).toArray(String[]::new);
        }

        Long[] ids(String kind) {
            return keys.getOrDefault(kind, Set.of()).stream().filter(k -> k.matches("\\d{1,18}"))
                    .map(Long::valueOf).toArray(Long[]::new);
        }
    }

    /** The names found, keyed by {@code kind + ' ' + key}; references to nothing are simply missing. */
    @Transactional(readOnly = true)
    public Map<String, String> namesOf(Wanted wanted) {
        Map<String, String> names = new HashMap<>();
        if (wanted.isEmpty()) {
            return names;
        }
        Object[] parameters = new Object[3 + ID_KINDS.length - 1];
        parameters[0] = wanted.texts(PERSON);
        parameters[1] = wanted.ids(UNIT_ID);
        parameters[2] = wanted.texts(UNIT_CODE);
        for (int i = 1; i < ID_KINDS.length; i++) {
            parameters[2 + i] = wanted.ids(ID_KINDS[i]);
        }
        jdbc.sql(NAMES).params(parameters)
                .query(rs -> {
                    names.put(rs.getString("kind") + " " + rs.getString("key"), rs.getString("name"));
                });
        return names;
    }
}
