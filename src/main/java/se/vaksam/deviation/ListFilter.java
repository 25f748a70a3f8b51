package se.vaksam.deviation;

import java.util.Set;

/** The list's filters; null means any. {@code unitIds} is a unit with the units below it. */
public record ListFilter(DeviationKind kind, DeviationStatus status, Set<Long> unitIds, Integer year) {

    public static ListFilter none() {
        return new ListFilter(null, null, null, null);
    }
}
