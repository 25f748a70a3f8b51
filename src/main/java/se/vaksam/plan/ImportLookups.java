package se.vaksam.plan;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.vaksam.org.OrgQuery;
import se.vaksam.shared.HistoryImport;

/**
 * The organisation as one import sees it: units by code and people by username, each looked up once per file
 * whatever the number of rows naming them; an unknown one is a problem of the cell naming it.
 */
final class ImportLookups {

    private final OrgQuery org;
    private final HistoryImport.Context context;
    private final Map<String, Optional<OrgQuery.UnitView>> units = new HashMap<>();
    private final Map<String, Optional<OrgQuery.PersonView>> people = new HashMap<>();
    private final Map<Long, Set<Long>> subtrees = new HashMap<>();

    private ImportLookups(OrgQuery org, HistoryImport.Context context) {
        this.org = org;
        this.context = context;
    }

    /** The unit whose code the cell holds; a problem (required or unknown) when there is none. */
    OrgQuery.UnitView unit(ImportRow row, String header) {
        String code = row.required(header);
        if (code == null) {
            return null;
        }
        OrgQuery.UnitView unit = units.computeIfAbsent(code, org::unitByCode).orElse(null);
        if (unit == null) {
            row.problem(header, "plan.import.error.unknownUnit");
        }
        return unit;
    }

    /** The id of the person whose username the cell holds, null when empty; unknown is a problem. */
    Long person(ImportRow row, String header) {
        String username = row.text(header);
        if (username == null) {
            return null;
        }
        OrgQuery.PersonView person = people.computeIfAbsent(username, org::person).orElse(null);
        if (person == null) {
            row.problem(header, "plan.error.unknownPerson", username);
            return null;
        }
        return person.id();
    }

    Set<Long> subtree(long unitId) {
        return subtrees.computeIfAbsent(unitId, org::subtree);
    }

    /** Who imports. */
    String username() {
        return context.username();
    }

    /** Makes the lookups of one import. */
    @Component
    static class Factory {

        private final OrgQuery org;

        Factory(OrgQuery org) {
            this.org = org;
        }

        ImportLookups create(HistoryImport.Context context) {
            return new ImportLookups(org, context);
        }
    }
}
