package se.vaksam.org.web;

import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import se.vaksam.history.HistoryQuery;
import se.vaksam.org.OrgDirectory;
import se.vaksam.org.OrgQuery;
import se.vaksam.org.OrgUnitType;

/**
 * Fills the unit page: details, children, people, history, and for those who may change the
 * unit its three forms (edit, add a child unit, move) with whatever errors the last post had.
 */
@Component
class UnitPageView {

    private final OrgDirectory directory;
    private final HistoryQuery history;

    UnitPageView(OrgDirectory directory, HistoryQuery history) {
        this.directory = directory;
        this.history = history;
    }

    /** The types a child of a unit of {@code type} may have. */
    static List<OrgUnitType> childTypes(OrgUnitType type) {
        return Arrays.stream(OrgUnitType.values()).filter(t -> t.allowedParents().contains(type)).toList();
    }

    /**
     * The units the unit could be moved under: those one may change, of a type the unit may hang
     * under, except itself and its parent. (A cycle is still refused when the move is saved.)
     */
    List<OrgQuery.UnitView> parentChoices(OrgDirectory.UnitPage unit) {
        Long currentParent = unit.parent() == null ? null : unit.parent().id();
        return directory.writableUnits().stream()
                .filter(u -> unit.type().allowedParents().contains(u.type()))
                .filter(u -> u.id() != unit.id() && !Long.valueOf(u.id()).equals(currentParent))
                .toList();
    }

    /** The page with the forms the model does not hold yet in their initial state. */
    String render(OrgDirectory.UnitPage unit, List<FormError> errors, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", UnitForm.of(unit));
        }
        if (!model.containsAttribute("childForm")) {
            model.addAttribute("childForm", ChildUnitForm.empty());
        }
        if (!model.containsAttribute("moveForm")) {
            model.addAttribute("moveForm", MoveForm.empty());
        }
        model.addAttribute("unit", unit);
        model.addAttribute("errors", errors);
        model.addAttribute("errorsByField", FormError.byField(errors));
        model.addAttribute("childTypeOptions", unit.writable() ? FormOption.types(childTypes(unit.type())) : List.of());
        model.addAttribute("parentOptions", unit.writable() ? FormOption.units(parentChoices(unit)) : List.of());
        model.addAttribute("allowedParentTypeKeys",
                unit.type().allowedParents().stream().map(t -> "org.type." + t.name()).toList());
        model.addAttribute("historyEntries", history.historyOf("org.unit", Long.toString(unit.id())));
        return "org/unit";
    }
}
