package se.vaksam.selfassessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.vaksam.org.OrgQuery;

/** Reads self-assessments as records for pages, the API and other modules. */
@Component
@Transactional(readOnly = true)
class JdbcSelfAssessmentQuery implements SelfAssessmentQuery {

    private final SelfAssessmentRepository assessments;
    private final CriteriaStore criteria;
    private final OrgQuery org;

    JdbcSelfAssessmentQuery(SelfAssessmentRepository assessments, CriteriaStore criteria, OrgQuery org) {
        this.assessments = assessments;
        this.criteria = criteria;
        this.org = org;
    }

    @Override
    public Optional<Assessment> assessment(long committeeId, int year) {
        return assessments.findByCommitteeIdAndYear(committeeId, year).map(this::view);
    }

    @Override
    public List<Rating> ratings() {
        return criteria.ratings();
    }

    Optional<Assessment> byId(long id) {
        return assessments.findById(id).map(this::view);
    }

    List<Assessment> ofCommittee(long committeeId) {
        return assessments.findByCommitteeIdOrderByYearDesc(committeeId).stream().map(this::view).toList();
    }

    Assessment view(SelfAssessment a) {
        Map<Integer, String> names = new LinkedHashMap<>();
        Map<Integer, List<Row>> rows = new LinkedHashMap<>();
        a.answers().stream().sorted(java.util.Comparator.comparingInt(Answer::areaPosition)).forEach(answer -> {
            names.putIfAbsent(answer.areaPosition(), answer.areaName());
            rows.computeIfAbsent(answer.areaPosition(), k -> new ArrayList<>()).add(new Row(answer.criterionCode(),
                    answer.criterionText(), answer.ratingCode(), answer.ratingLabel(), answer.motivation()));
        });
        List<Area> areas = names.entrySet().stream()
                .map(e -> new Area(e.getValue(), List.copyOf(rows.get(e.getKey())))).toList();
        String committeeName = org.unit(a.committeeId()).map(OrgQuery.UnitView::name).orElse("");
        return new Assessment(a.id(), a.committeeId(), committeeName, a.year(), a.status(), a.summary(),
                a.submittedBy(), a.submittedAt(), a.version(), areas);
    }
}
