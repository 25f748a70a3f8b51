package se.vaksam.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.vaksam.VaksamTest;
import se.vaksam.risk.Origin;
import se.vaksam.risk.RiskDraft;
import se.vaksam.risk.RiskManagement;
import se.vaksam.shared.Period;

/**
 * The 2023 T1 follow-up (reference/002) and the 2025 T2 follow-up (reference/003) entered field for field
 * through the service, and read back identically through {@link PlanQuery}.
 */
@VaksamTest
class ReferenceFixtureTests {

    @Autowired
    PlanManagement plans;

    @Autowired
    PlanQuery query;

    @Autowired
    RiskManagement riskManagement;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signIn() {
        PlanLifecycleTests.signInAs("ik.samordnare");
    }

    @AfterEach
    void signOut() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    long unit(String code) {
        return jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
    }

    long risk(String title, String event, String cause, String consequence, String category) {
        long categoryId = jdbc.sql("select id from risk_category where code = ?").param(category).query(Long.class)
                .single();
        return riskManagement.createRisk(new RiskDraft(title, event, cause, consequence, categoryId, unit("ASF"),
                null, Origin.MANAGEMENT, 12));
    }

    long adoptedPlan(int year, List<ItemDraft> items, long[] ids) {
        long plan = plans.createPlan(unit("ASN"), year);
        for (int i = 0; i < items.size(); i++) {
            ids[i] = plans.addItem(plan, items.get(i), null);
        }
        plans.adopt(plan, new Adoption(LocalDate.of(year - 1, 12, 15), "§ 303", "ASN-" + (year - 1) + "-1234",
                "Arbetsmarknads- och socialnämnden"), query.plan(plan).version());
        return plan;
    }

    static final String BOENDE_VAD = "Utveckla ett arbetssätt för systematisk uppföljning av brukarnas aktuella behov "
            + "avseende boende. Den löpande uppföljningen ska utgöra ett underlag i arbetet med att erbjuda "
            + "boendeformer och boendeplatser som motsvarar behoven.";

    static final String BOENDE_GJORT = """
            Arbetsmarknads- och socialförvaltningen håller på att utveckla ett systematiskt arbetssätt för att följa upp brukarnas behov av boende. Det har beslutats om en ny styrmodell för analys och utveckling av boendeformer och modellen implementeras under våren 2023. Information om behoven samlas löpande och en styrgrupp analyserar resultatet i syfte att utveckla och erbjuda boendeformer och boendeplatser som motsvarar behoven. Matchningen mellan behov och boende behöver utvecklas ytterligare genom att inte låsa besluten till ett specifikt boende, det vill säga att skilja på beslut om bistånd och om verkställighet.

            För att utveckla matchningen med att erbjuda boendeformer och boendeplatser som motsvarar behoven kommer förvaltningen att titta vidare på hur informationen från den årliga hemlöshetskartläggningen och de ej verkställda boendebesluten kan användas i arbetet. Det pågår även ett arbete med att utveckla bokningssystemet i syfte att förenkla boendebokningarna och minska det administrativa dubbelarbetet som sker idag. På sikt förväntas systemet kunna ge bättre information om bland annat köhistorik och beläggningshistorik.

            Resultatet av direktåtgärden kommer att slutrapporteras i samband med årsuppföljningen av internkontrollplan 2023.""";

    static final String LOGG_VAD = "Översyn och vid behov revidering av arbetsmarknads- och socialförvaltningens "
            + "rutin för systematisk logguppföljning.";

