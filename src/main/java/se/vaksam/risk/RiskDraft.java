package se.vaksam.risk;

import se.vaksam.shared.DomainException;

/** The fields of a risk as a form, the API or an import row gives them. */
public record RiskDraft(String title, String event, String cause, String consequence, Long categoryId, Long unitId,
        String ownerUsername, Origin origin, Integer reviewIntervalMonths) {

    void check() {
        require(title, "title");
        require(event, "event");
        require(cause, "cause");
        require(consequence, "consequence");
        if (categoryId == null) {
            throw new DomainException("risk.error.required.category");
        }
        if (unitId == null) {
            throw new DomainException("risk.error.required.unit");
        }
        if (origin == null) {
            throw new DomainException("risk.error.required.origin");
        }
        if (reviewIntervalMonths == null || reviewIntervalMonths < 1 || reviewIntervalMonths > 60) {
            throw new DomainException("risk.error.interval");
        }
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new DomainException("risk.error.required." + field);
        }
    }
}
