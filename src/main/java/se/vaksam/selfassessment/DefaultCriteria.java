package se.vaksam.selfassessment;

import java.util.List;

/**
 * The kommungemensamma kriterier as Malmö stad's annual follow-up of internal control states them
 * (reference: "Självskattning utifrån kommungemensamma kriterier för utvärdering av intern
 * kontroll"). A kommun's first year starts from this set; later years copy the previous year's.
 */
final class DefaultCriteria {

    private DefaultCriteria() {
    }

    static final List<CriteriaSet.Area> AREAS = List.of(
            area("Kontrollmiljö", "KM",
                    "Ansvar och befogenheter tydliggjorda",
                    "Anvisningar antagna för intern kontroll",
                    "Effektiv arbetsstruktur för arbetet med intern kontroll",
                    "Ledningsgrupperna tar ansvar för fungerande kontrollmiljö"),
            area("Riskanalys", "RA",
                    "Risker bedöms utifrån sannolikhet och konsekvens och dokumenteras",
                    "Riskanalysen innehåller risker av varierande art",
                    "Riskanalysen är underlag för åtgärder och granskningar",
                    "Riskanalysen kommuniceras med nämnden/styrelsen"),
            area("Kontrollaktiviteter", "KA",
                    "Det finns en relevant och konsekvent genomförd granskningsmetodik",
                    "Granskningar är dokumenterade och kända",
                    "Granskningar och åtgärder är anpassade och utvärderade i förhållande till riskanalys",
                    "Oberoende i förhållande till processen som granskas"),
            area("Kommunikation/information", "KI",
                    "Ledningsgrupperna hanterar kontinuerligt intern kontroll-frågor",
                    "Informationstillgången är tillräcklig",
                    "Nya chefer får introduktion om intern kontroll"),
            area("Uppföljning/utvärdering", "UU",
                    "Åtgärder vidtas vid konstaterade avvikelser",
                    "Återkoppling görs till förvaltnings-/bolagsledningen",
                    "Återkoppling görs till nämnden/styrelsen",
                    "Återkoppling till berörda medarbetare"));

    private static CriteriaSet.Area area(String name, String prefix, String... criteria) {
        List<CriteriaSet.Criterion> list = new java.util.ArrayList<>();
        for (int i = 0; i < criteria.length; i++) {
            list.add(new CriteriaSet.Criterion(prefix + "-" + (i + 1), criteria[i]));
        }
        return new CriteriaSet.Area(name, List.copyOf(list));
    }
}
