package se.vaksam.org.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import se.vaksam.org.OrgDirectory;

/** The unit edit form: code, name, an optional reason and the version the editor saw. */
record UnitForm(String code, String name, String reason, Integer version) {

    private static final Pattern CODE = Pattern.compile("[\\p{L}0-9_.-]+");

    static UnitForm of(OrgDirectory.UnitPage unit) {
        return new UnitForm(unit.code(), unit.name(), "", unit.version());
    }

    /** The form's problems as (field, message key), in the order the fields appear. */
    List<FormError> check() {
        List<FormError> errors = new ArrayList<>();
        checkCodeAndName(code, name, "", errors);
        checkReason(reason, "reason", errors);
        return errors;
    }

    /** Checks a unit's code and name, for fields with ids {@code prefix + "code"} and {@code prefix + "name"}. */
    static void checkCodeAndName(String code, String name, String prefix, List<FormError> errors) {
        if (code == null || code.isBlank()) {
            errors.add(new FormError(prefix + "code", "org.form.code.required"));
        } else if (code.strip().length() > 40) {
            errors.add(new FormError(prefix + "code", "org.form.code.tooLong"));
        } else if (!CODE.matcher(code.strip()).matches()) {
            errors.add(new FormError(prefix + "code", "org.form.code.pattern"));
        }
        if (name == null || name.isBlank()) {
            errors.add(new FormError(prefix + "name", "org.form.name.required"));
        } else if (name.strip().length() > 200) {
            errors.add(new FormError(prefix + "name", "org.form.name.tooLong"));
        }
    }

    static void checkReason(String reason, String field, List<FormError> errors) {
        if (reason != null && reason.length() > 1000) {
            errors.add(new FormError(field, "org.form.reason.tooLong"));
        }
    }
}