    static final String LOGG_GJORT = """
            Arbetsmarknads- och socialförvaltningen hanterar i sina verksamheter uppgifter om enskildas personliga förhållanden och hälsotillstånd. Lagstiftningen reglerar hur de känsliga uppgifterna ska hanteras för att skydda individernas integritet och förvaltningen har en rutin för systematisk logguppföljning i syfte att säkerställa en korrekt hantering. Rutinen beskriver hur månadsvisa stickprovskontroller ska utföras och att kontroller ska genomföras i de system som verksamheten använder i vilka sekretesskyddad information behandlas. Loggkontrollerna ska dokumenteras i enlighet med rutinen och sedan diarieföras.

            Förvaltningen har genomfört en översyn av logguppföljningsrutinen och resultatet visar att det finns ett behov av revidering. Revideringsarbetet har påbörjats och det är i huvudsak tre områden som behöver utvecklas:

            - Nuvarande loggning genom månadsvisa stickprovskontroller av användare samt kontroll vid misstanke eller särskild händelse föreslås att kompletteras med regelbunden loggning av särskilt känsliga målgrupper.
            - Rutinen behöver kompletteras med en beskrivning av arbetssätt och åtgärder vid misstänkt eller bekräftat olovligt dataintrång.
            - Den administrativa hanteringen av kontrollerna behöver ses över i syfte att undersöka om något kan förenklas.

            Resultatet av direktåtgärden kommer att slutrapporteras senast i samband med årsuppföljningen av internkontrollplan 2023.""";

    @Test
    void theFirstTertialOf2023ReadsBackFieldForField() {
        long boende = risk("Befintliga boendeformer möter inte Malmöbornas behov",
                "Malmöbor inte erbjuds rätt boendeinsats",
                "svårigheten att ställa om befintliga boendeplatser och antal platser utifrån Malmöbornas behov",
                "både ekonomiska konsekvenser och att Malmöbor far illa", "VERKSAMHET");
        long intrang = risk("Dataintrång", "obehöriga anställda tar del av känsliga uppgifter",
                "medveten eller omedveten handling",
                "att sekretessen bryts och att känsliga uppgifter kan spridas vidare", "IT");
        long[] ids = new long[2];
        adoptedPlan(2023, List.of(
                ItemDraft.directAction(boende, "Säkerställa att boendeformer och boendeplatser motsvarar behoven",
                        unit("BTS-BO"), null, Period.T1, BOENDE_VAD),
                ItemDraft.directAction(intrang, "Översyn av loggningsrutinen", unit("ASF-STAB"), null, Period.T1,
                        LOGG_VAD)), ids);
        ActionReport finalAtAnnual = new ActionReport(BOENDE_GJORT, ActionStatus.FINAL_REPORT_AT, null, 2023,
                Period.ANNUAL);
        plans.reportAction(ids[0], finalAtAnnual, query.item(ids[0]).version());
        plans.reportAction(ids[1], new ActionReport(LOGG_GJORT, ActionStatus.FINAL_REPORT_AT, null, 2023,
                Period.ANNUAL), query.item(ids[1]).version());

        PlanQuery.ItemView first = query.item(ids[0]);
        assertThat(first.riskTitle()).isEqualTo("Befintliga boendeformer möter inte Malmöbornas behov");
        assertThat(first.riskSentence()).isEqualTo("Risk för att Malmöbor inte erbjuds rätt boendeinsats på grund av "
                + "svårigheten att ställa om befintliga boendeplatser och antal platser utifrån Malmöbornas behov, "
                + "vilket kan leda till både ekonomiska konsekvenser och att Malmöbor far illa.");
        assertThat(first.title()).isEqualTo("Säkerställa att boendeformer och boendeplatser motsvarar behoven");
        assertThat(first.whatToDo()).isEqualTo(BOENDE_VAD);
        assertThat(first.actionsTaken()).isEqualTo(BOENDE_GJORT);
        assertThat(first.actionStatus()).isEqualTo(ActionStatus.FINAL_REPORT_AT);
        assertThat(first.finalReportYear()).isEqualTo(2023);
        assertThat(first.finalReportPeriod()).isEqualTo(Period.ANNUAL);
        PlanQuery.ItemView second = query.item(ids[1]);
        assertThat(second.riskSentence()).isEqualTo("Risk för att obehöriga anställda tar del av känsliga uppgifter "
                + "på grund av medveten eller omedveten handling, vilket kan leda till att sekretessen bryts och att "
                + "känsliga uppgifter kan spridas vidare.");
        assertThat(second.whatToDo()).isEqualTo(LOGG_VAD);
        assertThat(second.actionsTaken()).isEqualTo(LOGG_GJORT);
    }

    static final String UTV_VAD = "En utvärdering av om genomförda förändringar i rutin för systematisk "
            + "logguppföljning har gett önskat effekt.";

