package se.vaksam.check;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One record of a population as mapped at import: its key (case number, user, payment), an optional
 * stratum (unit) and label, and the dates the deadline rules need.
 */
public record PopulationRow(int rowNumber, String key, String stratum, String label, LocalDate startedOn,
        LocalDate completedOn, LocalDate extendedOn, LocalDateTime receivedAt, LocalDateTime answeredAt) {

    /** The canonical line of this record in the population's checksum. */
    String canonical() {
        return String.join("\t", key, s(stratum), s(label), s(startedOn), s(completedOn), s(extendedOn),
                s(receivedAt), s(answeredAt));
    }

    private static String s(Object value) {
        return value == null ? "" : value.toString();
    }
}
