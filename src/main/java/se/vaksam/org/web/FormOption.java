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

    /** The roles one may give: all but system administrator unless one is administrator. */
    static List<FormOption> roles(boolean administrator) {
        return Arrays.stream(PlacementRole.values())
                .filter(r -> administrator || r != PlacementRole.SYSTEM_ADMINISTRATOR)
                .map(r -> new FormOption(r.name(), null, "org.role." + r.name())).toList();
    }
}
