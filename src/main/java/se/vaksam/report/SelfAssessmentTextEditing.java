package se.vaksam.report;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.plan.PlanQuery;
import se.vaksam.selfassessment.SelfAssessmentQuery;
import se.vaksam.shared.ForbiddenException;

/**
 * The self-assessment chapter's texts of a plan's annual report, edited through the plan: read by whoever may read
 * the plan, saved by whoever manages it. The areas are those of the committee's self-assessment of the plan's year.
 */
@Service
class SelfAssessmentTextEditing {

    /** The texts of the plan's annual report with the areas they may be written for. */
    record View(PlanQuery.PlanView plan, List<String> areas, SelfAssessmentTexts.Texts texts) {
    }

    private final PlanQuery plans;
    private final SelfAssessmentQuery selfAssessments;
    private final SelfAssessmentTexts texts;
    private final UnitReading units;

    SelfAssessmentTextEditing(PlanQuery plans, SelfAssessmentQuery selfAssessments, SelfAssessmentTexts texts,
            UnitReading units) {
        this.plans = plans;
        this.selfAssessments = selfAssessments;
        this.texts = texts;
        this.units = units;
    }

    @Transactional(readOnly = true)
    View view(long planId) {
        PlanQuery.PlanView plan = plans.plan(planId);
        return new View(plan, areas(plan), texts.of(plan.committeeId(), plan.year()));
    }

    @Transactional
    View save(long planId, boolean compareLastYear, Map<String, String> narratives, int seenVersion) {
        PlanQuery.PlanView plan = plans.plan(planId);
        if (!plan.manageable()) {
            throw new ForbiddenException();
        }
        List<String> areas = areas(plan);
        return new View(plan, areas, texts.save(plan.committeeId(), plan.year(), compareLastYear, narratives, areas,
                seenVersion, units.username()));
    }

    private List<String> areas(PlanQuery.PlanView plan) {
        return selfAssessments.assessment(plan.committeeId(), plan.year())
                .map(a -> a.areas().stream().map(SelfAssessmentQuery.Area::name).toList()).orElse(List.of());
    }
}
