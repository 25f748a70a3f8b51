package se.vaksam.org.web;

import java.time.LocalDate;
import java.util.List;

/** "Avsluta placering": which placement, its last day (ÅÅÅÅ-MM-DD) and an optional reason. */
record EndPlacementForm(Long placementId, String lastDay, String reason, Boolean confirmed) {

    static EndPlacementForm on(LocalDate day) {
        return new EndPlacementForm(null, day.toString(), "", null);
    }

    /** Answers the last day, or null with errors added. */
    LocalDate check(List<FormError> errors) {
        if (placementId == null) {
            errors.add(new FormError("end-placement", "org.form.placement.required"));
        }
        LocalDate day = FormError.date(lastDay, "end-lastDay", true, errors);
        UnitForm.checkReason(reason, "end-reason", errors);
        if (!Boolean.TRUE.equals(confirmed)) {
            errors.add(new FormError("end-confirmed", "org.person.end.confirmMissing"));
        }
        return day;
    }
}
