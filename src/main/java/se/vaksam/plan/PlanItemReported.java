package se.vaksam.plan;

import se.vaksam.shared.Period;

/** Someone reported a plan item's status or results for its follow-up period. */
public record PlanItemReported(long itemId, long planId, int year, Period period, String username) {
}
