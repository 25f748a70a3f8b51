package se.vaksam.deviation;

/** IVO's answer to a notification: the case is closed, or IVO waits for the committee's investigation. */
public enum IvoReply { CLOSED, AWAITING_INVESTIGATION }
