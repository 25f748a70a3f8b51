package se.vaksam.selfassessment.web;

import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import se.vaksam.selfassessment.SelfAssessmentManagement.AnswerInput;
import se.vaksam.selfassessment.SelfAssessmentQuery;

/**
 * The self-assessment form as posted: a summary, per criterion {@code rating-<code>} and
 * {@code motivation-<code>}, an optional reason and the version the editor saw.
 */
record AssessmentForm(String summary, Map<String, String> ratings, Map<String, String> motivations, String reason,
        Integer version) {

    static AssessmentForm of(SelfAssessmentQuery.Assessment assessment) {
        Map<String, String> ratings = new java.util.HashMap<>();
        Map<String, String> motivations = new java.util.HashMap<>();
        assessment.rows().forEach(row -> {
            if (row.ratingCode() != null) {
                ratings.put(row.criterionCode(), row.ratingCode());
            }
            if (row.motivation() != null) {
                motivations.put(row.criterionCode(), row.motivation());
            }
        });
        return new AssessmentForm(assessment.summary(), ratings, motivations, "", assessment.version());
    }

    static AssessmentForm from(MultiValueMap<String, String> params, SelfAssessmentQuery.Assessment assessment) {
        Map<String, String> ratings = new java.util.HashMap<>();
        Map<String, String> motivations = new java.util.HashMap<>();
        for (SelfAssessmentQuery.Row row : assessment.rows()) {
            String rating = params.getFirst("rating-" + row.criterionCode());
            if (rating != null && !rating.isBlank()) {
                ratings.put(row.criterionCode(), rating);
            }
            String motivation = params.getFirst("motivation-" + row.criterionCode());
            if (motivation != null) {
                motivations.put(row.criterionCode(), motivation);
            }
        }
        Integer version = null;
        try {
            version = Integer.valueOf(params.getFirst("version"));
        } catch (NumberFormatException e) {
            // left null: the form is refused below
        }
        return new AssessmentForm(params.getFirst("summary"), ratings, motivations, params.getFirst("reason"), version);
    }

    List<AnswerInput> answers(SelfAssessmentQuery.Assessment assessment) {
        return assessment.rows().stream().map(row -> new AnswerInput(row.criterionCode(),
                ratings.get(row.criterionCode()), motivations.get(row.criterionCode()))).toList();
    }
}
