package se.vaksam.check;

import java.time.OffsetDateTime;

/**
 * A manager marked a sampled user's reads "avvikelse" in the log follow-up: the quality work should open a
 * deviation.
 *
 * @param reviewId the log review
 * @param unitId the unit whose log follow-up it is
 * @param reviewedUsername whose reads were reviewed
 * @param reviewer who marked the deviation
 * @param description what the reviewer wrote
 * @param occurredAt when it was marked
 */
public record LogReviewFlagged(long reviewId, long unitId, String reviewedUsername, String reviewer,
        String description, OffsetDateTime occurredAt) {
}
