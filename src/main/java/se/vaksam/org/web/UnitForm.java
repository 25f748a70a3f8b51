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
        if (code == null || code.isBlank()) {
            errors.add(new FormError("code", "org.form.code.required"));
        } else if (code.strip().length() > 40) {
            errors.add(new FormError("code", "org.form.code.tooLong"));
        } else if (!CODE.matcher(code.strip()).matches()) {
            errors.add(new FormError("code", "org.form.code.pattern"));
        }
        if (name == null || name.isBlank()) {
            errors.add(new FormError("name", "org.form.name.required"));
        } else if (name.strip().length() > 200) {
            errors.add(new FormError("name", "org.form.name.tooLong"));
        }
        if (reason != null && reason.length() > 1000) {
            errors.add(new FormError("reason", "org.form.reason.tooLong"));
        }
        return errors;
    }

    /**
     * One problem with a form field, for the error summary and the field itself.
     *
     * @param field the input's name (and id)
     * @param messageKey the message's bundle key
     * @param arguments the message's arguments
     */
    record FormError(String field, String messageKey, Object... arguments) {
    }
}
