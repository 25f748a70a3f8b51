package se.vaksam.selfassessment;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A committee's answer to one criterion. Area name and criterion text are a snapshot taken when
 * the self-assessment was started: editing the kommun's criteria later never changes them.
 */
@Table("sa_answer")
record Answer(int areaPosition, String areaName, String criterionCode, String criterionText, String ratingCode,
        String ratingLabel, String motivation) {

    Answer answered(Rating rating, String newMotivation) {
        return new Answer(areaPosition, areaName, criterionCode, criterionText, rating == null ? null : rating.code(),
                rating == null ? null : rating.label(), newMotivation);
    }

    /** The answer as the history shows it: rating and motivation. */
    String shown() {
        if (ratingLabel == null && motivation == null) {
            return null;
        }
        return (ratingLabel == null ? "–" : ratingLabel) + (motivation == null ? "" : ": " + motivation);
    }
}
