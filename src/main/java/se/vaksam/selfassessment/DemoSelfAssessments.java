package se.vaksam.selfassessment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.vaksam.org.DemoOrganisationLoaded;
import se.vaksam.org.OrgQuery;

/**
 * Demo data (only when the demo organisation is loaded): Arbetsmarknads- och socialnämnden's
 * self-assessment for 2025, submitted, and its 2026 draft, so last year shows beside this year.
 */
@Component
class DemoSelfAssessments {

    static final String COMMITTEE = "ASN";

    private final OrgQuery org;
    private final CriteriaStore criteria;
    private final SelfAssessmentRepository assessments;
    private final SelfAssessmentScope scope;

    DemoSelfAssessments(OrgQuery org, CriteriaStore criteria, SelfAssessmentRepository assessments,
            SelfAssessmentScope scope) {
        this.org = org;
        this.criteria = criteria;
        this.assessments = assessments;
        this.scope = scope;
    }

    @EventListener
    void on(DemoOrganisationLoaded loaded) {
        org.unitByCode(COMMITTEE).ifPresent(committee -> {
            long kommun = scope.municipalityOf(committee.id());
            Map<String, Rating> scale = criteria.ratings().stream()
                    .collect(Collectors.toMap(Rating::code, Function.identity()));
            SelfAssessment last = SelfAssessment.start(committee.id(), criteria.ensure(kommun, 2025), "ik.samordnare");
            last.edit(SUMMARY_2025, answers(last, "SATISFACTORY", Map.of("KA-4", "PARTLY_SATISFACTORY",
                    "KI-3", "PARTLY_SATISFACTORY")), scale, 0);
            last.submit("ik.samordnare", LocalDate.of(2026, 2, 10).atStartOfDay(ZoneId.of("Europe/Stockholm"))
                    .toInstant(), 0);
            assessments.save(withoutVersion(last));
            SelfAssessment draft = SelfAssessment.start(committee.id(), criteria.ensure(kommun, 2026), "ik.samordnare");
            draft.edit(null, Map.of("KM-1", new SelfAssessment.AnswerInput("SATISFACTORY",
                    "Ansvar och befogenheter framgår av nämndens riktlinje och förvaltningens rutin.")), scale, 0);
            assessments.save(withoutVersion(draft));
        });
    }

    private static final String SUMMARY_2025 = "Arbetsmarknads- och socialnämnden har skapat förutsättningar för "
            + "att bedriva ett systematiskt arbete med intern kontroll. Under året har det årliga planerings- och "
            + "uppföljningsarbetet utvecklats ytterligare.";

    private static Map<String, SelfAssessment.AnswerInput> answers(SelfAssessment a, String usual,
            Map<String, String> exceptions) {
        return a.answers().stream().collect(Collectors.toMap(Answer::criterionCode, answer -> {
            String rating = exceptions.getOrDefault(answer.criterionCode(), usual);
            String motivation = rating.equals(usual) ? "Arbetet fungerar väl och följs upp årligen."
                    : "Arbetet har påbörjats men är ännu inte genomfört i alla delar av förvaltningen.";
            return new SelfAssessment.AnswerInput(rating, motivation);
        }));
    }

    private static SelfAssessment withoutVersion(SelfAssessment a) {
        return new SelfAssessment(null, a.committeeId(), a.year(), a.status(), a.summary(), a.submittedBy(),
                a.submittedAt(), a.createdBy(), a.answers(), null);
    }
}
