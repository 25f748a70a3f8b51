package se.vaksam.plan.web;

import se.vaksam.plan.ChangeDecision;
import se.vaksam.plan.ItemDraft;
import se.vaksam.plan.ItemKind;
import se.vaksam.plan.PlanQuery;
import se.vaksam.plan.ReviewKind;
import se.vaksam.shared.Period;

/** The item planning form as typed; the decision fields are needed once the plan is adopted. */
record ItemForm(String kind, Long riskId, String title, Long responsibleUnitId, String responsibleUsername,
        String period, String reviewKind, String whatToDo, String areas, String purpose, String scope, String method,
        String reviewerUsername, Long proposalId, String decidedOn, String reason, Integer version) {

    static ItemForm of(PlanQuery.ItemView i) {
        return new ItemForm(i.kind().name(), i.riskId(), i.title(), i.responsibleUnitId(), i.responsibleUsername(),
                i.period().name(), i.reviewKind() == null ? null : i.reviewKind().name(), i.whatToDo(), i.areas(),
                i.purpose(), i.scope(), i.method(), i.reviewerUsername(), i.proposalId(), null, null, i.version());
    }

    static ItemForm of(PlanQuery.Candidate c) {
        return new ItemForm(c.kind().name(), c.riskId(), c.title(), c.unitId(), null, Period.ANNUAL.name(),
                c.kind() == ItemKind.REVIEW ? ReviewKind.NAMNDENS.name() : null, null, null, null, null, null, null,
                c.proposalId(), null, null, null);
    }

    static ItemForm empty() {
        return new ItemForm(ItemKind.DIRECT_ACTION.name(), null, null, null, null, Period.ANNUAL.name(), null, null,
                null, null, null, null, null, null, null, null, null);
    }

    ItemDraft draft() {
        ItemKind k = Forms.choice(ItemKind.class, kind);
        boolean review = k == ItemKind.REVIEW;
        return new ItemDraft(k, riskId, Forms.blankToNull(title), responsibleUnitId,
                Forms.blankToNull(responsibleUsername), Forms.choice(Period.class, period),
                review ? Forms.choice(ReviewKind.class, reviewKind) : null, null,
                review ? null : Forms.blankToNull(whatToDo), review ? Forms.blankToNull(areas) : null,
                review ? Forms.blankToNull(purpose) : null, review ? Forms.blankToNull(scope) : null,
                review ? Forms.blankToNull(method) : null, review ? Forms.blankToNull(reviewerUsername) : null,
                proposalId);
    }

    ChangeDecision decision() {
        if (Forms.blankToNull(decidedOn) == null && Forms.blankToNull(reason) == null) {
            return null;
        }
        return new ChangeDecision(Forms.date(decidedOn), Forms.blankToNull(reason));
    }
}
