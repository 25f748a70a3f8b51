package se.vaksam.org.web;

import java.util.ArrayList;
import java.util.List;
import se.vaksam.org.OrgUnitType;

/** "Lägg till underliggande enhet": code, name, one of the types allowed under the parent, reason. */
record ChildUnitForm(String code, String name, String type, String reason) {

    static ChildUnitForm empty() {
        return new ChildUnitForm("", "", null, "");
    }

    /** The type chosen, if it is one of {@code allowed}. */
    OrgUnitType typeAmong(List<OrgUnitType> allowed) {
        return allowed.stream().filter(t -> t.name().equals(type)).findFirst().orElse(null);
    }

    List<FormError> check(List<OrgUnitType> allowed) {
        List<FormError> errors = new ArrayList<>();
        UnitForm.checkCodeAndName(code, name, "child-", errors);
        if (typeAmong(allowed) == null) {
            errors.add(new FormError("child-type", "org.form.type.required"));
        }
        UnitForm.checkReason(reason, "child-reason", errors);
        return errors;
    }
}
