package se.vaksam.deviation;

/** What a person does to move a deviation on; {@link Workflow} says from where to where. */
public enum Step {
    ASSIGN, INVESTIGATE,
    IMMEDIATE_ACTION, START_INVESTIGATION, REFER_TO_CHAIR, URGENT_DECISION, ASSESS, DECIDE, NOTIFY_IVO, IVO_REPLY,
    DECIDE_MEASURES, CLOSE
}
