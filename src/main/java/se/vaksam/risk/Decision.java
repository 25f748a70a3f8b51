package se.vaksam.risk;

/** What a risk analysis decides for an assessed risk. */
public enum Decision {
    /** Direktåtgärd: a candidate for the internal-control plan. */
    DIRECT_ACTION,
    /** Granskning: a candidate for the internal-control plan. */
    REVIEW,
    /** Ingen åtgärd: the risk is accepted, with a reason. */
    ACCEPTED,
    /** Hanteras i annan process: budget, verksamhetsplan or quality work. */
    OTHER_PROCESS;

    /** Whether the plan module should pick this decision up. */
    public boolean planCandidate() {
        return this == DIRECT_ACTION || this == REVIEW;
    }
}
