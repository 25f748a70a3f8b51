package se.vaksam.risk.web;

import se.vaksam.risk.Origin;
import se.vaksam.risk.RiskDraft;
import se.vaksam.risk.RiskQuery;

/** The risk form's fields as posted. */
record RiskForm(String title, String event, String cause, String consequence, Long categoryId, Long unitId,
        String ownerUsername, Origin origin, Integer reviewIntervalMonths, Integer version, String reason) {

    static RiskForm empty() {
        return new RiskForm("", "", "", "", null, null, "", Origin.DEPARTMENT, 12, null, "");
    }

    static RiskForm of(RiskQuery.RiskView r) {
        return new RiskForm(r.title(), r.event(), r.cause(), r.consequence(), r.categoryId(), r.unitId(),
                r.ownerUsername(), r.origin(), r.reviewIntervalMonths(), r.version(), "");
    }

    RiskDraft draft() {
        return new RiskDraft(title, event, cause, consequence, categoryId, unitId, ownerUsername, origin,
                reviewIntervalMonths);
    }
}
