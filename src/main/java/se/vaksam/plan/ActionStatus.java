package se.vaksam.plan;

/**
 * A direct action's status: ej påbörjad, pågår, genomförd, delvis genomförd, ej genomförd, flyttad till
 * internkontrollplan ÅÅÅÅ (with the year) or slutrapporteras vid … (with year and period).
 */
public enum ActionStatus { NOT_STARTED, IN_PROGRESS, DONE, PARTLY_DONE, NOT_DONE, MOVED_TO_PLAN, FINAL_REPORT_AT }
