package se.vaksam.check;

/** An answer to a checklist question for one sampled case. */
public enum Answer {
    YES, NO, NOT_APPLICABLE
}
