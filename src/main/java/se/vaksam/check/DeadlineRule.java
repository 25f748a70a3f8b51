package se.vaksam.check;

import java.time.LocalDate;
import java.time.LocalDateTime;

import se.vaksam.shared.DomainException;

/**
 * A legal deadline evaluated per record.
 * <ul>
 * <li>{@link Kind#MONTHS}: completed within N months of the start unless an extension was decided within
 * those N months (SoL 11 kap. 2 §: four months). The deadline is {@code start.plusMonths(N)} — Java's month
 * arithmetic keeps the day or takes the month's last day (31 Jan + 4 months = 31 May; 31 Oct + 4 months =
 * 28/29 Feb). Completion or extension on the deadline day is in time.</li>
 * <li>{@link Kind#HOURS}: answered within N hours of receipt. When the window ends on a day that is not a
 * working day ({@link SwedishCalendar}), an answer before the end of the next working day is in time.</li>
 * </ul>
 */
public record DeadlineRule(Kind kind, int amount) {

    public enum Kind { MONTHS, HOURS }

    /** What the rule says about one record. */
    public enum Outcome {
        /** done within the deadline */
        IN_TIME,
        /** not done within the deadline, and not extended within it */
        EXCEEDED,
        /** an extension was decided within the deadline */
        EXTENDED,
        /** not done and the deadline has not passed at evaluation */
        OPEN,
        /** the record lacks the start date or time */
        NOT_APPLICABLE
    }

    public DeadlineRule {
        if (kind == null || amount < 1) {
            throw new DomainException("check.deadline.error.rule");
        }
    }

    public static DeadlineRule months(int months) {
        return new DeadlineRule(Kind.MONTHS, months);
    }

    public static DeadlineRule hours(int hours) {
        return new DeadlineRule(Kind.HOURS, hours);
    }

    /** The record's outcome when evaluated at the start of {@code evaluatedOn}. */
    public Outcome evaluate(PopulationRow row, LocalDate evaluatedOn) {
        return kind == Kind.MONTHS ? months(row.startedOn(), row.completedOn(), row.extendedOn(), evaluatedOn)
                : hours(row.receivedAt(), row.answeredAt(), evaluatedOn.atStartOfDay());
    }

    /** The day the month rule's deadline falls on. */
    public LocalDate deadline(LocalDate start) {
        return start.plusMonths(amount);
    }

    Outcome months(LocalDate start, LocalDate completed, LocalDate extended, LocalDate evaluatedOn) {
        if (start == null) {
            return Outcome.NOT_APPLICABLE;
        }
        LocalDate deadline = deadline(start);
        if (completed != null && !completed.isAfter(deadline)) {
            return Outcome.IN_TIME;
        }
        if (extended != null && !extended.isAfter(deadline)) {
            return Outcome.EXTENDED;
        }
        if (completed == null && evaluatedOn.isBefore(deadline.plusDays(1))) {
            return Outcome.OPEN;
        }
        return Outcome.EXCEEDED;
    }

    /** The last moment (exclusive) an answer is in time for the hour rule. */
    public LocalDateTime answerBefore(LocalDateTime received) {
        LocalDateTime end = received.plusHours(amount);
        if (SwedishCalendar.isWorkingDay(end.toLocalDate())) {
            return end.plusNanos(1);
        }
        return SwedishCalendar.nextWorkingDay(end.toLocalDate()).plusDays(1).atStartOfDay();
    }

    Outcome hours(LocalDateTime received, LocalDateTime answered, LocalDateTime evaluatedAt) {
        if (received == null) {
            return Outcome.NOT_APPLICABLE;
        }
        LocalDateTime before = answerBefore(received);
        if (answered != null) {
            return answered.isBefore(before) ? Outcome.IN_TIME : Outcome.EXCEEDED;
        }
        return evaluatedAt.isBefore(before) ? Outcome.OPEN : Outcome.EXCEEDED;
    }
}
