package se.vaksam.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * How pages, the API and other modules (the yttrande document) read the auditors' reviews: records only.
 * Readable for whoever reads the committee, its förvaltning or any unit below (the auditors too); a record
 * the person may not read is refused (403).
 */
public interface AuditQuery {

    /** Reviews the person may read, newest first; {@code committeeId} optional. */
    List<ReviewView> reviews(Long committeeId);

    /** A review with its sub-areas, their recommendations and the committee's answers. */
    ReviewView review(long reviewId);

    /** The yttrande's frame, if begun. */
    Optional<ResponseView> response(long reviewId);

    RecommendationView recommendation(long recommendationId);

    /**
     * What the recommendation's link picker offers: the records of the kind (of the recommendation's committee,
     * that the signed-in person may read) whose title contains the words searched for, at most {@code limit}, by
     * title. A blank search or a missing kind finds nothing.
     */
    List<se.vaksam.shared.Choice> linkChoices(long recommendationId, LinkType type, String search, int limit);

    /** Open recommendations of every readable review, per committee over the years (oldest review first). */
    List<RecommendationView> openRecommendations(Long committeeId);

    record ReviewView(long id, long committeeId, String committeeName, String number, String title,
            String auditors, LocalDate reviewedOn, String overallJudgement, List<AreaView> areas, int version,
            boolean manageable) {
    }

    /** A sub-area: the auditors' judgement, its recommendations and the committee's three answers. */
    record AreaView(long id, long reviewId, int position, String heading, String judgement,
            List<RecommendationView> recommendations, String assigneeUsername, String assigneeName,
            String actionsTaken, String effects, String plannedActions, int version, boolean answerable) {

        public boolean answered() {
            return actionsTaken != null && effects != null && plannedActions != null;
        }
    }

    record RecommendationView(long id, long areaId, long reviewId, String reviewNumber, String reviewTitle,
            int reviewYear, long committeeId, String committeeName, String areaHeading, int position, String text,
            RecommendationStatus status, LocalDate closedOn, boolean closingSuggested, List<LinkView> links,
            int version, boolean manageable) {
    }

    /**
     * A link to a record of another module, with that record's title and status as its module tells it.
     *
     * @param statusKey the message key of the linked record's status (e.g. {@code plan.improvementStatus.DONE}), or
     *        null for risks
     * @param closed whether the linked action is finished (done or cancelled)
     * @param readable false when the person may not read the linked record (title and status are then hidden)
     */
    record LinkView(LinkType type, long recordId, String title, String statusKey, boolean closed, String path,
            boolean readable) {
    }

    record ResponseView(long id, long reviewId, LocalDate date, String address, String diaryNumber,
            String addressee, String proposalLine, String summary, String statement, String signatures,
            String reservations, int version) {
    }
}
