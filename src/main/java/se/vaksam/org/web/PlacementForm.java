package se.vaksam.org.web;

import java.time.LocalDate;
import java.util.List;
import se.vaksam.org.OrgManagement;
import se.vaksam.org.PlacementRole;

/** "Lägg till placering": unit, role, from and (optionally) to date as typed (ÅÅÅÅ-MM-DD), reason. */
record PlacementForm(Long unitId, String role, String validFrom, String validTo, String reason) {

    static PlacementForm startingOn(LocalDate day) {
        return new PlacementForm(null, null, day.toString(), "", "");
    }

    /**
     * Checks the fields (ids {@code prefix + "unit"}, {@code "role"}, {@code "validFrom"},
     * {@code "validTo"}) and answers the placement, or null when something is wrong.
     */
    OrgManagement.PlacementDraft check(String prefix, List<FormError> errors) {
        int before = errors.size();
        if (unitId == null) {
            errors.add(new FormError(prefix + "unit", "org.form.unit.required"));
        }
        PlacementRole parsed = role == null ? null : PlacementRole.parse(role).orElse(null);
        if (parsed == null) {
            errors.add(new FormError(prefix + "role", "org.form.role.required"));
        }
        LocalDate from = FormError.date(validFrom, prefix + "validFrom", true, errors);
        LocalDate to = FormError.date(validTo, prefix + "validTo", false, errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FormError(prefix + "validTo", "org.error.placementDates"));
        }
        return errors.size() > before ? null : new OrgManagement.PlacementDraft(unitId, parsed, from, to);
    }
}
