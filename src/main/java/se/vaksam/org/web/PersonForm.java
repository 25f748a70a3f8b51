package se.vaksam.org.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import se.vaksam.org.OrgDirectory;
import se.vaksam.org.OrgManagement;

/** "Ändra personuppgifter": names, e-mail, title, protected data, reason and the version the editor saw. */
record PersonForm(String givenName, String familyName, String email, String title, Boolean confidential,
        Integer version, String reason) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    static PersonForm of(OrgDirectory.PersonCard person) {
        return new PersonForm(person.givenName(), person.familyName(), person.email(), person.title(),
                person.confidential(), person.version(), "");
    }

    /** The same input as of the given version (after a conflict, to save again knowingly). */
    PersonForm withVersion(int newVersion) {
        return new PersonForm(givenName, familyName, email, title, confidential, newVersion, reason);
    }

    boolean isConfidential() {
        return Boolean.TRUE.equals(confidential);
    }

    OrgManagement.PersonDetails details(String username) {
        return new OrgManagement.PersonDetails(username, givenName, familyName, email, title, isConfidential());
    }

    List<FormError> check() {
        List<FormError> errors = new ArrayList<>();
        checkDetails(givenName, familyName, email, title, errors);
        UnitForm.checkReason(reason, "reason", errors);
        return errors;
    }

    static void checkDetails(String givenName, String familyName, String email, String title, List<FormError> errors) {
        FormError.text(givenName, "givenName", true, 100, "org.form.givenName", errors);
        FormError.text(familyName, "familyName", true, 100, "org.form.familyName", errors);
        FormError.text(email, "email", false, 200, "org.form.email", errors);
        if (email != null && !email.isBlank() && email.strip().length() <= 200 && !EMAIL.matcher(email.strip()).matches()) {
            errors.add(new FormError("email", "org.form.email.invalid"));
        }
        FormError.text(title, "title", false, 200, "org.form.title", errors);
    }
}