    static final String UTV_GJORT = """
            Arbetsmarknads- och socialförvaltningen hanterar uppgifter om enskildas personliga förhållanden och hälsotillstånd. Lagstiftning reglerar hur de känsliga uppgifterna ska hanteras för att skydda individernas integritet.

            Förvaltningens rutin avseende systematisk logguppföljning reviderades under 2023. En utvärdering av om förändringarna har gett önskad effekt har gjorts genom:

            - En uppföljning av hur många loggkontroller som årligen har diarieförts mellan 2020 och 2024.
            - En enkätundersökning riktad till ett urval enhets- och sektionschefer inom förvaltningen. Enkäten skickades till 98 chefer varav 54 chefer valde att svara, vilket ger en svarsfrekvens på 55 procent.
            - Gruppintervju med fyra sektionschefer från förvaltningens verksamhetsavdelningar.

            Diarieförda loggkontroller

            Loggkontroller som genomförs ska diarieföras i Platina. Sammantaget har antalet genomförda kontroller ökat för varje år sedan 2020. Ökningen indikerar att kännedomen om ansvaret att genomföra regelbundna kontroller och att dessa ska diarieföras har ökat bland förvaltningens chefer.

            Planering inför hösten 2025

            Utvärderingen visar att revideringen av rutin för systematisk logguppföljning som gjordes 2023 i stort har haft den effekt som eftersträvades.""";

    static final ResultTable LOG_TABLE = new ResultTable("Diarieförda loggkontroller",
            List.of(new ResultTable.Column("År", true), new ResultTable.Column("Antal diarieförda kontroller", true)),
            List.of(row(2020, 370), row(2021, 453), row(2022, 802), row(2023, 996), row(2024, 1117)));

    static List<ResultTable.Cell> row(long year, long number) {
        return List.of(ResultTable.Cell.number(year), ResultTable.Cell.number(number));
    }

    static final String REG_OMRADEN = "Lag (2007:171) om registerkontroll av personal vid vissa boenden som tar "
            + "emot barn, lag (2013:852) om registerkontroll av personer som ska arbeta med barn samt Malmö stads "
            + "rekryteringsprocess.";
    static final String REG_SYFTE = "Granskningen syftar till att säkerställa följsamheten till Malmö stads "
            + "rekryteringsprocess samt tillämpliga lagar avseende registerkontroll vid anställning.";
    static final String REG_OMFATTNING = "Granskningen är avgränsad till anställningar som påbörjats under perioden "
            + "januari till april 2025.";
    static final String REG_METOD = "Stickprovskontroller i personalsystemet och granskning om utdrag ur "
            + "belastningsregistret har begärts vid rekryteringar under granskningsperioden.";
    static final String REG_RESULTAT = """
            I samband med rekrytering av medarbetare som arbetar med barn ska berörda verksamheter inom arbetsmarknads- och socialförvaltningen begära att ett registerutdrag från belastningsregistret uppvisas. Utdraget ska uppvisas innan anställningen ingås.

            Stickprovskontroll av rekryteringar

            Under perioden januari till april 2025 erbjöds totalt 53 personer anställning inom förvaltningens verksamheter som omfattas av lagstiftningens krav på registerutdrag ur belastningsregistret. Granskningen visar att inför erbjudande om anställning har registerutdrag kontrollerats på 39 personer av totalt 53.

            14 chefer återkom ej med information huruvida kontroll gjorts eller ej. Det har därför inte varit möjligt att dra någon slutsats.""";
    static final String REG_ORSAK = "Bland de som inte har dokumenterat kontrollen i HR-systemet uppges anledningar "
            + "som att de inte haft kunskap om att uppvisandet skulle dokumenteras, att de inte hunnit eller att de "
            + "har glömt.";
    static final String REG_ANALYS = """
            Resultatet jämfört med granskningen 2022

            En granskning av utdrag ur belastningsregistret genomfördes även 2022 genom den interna kontrollen. Granskningen genomfördes enligt samma metod som 2025.""";
    static final String REG_SLUTSATS = "Bland de chefer vars rekryteringar har granskats finns kunskap om att utdrag "
            + "ur belastningsregistret ska tas i samband med erbjudande om anställning. Däremot finns brister i "
            + "följsamheten till förvaltningens rutin.";
    static final String REG_ATGARDER = """
            Förvaltningen har sedan 2023 en rutin för kontroll av utdrag ur belastningsregistret vid rekrytering (ASN-2023-19569). Rutinen är publicerad på förvaltningens sida för chefer på Komin. Där finns också en länk till gällande stadsövergripande information. Rutinen har integrerats som en del i introduktionen för nya chefer.

            För att öka följsamheten kommer förvaltningen under hösten 2025 att förtydliga lagstiftningens krav och rutinens innehåll i en riktad informationsinsats till samtliga chefer i berörda verksamheter.""";

