package se.vaksam.check;

import java.time.LocalDate;

/**
 * A self-inspection (egenkontroll) planned on the annual wheel was completed; the quality-work register
 * records its result.
 *
 * @param unitId the unit that did it
 * @param title the duty's title
 * @param result the result as written
 * @param date the due date it was done for
 */
public record SelfInspectionCompleted(long unitId, String title, String result, LocalDate date) {
}
