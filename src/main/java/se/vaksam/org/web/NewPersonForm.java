package se.vaksam.org.web;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import se.vaksam.org.OrgManagement;

/** "Ny person": the person's details and their first placement (optional only for those who may create unplaced people). */
record NewPersonForm(String username, String givenName, String familyName, String email, String title,
        Boolean confidential, Long unitId, String role, String validFrom, String validTo, String reason) {

    private static final Pattern USERNAME = Pattern.compile("[\\p{L}0-9._@-]+");

    static NewPersonForm startingOn(LocalDate day) {
        return new NewPersonForm("", "", "", "", "", false, null, null, day.toString(), "", "");
    }

    OrgManagement.PersonDetails details() {
        return new OrgManagement.PersonDetails(username == null ? null : username.strip(), givenName, familyName, email,
                title, Boolean.TRUE.equals(confidential));
    }

    PlacementForm placement() {
        return new PlacementForm(unitId, role, validFrom, validTo, reason);
    }

    /** A placement is needed unless {@code placementOptional}; answers it (null: none or errors). */
    OrgManagement.PlacementDraft check(boolean placementOptional, List<FormError> errors) {
        if (username == null || username.isBlank()) {
            errors.add(new FormError("username", "org.form.username.required"));
        } else if (username.strip().length() > 100 || !USERNAME.matcher(username.strip()).matches()) {
            errors.add(new FormError("username", "org.form.username.pattern"));
        }
        PersonForm.checkDetails(givenName, familyName, email, title, errors);
        OrgManagement.PlacementDraft draft = null;
        if (!placementOptional || unitId != null) {
            draft = placement().check("", errors);
        }
        UnitForm.checkReason(reason, "reason", errors);
        return draft;
    }
}
