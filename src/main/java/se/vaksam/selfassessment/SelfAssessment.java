package se.vaksam.selfassessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import se.vaksam.shared.DomainException;

/** A committee's self-assessment (självskattning) for one year: its answers, a summary and its status. */
@Table("sa_assessment")
class SelfAssessment {

    static final int MAX_TEXT = 4000;

    @Id
    private Long id;
    private Long committeeId;
    private Integer year;
    private AssessmentStatus status;
    private String summary;
    private String submittedBy;
    private Instant submittedAt;
    private String createdBy;
    @MappedCollection(idColumn = "assessment_id", keyColumn = "position")
    private List<Answer> answers;
    @Version
    private Integer version;

    @PersistenceCreator
    SelfAssessment(Long id, Long committeeId, Integer year, AssessmentStatus status, String summary,
            String submittedBy, Instant submittedAt, String createdBy, List<Answer> answers, Integer version) {
        this.id = id;
        this.committeeId = committeeId;
        this.year = year;
        this.status = status;
        this.summary = summary;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.createdBy = createdBy;
        this.answers = new ArrayList<>(answers == null ? List.of() : answers);
        this.version = version;
    }

    /** A new draft with one empty answer per criterion of the year's set, texts copied. */
    static SelfAssessment start(long committeeId, CriteriaSet criteria, String username) {
        List<Answer> answers = new ArrayList<>();
        for (int a = 0; a < criteria.areas().size(); a++) {
            CriteriaSet.Area area = criteria.areas().get(a);
            for (CriteriaSet.Criterion criterion : area.criteria()) {
                answers.add(new Answer(a + 1, area.name(), criterion.code(), criterion.text(), null, null, null));
            }
        }
        return new SelfAssessment(null, committeeId, criteria.year(), AssessmentStatus.DRAFT, null, null, null,
                username, answers, null);
    }

    /**
     * Saves the summary and the answers given (by criterion code; criteria not mentioned keep
     * theirs), as of the version the editor saw. A submitted self-assessment is final.
     */
    void edit(String newSummary, Map<String, AnswerInput> given, Map<String, Rating> scale, int seenVersion) {
        requireDraft();
        this.summary = text(newSummary);
        for (int i = 0; i < answers.size(); i++) {
            Answer answer = answers.get(i);
            AnswerInput input = given.get(answer.criterionCode());
            if (input != null) {
                Rating rating = null;
                if (input.ratingCode() != null && !input.ratingCode().isBlank()) {
                    rating = scale.get(input.ratingCode().strip());
                    if (rating == null) {
                        throw new DomainException("selfassessment.error.unknownRating", input.ratingCode().strip());
                    }
                }
                answers.set(i, answer.answered(rating, text(input.motivation())));
            }
        }
        this.version = seenVersion;
    }

    /** Submits to kommunstyrelsen: every criterion needs a rating and the summary must be written. */
    void submit(String username, Instant now, int seenVersion) {
        requireDraft();
        if (!unrated().isEmpty()) {
            throw new DomainException("selfassessment.error.unrated", unrated().size());
        }
        if (summary == null) {
            throw new DomainException("selfassessment.error.summaryRequired");
        }
        this.status = AssessmentStatus.SUBMITTED;
        this.submittedBy = username;
        this.submittedAt = now;
        this.version = seenVersion;
    }

    /** The answers still without a rating. */
    List<Answer> unrated() {
        return answers.stream().filter(a -> a.ratingCode() == null).toList();
    }

    private void requireDraft() {
        if (status == AssessmentStatus.SUBMITTED) {
            throw new DomainException("selfassessment.error.submitted");
        }
    }

    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > MAX_TEXT) {
            throw new DomainException("selfassessment.error.tooLong", MAX_TEXT);
        }
        return value.strip();
    }

    /** What a person entered for one criterion. */
    record AnswerInput(String ratingCode, String motivation) {
    }

    Long id() {
        return id;
    }

    long committeeId() {
        return committeeId;
    }

    int year() {
        return year;
    }

    AssessmentStatus status() {
        return status;
    }

    String summary() {
        return summary;
    }

    String submittedBy() {
        return submittedBy;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    String createdBy() {
        return createdBy;
    }

    List<Answer> answers() {
        return List.copyOf(answers);
    }

    int version() {
        return version == null ? 0 : version;
    }
}
