package se.vaksam.selfassessment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How other modules (the report's "Självskattning" chapter) read self-assessments: plain records,
 * per area a table Kriterium | Bedömning. The caller checks that the reader may see the committee.
 */
public interface SelfAssessmentQuery {

    /** The committee's self-assessment for the year, if one was started. */
    Optional<Assessment> assessment(long committeeId, int year);

    /** The rating scale, best first. */
    List<Rating> ratings();

    /**
     * @param status draft or submitted (to kommunstyrelsen)
     * @param submittedBy username of who submitted it, or null
     * @param version for optimistic locking when it is changed
     * @param areas the areas in order, each with its criteria and answers
     */
    record Assessment(long id, long committeeId, String committeeName, int year, AssessmentStatus status,
            String summary, String submittedBy, Instant submittedAt, int version, List<Area> areas) {

        public List<Row> rows() {
            return areas.stream().flatMap(a -> a.rows().stream()).toList();
        }
    }

    /** An area (Kontrollmiljö …) and its rows. */
    record Area(String name, List<Row> rows) {
    }

    /**
     * One criterion and the committee's answer.
     *
     * @param criterionCode stable from year to year
     * @param criterion the criterion's text as it was when the self-assessment was started
     * @param ratingCode the rating's code, or null if not yet rated
     * @param rating the rating's label (Tillfredsställande …), or null
     * @param motivation the motivation (bedömning in words), or null
     */
    record Row(String criterionCode, String criterion, String ratingCode, String rating, String motivation) {
    }
}
