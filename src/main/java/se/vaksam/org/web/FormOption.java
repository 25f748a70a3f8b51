package se.vaksam.org.web;

import java.util.Arrays;
import java.util.List;
import se.vaksam.org.OrgQuery;
import se.vaksam.org.OrgUnitType;
import se.vaksam.org.PlacementRole;

/**
 * One choice in a select or radio group: its value and either a text from the data or a
 * message key for a text from the bundles.
 */
record FormOption(String value, String text, String messageKey) {

    static List<FormOption> units(List<OrgQuery.UnitView> units) {
        return units.stream().map(u -> new FormOption(Long.toString(u.id()), u.code() + " – " + u.name(), null)).toList();
    }

    static List<FormOption> types(List<OrgUnitType> types) {
        return types.stream().map(t -> new FormOption(t.name(), null, "org.type." + t.name())).toList();
    }

    /** The roles one may give somewhere (see {@link se.vaksam.shared.GrantRules}). */
    static List<FormOption> roles(java.util.function.Predicate<String> grantable) {
        return Arrays.stream(PlacementRole.values()).filter(r -> grantable.test(r.name()))
                .map(r -> new FormOption(r.name(), null, "org.role." + r.name())).toList();
    }
}
