package se.vaksam.audit;

import java.util.List;

import se.vaksam.shared.DomainException;

/**
 * A sub-area (delområde) of a review.
 *
 * @param heading e.g. "Processer och rutiner"
 * @param judgement the auditors' judgement (Stadsrevisionens bedömning)
 * @param recommendations the recommendations, each a separate record, e.g. "Samtliga processer och rutiner har
 *        en tydlig dokumentägare."
 */
public record AreaDraft(String heading, String judgement, List<String> recommendations) {

    void check() {
        if (ReviewDraft.blank(heading) || ReviewDraft.blank(judgement)) {
            throw new DomainException("audit.error.areaRequired");
        }
        if (recommendations != null && recommendations.stream().anyMatch(ReviewDraft::blank)) {
            throw new DomainException("audit.error.recommendationBlank");
        }
    }

    List<String> recommendationsOrEmpty() {
        return recommendations == null ? List.of() : recommendations;
    }
}
