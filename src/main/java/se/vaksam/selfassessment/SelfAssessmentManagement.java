package se.vaksam.selfassessment;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vaksam.org.OrgQuery;
import se.vaksam.org.OrgUnitType;
import se.vaksam.shared.Access;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.NotFoundException;

/**
 * Changes self-assessments and the kommun's criteria on behalf of the signed-in person, within
 * their scope, recording each change in the history (record type {@code selfassessment.assessment}).
 */
@Service
@Transactional
public class SelfAssessmentManagement {

    private final SelfAssessmentRepository assessments;
    private final CriteriaStore criteria;
    private final SelfAssessmentScope scope;
    private final SelfAssessmentChanges changes;
    private final Access access;
    private final OrgQuery org;
    private final Clock clock;

    SelfAssessmentManagement(SelfAssessmentRepository assessments, CriteriaStore criteria, SelfAssessmentScope scope,
            SelfAssessmentChanges changes, Access access, OrgQuery org, Clock clock) {
        this.assessments = assessments;
        this.criteria = criteria;
        this.scope = scope;
        this.changes = changes;
        this.access = access;
        this.org = org;
        this.clock = clock;
    }

    /** What a person entered for one criterion, by its code. */
    public record AnswerInput(String criterionCode, String ratingCode, String motivation) {
    }

    /** Starts the committee's self-assessment for the year with the kommun's criteria for that year. */
    public long start(long committeeId, int year) {
        OrgQuery.UnitView committee = org.unit(committeeId)
                .orElseThrow(() -> new NotFoundException("selfassessment.error.committeeNotFound"));
        requireWrite(committeeId);
        if (committee.type() != OrgUnitType.COMMITTEE) {
            throw new DomainException("selfassessment.error.notCommittee", committee.name());
        }
        if (year < 2000 || year > 2100) {
            throw new DomainException("selfassessment.error.year");
        }
        if (assessments.findByCommitteeIdAndYear(committeeId, year).isPresent()) {
            throw new DomainException("selfassessment.error.exists", committee.name(), year);
        }
        CriteriaSet set = criteria.ensure(scope.municipalityOf(committeeId), year);
        SelfAssessment saved = assessments.save(SelfAssessment.start(committeeId, set, access.current().username()));
        changes.created(saved);
        return saved.id();
    }

    /** Saves summary and answers as of the version the editor saw (stale: conflict, 409). */
    public void save(long id, String summary, List<AnswerInput> answers, int seenVersion, String reason) {
        SelfAssessment assessment = assessment(id);
        requireWrite(assessment.committeeId());
        SelfAssessment before = copy(assessment);
        Map<String, Rating> scale = criteria.ratings().stream().collect(Collectors.toMap(Rating::code, Function.identity()));
        assessment.edit(summary, answers.stream().collect(Collectors.toMap(AnswerInput::criterionCode,
                a -> new SelfAssessment.AnswerInput(a.ratingCode(), a.motivation()), (x, y) -> y)), scale, seenVersion);
        SelfAssessment after = assessments.save(assessment);
        changes.updated(before, after, reason);
    }

    /** Submits to kommunstyrelsen; refused while a criterion lacks a rating or the summary is empty. */
    public void submit(long id, int seenVersion) {
        SelfAssessment assessment = assessment(id);
        requireWrite(assessment.committeeId());
        SelfAssessment before = copy(assessment);
        assessment.submit(access.current().username(), clock.instant(), seenVersion);
        SelfAssessment after = assessments.save(assessment);
        changes.updated(before, after, null);
    }

    /** Replaces the kommun's areas and criteria for a year; answers already given keep their texts. */
    public void editCriteria(long municipalityId, int year, List<CriteriaSet.Area> areas, int seenVersion) {
        access.requireWrite(municipalityId);
        CriteriaRules.check(areas);
        CriteriaSet set = criteria.ensure(municipalityId, year);
        criteria.replace(set.id(), CriteriaRules.withCodes(set, areas), seenVersion);
    }

    /** Replaces the year's criteria with a copy of the latest earlier year's (codes kept, so years compare). */
    public void copyCriteriaFromPreviousYear(long municipalityId, int year, int seenVersion) {
        access.requireWrite(municipalityId);
        CriteriaSet previous = criteria.latestBefore(municipalityId, year)
                .orElseThrow(() -> new DomainException("selfassessment.criteria.error.noPrevious", year));
        CriteriaSet set = criteria.ensure(municipalityId, year);
        criteria.replace(set.id(), previous.areas(), seenVersion);
    }

    /**
     * Renames the rating scale's steps (the scale is the same for the whole installation, so only
     * the system administrator may); answers keep the label they were given with.
     */
    public void relabelRatings(java.util.Map<String, String> labelByCode) {
        if (!access.current().administrator()) {
            throw new ForbiddenException();
        }
        List<Rating> scale = criteria.ratings().stream().map(r -> {
            String label = labelByCode.getOrDefault(r.code(), r.label());
            if (label == null || label.isBlank()) {
                throw new DomainException("selfassessment.criteria.error.ratingLabel");
            }
            if (label.strip().length() > 100) {
                throw new DomainException("selfassessment.error.tooLong", 100);
            }
            return new Rating(r.code(), label.strip(), r.position());
        }).toList();
        criteria.relabel(scale);
    }

    private void requireWrite(long committeeId) {
        if (!scope.mayWrite(access.current(), committeeId)) {
            throw new ForbiddenException();
        }
    }

    private SelfAssessment assessment(long id) {
        return assessments.findById(id).orElseThrow(() -> new NotFoundException("selfassessment.error.notFound"));
    }

    private static SelfAssessment copy(SelfAssessment a) {
        return new SelfAssessment(a.id(), a.committeeId(), a.year(), a.status(), a.summary(), a.submittedBy(),
                a.submittedAt(), a.createdBy(), a.answers(), a.version());
    }
}
