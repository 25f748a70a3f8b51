package se.vaksam.plan;

/** A committee's draft plan for a year was created (city-wide review areas add their items on this). */
public record PlanCreated(long planId, long committeeId, int year) {
}
