package se.vaksam.governance;

/** How far a governing document is implemented (införd) in the organisation. */
public enum ImplementationStatus {
    NOT_STARTED, IN_PROGRESS, IMPLEMENTED
}
