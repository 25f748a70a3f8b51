package se.vaksam.plan;

/** The e-mail reminders of the follow-up: to the responsible person before the due date, to the coordinator when overdue. */
enum ReminderKind { BEFORE_DUE, OVERDUE }
