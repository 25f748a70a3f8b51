package se.vaksam.plan;

/** The plan was closed after the annual follow-up; every open improvement action had a disposition. */
public record PlanClosed(long planId, long committeeId, int year) {
}
