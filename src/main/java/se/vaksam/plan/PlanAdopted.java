package se.vaksam.plan;

import java.time.LocalDate;

/** The committee adopted its plan; the item list is frozen from now on. */
public record PlanAdopted(long planId, long committeeId, int year, LocalDate decidedOn) {
}
