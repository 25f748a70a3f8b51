package se.vaksam.plan;

import se.vaksam.shared.Period;

/** Where the follow-up's pages are, for links in e-mails and on the start page. */
final class FollowUpPaths {

    private FollowUpPaths() {
    }

    static String item(long itemId) {
        return "/plan-items/" + itemId;
    }

    static String followUp(long planId, Period period) {
        return "/plans/" + planId + "/follow-up/" + period.name();
    }
}
