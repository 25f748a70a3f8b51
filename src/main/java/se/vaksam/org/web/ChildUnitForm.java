package se.vaksam.org.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import se.vaksam.org.OrgUnitType;

/** "Lägg till underliggande enhet": code, name, type (offered: those allowed under the parent), reason. */
record ChildUnitForm(String code, String name, String type, String reason) {

    static ChildUnitForm empty() {
        return new ChildUnitForm("", "", null, "");
    }

    /** The type chosen, if it is a type at all (whether it may hang there is the tree's rule to say). */
    OrgUnitType parsedType() {
        return Arrays.stream(OrgUnitType.values()).filter(t -> t.name().equals(type)).findFirst().orElse(null);
    }

    List<FormError> check() {
        List<FormError> errors = new ArrayList<>();
        UnitForm.checkCodeAndName(code, name, "child-", errors);
        if (parsedType() == null) {
            errors.add(new FormError("child-type", "org.form.type.required"));
        }
        UnitForm.checkReason(reason, "child-reason", errors);
        return errors;
    }
}
