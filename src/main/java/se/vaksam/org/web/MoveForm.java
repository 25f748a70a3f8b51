package se.vaksam.org.web;

import java.util.ArrayList;
import java.util.List;

/** "Flytta enheten": the new parent unit and an optional reason. */
record MoveForm(Long parentId, String reason) {

    static MoveForm empty() {
        return new MoveForm(null, "");
    }

    List<FormError> check() {
        List<FormError> errors = new ArrayList<>();
        if (parentId == null) {
            errors.add(new FormError("move-parent", "org.form.parent.required"));
        }
        UnitForm.checkReason(reason, "move-reason", errors);
        return errors;
    }
}
