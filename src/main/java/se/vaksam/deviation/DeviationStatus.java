package se.vaksam.deviation;

/**
 * Where a deviation stands. Complaints, suggestions and quality deviations go RECEIVED → ASSIGNED →
 * INVESTIGATED → MEASURES_DECIDED → CLOSED; lex Sarah reports go REPORTED → ACTION_TAKEN →
 * INVESTIGATING → ASSESSED → DECIDED → (IVO_NOTIFIED → IVO_REPLIED when serious) → MEASURES_DECIDED →
 * CLOSED. {@link Workflow} holds the table.
 */
public enum DeviationStatus {
    RECEIVED, ASSIGNED, INVESTIGATED,
    REPORTED, ACTION_TAKEN, INVESTIGATING, ASSESSED, DECIDED, IVO_NOTIFIED, IVO_REPLIED,
    MEASURES_DECIDED, CLOSED
}
