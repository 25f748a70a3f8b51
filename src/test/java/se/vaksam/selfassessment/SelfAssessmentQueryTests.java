package se.vaksam.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static se.vaksam.selfassessment.SelfAssessmentTestSupport.unitId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.vaksam.VaksamTest;

/** What the report reads for its "Självskattning" chapter: per area a table Kriterium | Bedömning. */
@VaksamTest
class SelfAssessmentQueryTests {

    @Autowired
    SelfAssessmentQuery query;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSubmittedSelfAssessmentReadsAsAreasOfCriteriaWithTheirRatings() {
        SelfAssessmentQuery.Assessment assessment = query.assessment(unitId(jdbc, "ASN"), 2025).orElseThrow();

        assertThat(assessment.status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(assessment.committeeName()).isEqualTo("Arbetsmarknads- och socialnämnden");
        assertThat(assessment.areas()).extracting(SelfAssessmentQuery.Area::name).containsExactly("Kontrollmiljö",
                "Riskanalys", "Kontrollaktiviteter", "Kommunikation/information", "Uppföljning/utvärdering");
        SelfAssessmentQuery.Row first = assessment.areas().get(0).rows().get(0);
        assertThat(first.criterion()).isEqualTo("Ansvar och befogenheter tydliggjorda");
        assertThat(first.rating()).isEqualTo("Tillfredsställande");
        assertThat(assessment.areas().get(2).rows().get(3).rating()).isEqualTo("Delvis tillfredsställande");
        assertThat(assessment.rows()).hasSize(19);
    }

    @Test
    void theRatingScaleIsDataBestFirst() {
        assertThat(query.ratings()).extracting(Rating::label)
                .containsExactly("Tillfredsställande", "Delvis tillfredsställande", "Ej tillfredsställande");
    }

    @Test
    void aYearWithoutSelfAssessmentIsEmpty() {
        assertThat(query.assessment(unitId(jdbc, "ASN"), 2019)).isEmpty();
    }
}
