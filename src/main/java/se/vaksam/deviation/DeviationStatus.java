package se.vaksam.deviation;

/**
 * Where a deviation stands. Complaints, suggestions and quality deviations go RECEIVED → ASSIGNED →
 * INVESTIGATED → MEASURES_DECIDED → CLOSED; lex Sarah reports go REPORTED → ACTION_TAKEN →
 * INVESTIGATING → ASSESSED → DECIDED → (IVO_NOTIFIED → IVO_REPLIED when serious) → MEASURES_DECIDED →
 * CLOSED. When the arbetsutskott cannot be awaited, the ordförande decides on the notification to IVO
 * before the investigation is finished: INVESTIGATING → AWAITING_CHAIR → URGENT_DECIDED → IVO_NOTIFIED, and the
 * investigation's assessment follows while IVO waits for it. {@link Workflow} holds the table.
 */
public enum DeviationStatus {
    RECEIVED, ASSIGNED, INVESTIGATED,
    REPORTED, ACTION_TAKEN, INVESTIGATING, AWAITING_CHAIR, URGENT_DECIDED, ASSESSED, DECIDED, IVO_NOTIFIED, IVO_REPLIED,
    MEASURES_DECIDED, CLOSED
}