    @Test
    void theSecondTertialOf2025WithTheLogControlTableReadsBackFieldForField() {
        long intrang = risk("Internt dataintrång", "obehöriga anställda tar del av känsliga uppgifter",
                "medveten eller omedveten handling",
                "att sekretessen bryts och att känsliga uppgifter kan spridas vidare", "IT");
        long register = risk("Registerkontroll",
                "utdrag ur belastningsregistret inte begärs i samband med rekryteringen",
                "bristande följsamhet till rutin",
                "att förvaltningen anställer medarbetare som inte uppvisat utdrag ur belastningsregistret",
                "PERSONAL");
        long[] ids = new long[2];
        long plan = adoptedPlan(2025, List.of(
                ItemDraft.directAction(intrang, "Utvärdering rutin för systematisk logguppföljning",
                        unit("ASF-STAB"), null, Period.T2, UTV_VAD),
                ItemDraft.review(register, "Utdrag ur belastningsregistret vid rekrytering", unit("ASF-STAB"), null,
                        Period.T2, ReviewKind.NAMNDENS, REG_OMRADEN, REG_SYFTE, REG_OMFATTNING, REG_METOD,
                        "ik.samordnare")), ids);
        plans.reportAction(ids[0], new ActionReport(UTV_GJORT, ActionStatus.DONE, null, null, null,
                List.of(LOG_TABLE)), query.item(ids[0]).version());
        plans.reportReview(ids[1], new ReviewReport(REG_RESULTAT, REG_ORSAK, REG_ANALYS, REG_SLUTSATS, REG_ATGARDER,
                List.of()), query.item(ids[1]).version());

        PlanQuery.ItemView action = query.item(ids[0]);
        assertThat(action.title()).isEqualTo("Utvärdering rutin för systematisk logguppföljning");
        assertThat(action.whatToDo()).isEqualTo(UTV_VAD);
        assertThat(action.actionsTaken()).isEqualTo(UTV_GJORT);
        assertThat(action.tables()).containsExactly(LOG_TABLE);
        ResultTable table = action.tables().get(0);
        assertThat(table.rows().get(4).get(1).number()).isEqualByComparingTo(new BigDecimal(1117));
        assertThat(table.rows().get(4).get(1).display()).isEqualTo("1117");

        PlanQuery.ItemView review = query.item(ids[1]);
        assertThat(review.kind()).isEqualTo(ItemKind.REVIEW);
        assertThat(review.reviewKind()).isEqualTo(ReviewKind.NAMNDENS);
        assertThat(review.riskTitle()).isEqualTo("Registerkontroll");
        assertThat(review.areas()).isEqualTo(REG_OMRADEN);
        assertThat(review.purpose()).isEqualTo(REG_SYFTE);
        assertThat(review.scope()).isEqualTo(REG_OMFATTNING);
        assertThat(review.method()).isEqualTo(REG_METOD);
        assertThat(review.result()).isEqualTo(REG_RESULTAT);
        assertThat(review.cause()).isEqualTo(REG_ORSAK);
        assertThat(review.analysis()).isEqualTo(REG_ANALYS);
        assertThat(review.conclusion()).isEqualTo(REG_SLUTSATS);
        assertThat(review.ledToActions()).isEqualTo(REG_ATGARDER);
        assertThat(review.period()).isEqualTo(Period.T2);
        assertThat(query.items(plan)).extracting(PlanQuery.ItemView::kind)
                .containsExactly(ItemKind.DIRECT_ACTION, ItemKind.REVIEW);
    }
}
