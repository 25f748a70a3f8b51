package se.vaksam.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.org.DemoOrganisationLoaded;
import se.vaksam.org.OrgQuery;
import se.vaksam.shared.DemoMode;

/**
 * Demo mode only: a handful of risks in the words of the förvaltning's own documents, assessed in
 * the two years before the clock's (2024 and 2025 on the test clock), and last year's risk analysis prepared
 * for the committee (ASN).
 */
@Component
class DemoRisks {

    private final RiskStore store;
    private final OrgQuery org;
    private final Environment env;
    private final Clock clock;

    DemoRisks(RiskStore store, OrgQuery org, Environment env, Clock clock) {
        this.clock = clock;
        this.store = store;
        this.org = org;
        this.env = env;
    }

    private record Demo(String title, String event, String cause, String consequence, String category, String unit,
            String owner, Origin origin, int earlierLikelihood, int earlierConsequence, int lastLikelihood, int lastConsequence,
            Decision decision) {
    }

    private static final List<Demo> RISKS = List.of(
            new Demo("Inköpsrutinen följs inte", "förvaltningens inköpsrutin inte följs", "bristande implementering",
                    "ökade kostnader", "EKONOMI", "ASF-STAB", "planering", Origin.MANAGEMENT, 3, 2, 2, 2, Decision.DIRECT_ACTION),
            new Demo("Felaktig attestering av ekonomiskt bistånd",
                    "attesteringen vid utbetalning av ekonomiskt bistånd inte sker korrekt",
                    "avsaknad av kontroll vid överföring", "felaktiga utbetalningar", "EKONOMI", "AMA-EB", "ama.avd.eb",
                    Origin.DEPARTMENT, 3, 3, 3, 4, Decision.REVIEW),
            new Demo("Personuppgifter röjs", "personuppgifter och sekretesshandlingar röjs",
                    "att personuppgiftsbehandling och informationssäkerhetsriktlinje inte följs",
                    "skada för individer, bristande förtroende för nämnden och sanktionsavgifter", "IT", "ASF",
                    "jurist", Origin.WORKING_COMMITTEE, 2, 4, 3, 4, Decision.DIRECT_ACTION),
            new Demo("Utredningstider i barnavårdsutredningar",
                    "utredningar enligt 11 kap 1 § SoL inte sker inom lagstadgad tid om fyra månader",
                    "bristande handläggning",
                    "att brukaren får vänta på insatser och att förvaltningen inte följer lagstiftningen", "JURIDIK",
                    "IFO-BU-MOT-1", "ifo.sek.mot1", Origin.DEPARTMENT, 3, 3, 2, 3, Decision.REVIEW),
            new Demo("Bristande samordning i gemensamma ärenden",
                    "barn, vuxna och familjer inte får rätt stöd",
                    "bristande samarbete och samordning när flera av förvaltningens verksamheter är involverade",
                    "att brukare far illa och inte får de insatser som de är i behov av", "VERKSAMHET",
                    "IFO-BU-MOT-2", "ifo.sek.mot2", Origin.DEVIATIONS, 2, 3, 2, 3, Decision.ACCEPTED),
            new Demo("Lönetillägg hanteras olika", "lönesättande chefer har svårt att hantera lönetillägg",
                    "att rutin saknas", "att lönetillägg hanteras olika", "PERSONAL", "ASF-STAB", "hr",
                    Origin.MANAGEMENT, 2, 2, 1, 2, Decision.OTHER_PROCESS));

    /** Before the modules whose demo data builds on the risks (the plan's demo plan). */
    @EventListener
    @Order(100)
    @Transactional
    void on(DemoOrganisationLoaded loaded) {
        if (!DemoMode.isEnabled(env)) {
            return;
        }
        RiskMatrix matrix = store.matrixVersion(store.currentVersionId(store.defaultMatrixId()));
        long asf = org.unitByCode("ASF").orElseThrow().id();
        // Relative to the clock's year: last year's risk analysis (for this year's plan) and the one before.
        int last = LocalDate.now(clock).getYear() - 1;
        long analysis = store.insertAnalysis(asf, last, LocalDate.of(last, 9, 16),
                "Förvaltningsledningen, avdelningscheferna, internkontrollsamordnaren", matrix.versionId());
        for (Demo d : RISKS) {
            long category = store.categories().stream().filter(c -> c.code().equals(d.category())).findFirst()
                    .orElseThrow().id();
            long unit = org.unitByCode(d.unit()).orElseThrow().id();
            long risk = store.insertRisk(new RiskDraft(d.title(), d.event(), d.cause(), d.consequence(), category, unit,
                    d.owner(), d.origin(), 12), org.person(d.owner()).map(OrgQuery.PersonView::id).orElse(null));
            store.insertAssessment(risk, null, matrix, d.earlierLikelihood(), d.earlierConsequence(),
                    "Bedömning vid riskanalysen " + (last - 1) + ".", null, LocalDate.of(last - 1, 9, 17), "ik.samordnare");
            if ("ifo.sek.mot1".equals(d.owner())) {
                continue;
            }
            store.insertItem(analysis, risk);
            long assessment = store.insertAssessment(risk, analysis, matrix, d.lastLikelihood(), d.lastConsequence(),
                    "Bedömning vid riskanalysen " + last + ".", "Ny bedömning vid årets riskanalys.",
                    LocalDate.of(last, 9, 16), "ik.samordnare");
            long item = store.items(analysis).stream().filter(i -> i.riskId() == risk).findFirst().orElseThrow().id();
            store.updateItem(item, assessment, d.decision(),
                    d.decision() == Decision.OTHER_PROCESS ? OtherProcess.BUDGET : null,
                    d.decision() == Decision.ACCEPTED ? "Risken hanteras redan genom samverkansrutinen." : null);
        }
    }
}
