package se.vaksam.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The default set is the kommungemensamma kriterier of the reference, area by area, word for word. */
class DefaultCriteriaTests {

    @Test
    void theDefaultSetHasTheFiveAreasInOrder() {
        assertThat(DefaultCriteria.AREAS).extracting(CriteriaSet.Area::name).containsExactly("Kontrollmiljö",
                "Riskanalys", "Kontrollaktiviteter", "Kommunikation/information", "Uppföljning/utvärdering");
    }

    @Test
    void eachAreaHasTheReferencesCriteriaWordForWord() {
        assertThat(texts(0)).containsExactly("Ansvar och befogenheter tydliggjorda",
                "Anvisningar antagna för intern kontroll",
                "Effektiv arbetsstruktur för arbetet med intern kontroll",
                "Ledningsgrupperna tar ansvar för fungerande kontrollmiljö");
        assertThat(texts(1)).containsExactly("Risker bedöms utifrån sannolikhet och konsekvens och dokumenteras",
                "Riskanalysen innehåller risker av varierande art",
                "Riskanalysen är underlag för åtgärder och granskningar",
                "Riskanalysen kommuniceras med nämnden/styrelsen");
        assertThat(texts(2)).containsExactly("Det finns en relevant och konsekvent genomförd granskningsmetodik",
                "Granskningar är dokumenterade och kända",
                "Granskningar och åtgärder är anpassade och utvärderade i förhållande till riskanalys",
                "Oberoende i förhållande till processen som granskas");
        assertThat(texts(3)).containsExactly("Ledningsgrupperna hanterar kontinuerligt intern kontroll-frågor",
                "Informationstillgången är tillräcklig",
                "Nya chefer får introduktion om intern kontroll");
        assertThat(texts(4)).containsExactly("Åtgärder vidtas vid konstaterade avvikelser",
                "Återkoppling görs till förvaltnings-/bolagsledningen",
                "Återkoppling görs till nämnden/styrelsen",
                "Återkoppling till berörda medarbetare");
    }

    @Test
    void everyCriterionHasItsOwnStableCode() {
        List<String> codes = DefaultCriteria.AREAS.stream().flatMap(a -> a.criteria().stream())
                .map(CriteriaSet.Criterion::code).toList();
        assertThat(codes).hasSize(19).doesNotHaveDuplicates().startsWith("KM-1").endsWith("UU-4");
    }

    @Test
    void anEditedCriterionGetsANewCodeWhileUnchangedOnesKeepTheirs() {
        CriteriaSet current = new CriteriaSet(1, 1, 2027, 0, DefaultCriteria.AREAS);
        List<CriteriaSet.Area> edited = List.of(new CriteriaSet.Area("Kontrollmiljö", List.of(
                new CriteriaSet.Criterion(null, "Ansvar och befogenheter tydliggjorda"),
                new CriteriaSet.Criterion(null, "Ett nytt kriterium"))));

        List<CriteriaSet.Area> coded = CriteriaRules.withCodes(current, edited);

        assertThat(coded.get(0).criteria()).extracting(CriteriaSet.Criterion::code)
                .first().isEqualTo("KM-1");
        assertThat(coded.get(0).criteria().get(1).code()).isNotIn(
                DefaultCriteria.AREAS.stream().flatMap(a -> a.criteria().stream()).map(CriteriaSet.Criterion::code).toList());
    }

    private static List<String> texts(int area) {
        return DefaultCriteria.AREAS.get(area).criteria().stream().map(CriteriaSet.Criterion::text).toList();
    }
}
