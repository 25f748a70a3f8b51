package se.vaksam.risk;

/** The process that handles a risk instead of the internal-control plan. */
public enum OtherProcess {
    BUDGET, OPERATIONAL_PLAN, QUALITY_WORK
}
