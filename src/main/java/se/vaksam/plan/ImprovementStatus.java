package se.vaksam.plan;

/** An improvement action's status; {@link #DONE} and {@link #CANCELLED} are no longer open. */
public enum ImprovementStatus {
    NOT_STARTED, IN_PROGRESS, DONE, CANCELLED;

    public boolean open() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }
}
