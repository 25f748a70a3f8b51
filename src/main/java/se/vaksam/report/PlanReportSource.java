package se.vaksam.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.org.OrgQuery;
import se.vaksam.org.OrgUnitType;
import se.vaksam.plan.CommonReviewAreas;
import se.vaksam.plan.CommonReviewDecision;
import se.vaksam.plan.PlanQuery;
import se.vaksam.risk.HeatMap;
import se.vaksam.risk.RiskMatrix;
import se.vaksam.risk.RiskQuery;
import se.vaksam.selfassessment.SelfAssessmentQuery;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.NotFoundException;
import se.vaksam.shared.Period;

/** Reads what a plan's report needs from the plan, risk, self-assessment and org modules, at one moment. */
@Component
class PlanReportSource {

    static final List<String> TERTIAL_TEXTS = List.of("INTRODUCTION", "INTRODUCTION_TERTIAL", "RESPONSIBILITY");
    static final List<String> ANNUAL_TEXTS = List.of("INTRODUCTION", "INTRODUCTION_ANNUAL", "RESPONSIBILITY",
            "COMMON_REVIEW_AREAS", "COMMON_REVIEW_AREAS_LIST", "COMMON_REVIEW_AREAS_NONE", "SELF_ASSESSMENT",
            "SELF_ASSESSMENT_CHAPTER", "IMPROVEMENT_APPENDIX");

    private final PlanQuery plans;
    private final RiskQuery risks;
    private final SelfAssessmentQuery selfAssessments;
    private final CommonReviewAreas commonReviewAreas;
    private final OrgQuery org;
    private final ReportTexts texts;
    private final SelfAssessmentTexts chapterTexts;
    private final Clock clock;

    PlanReportSource(PlanQuery plans, RiskQuery risks, SelfAssessmentQuery selfAssessments,
            CommonReviewAreas commonReviewAreas, OrgQuery org, ReportTexts texts, SelfAssessmentTexts chapterTexts,
            Clock clock) {
        this.chapterTexts = chapterTexts;
        this.plans = plans;
        this.risks = risks;
        this.selfAssessments = selfAssessments;
        this.commonReviewAreas = commonReviewAreas;
        this.org = org;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * The data of the plan's report, dated {@code date} (today by the application's clock when null, so a past
     * year's report can be made again with its own date); 403 if the person may not read the plan.
     */
    @Transactional(readOnly = true)
    PlanReportData collect(long planId, ReportKind kind, String diaryNumber, LocalDate date) {
        PlanQuery.PlanView plan = plans.plan(planId);
        List<PlanQuery.ItemView> items = plans.items(planId).stream().filter(kind::includes).toList();
        Map<String, String> used = new LinkedHashMap<>();
        for (String code : kind.annual() ? ANNUAL_TEXTS : TERTIAL_TEXTS) {
            used.put(code, texts.body(code));
        }
        ReportTexts.Settings settings = texts.settings();
        SelfAssessmentTexts.Texts chapter = kind.annual() ? chapterTexts.of(plan.committeeId(), plan.year())
                : SelfAssessmentTexts.Texts.NONE;
        String diary = diaryNumber != null && !diaryNumber.isBlank() ? diaryNumber.strip() : plan.diaryNumber();
        return new PlanReportData(kind, plan, administration(plan.committeeId()),
                date == null ? LocalDate.now(clock) : date, diary, items,
                kind.annual() ? areaTitles(plan.year()) : List.of(),
                kind.annual() ? selfAssessments.assessment(plan.committeeId(), plan.year()).orElse(null) : null,
                chapter.compareLastYear()
                        ? selfAssessments.assessment(plan.committeeId(), plan.year() - 1).orElse(null) : null,
                chapter.narratives(),
                kind.annual() ? carried(plan.committeeId(), plan.year()) : List.of(),
                kind.annual() ? heatMap(items, plan.year()) : null, used, settings.regulationReference(),
                settings.guidelineReference(), nextFollowUp(kind, plan.year()));
    }

    /** The deadline of the period after the report's: T1 → T2, T2 → the annual follow-up, annual → next year's T1. */
    private LocalDate nextFollowUp(ReportKind kind, int year) {
        return switch (kind) {
            case T1 -> plans.followUpDue(Period.T2, year);
            case T2 -> plans.followUpDue(Period.ANNUAL, year);
            case ANNUAL -> plans.followUpDue(Period.T1, year + 1);
        };
    }

    private String administration(long committeeId) {
        return org.subtree(committeeId).stream().sorted().map(org::unit).flatMap(Optional::stream)
                .filter(u -> u.type() == OrgUnitType.ADMINISTRATION).map(OrgQuery.UnitView::name).findFirst()
                .orElse(null);
    }

    private List<String> areaTitles(int year) {
        try {
            return commonReviewAreas.decisionOfYear(year).map(CommonReviewDecision::areas).orElse(List.of()).stream()
                    .map(CommonReviewDecision.Area::title).toList();
        } catch (ForbiddenException e) {
            return List.of();
        }
    }

    private List<PlanReportData.CarriedAction> carried(long committeeId, int year) {
        List<PlanReportData.CarriedAction> carried = new ArrayList<>();
        for (PlanQuery.ImprovementView action : plans.carriedIntoFollowUp(committeeId, year)) {
            String risk;
            String sentence;
            try {
                PlanQuery.ItemView item = plans.item(action.itemId());
                risk = item.riskTitle();
                sentence = item.riskSentence();
            } catch (ForbiddenException | NotFoundException e) {
                risk = null;
                sentence = null;
            }
            carried.add(new PlanReportData.CarriedAction(risk, sentence, action));
        }
        return carried;
    }

    /**
     * The plan's risks in the matrix version most of them were assessed with, each as assessed in the plan's year
     * ({@link RiskQuery#assessmentsOfYear}, so a past year's report shows that year's risk analysis); risks the
     * reader may not see are left out.
     */
    private PlanReportData.Grid heatMap(List<PlanQuery.ItemView> items, int year) {
        List<RiskQuery.Assessment> assessments = List.copyOf(risks.assessmentsOfYear(items.stream()
                .map(PlanQuery.ItemView::riskId).filter(Objects::nonNull).distinct().toList(), year).values());
        if (assessments.isEmpty()) {
            return null;
        }
        long versionId = assessments.stream().collect(Collectors.groupingBy(RiskQuery.Assessment::matrixVersionId,
                Collectors.counting())).entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        RiskMatrix matrix = risks.matrixVersion(versionId);
        HeatMap map = HeatMap.of(matrix, assessments);
        return new PlanReportData.Grid(matrix.name(),
                map.rows().stream().map(r -> r.likelihood().level() + " " + r.likelihood().label()).toList(),
                matrix.consequence().stream().map(c -> c.level() + " " + c.label()).toList(),
                map.rows().stream().map(r -> r.cells().stream().map(c -> new PlanReportData.GridCell(c.count(),
                        c.band().colour(), c.textColour())).toList()).toList(), map.total());
    }
}
