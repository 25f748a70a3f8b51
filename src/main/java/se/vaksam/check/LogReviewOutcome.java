package se.vaksam.check;

/** What the manager found in a sampled user's reads: "inga anmärkningar" or "avvikelse". */
public enum LogReviewOutcome {
    NO_REMARKS, DEVIATION
}
