package se.vaksam.report;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import se.vaksam.org.OrgManagement;
import se.vaksam.org.OrgUnitType;
import se.vaksam.plan.ActionReport;
import se.vaksam.plan.ActionStatus;
import se.vaksam.plan.Adoption;
import se.vaksam.plan.ItemDraft;
import se.vaksam.plan.PlanManagement;
import se.vaksam.plan.PlanQuery;
import se.vaksam.plan.ResultTable;
import se.vaksam.plan.ReviewKind;
import se.vaksam.plan.ReviewReport;
import se.vaksam.risk.Origin;
import se.vaksam.risk.RiskDraft;
import se.vaksam.risk.RiskManagement;
import se.vaksam.risk.RiskQuery;
import se.vaksam.shared.Period;

/**
 * The content of reference/002 (2023 tertial 1) and reference/003 (2025 tertial 2) entered through the public
 * APIs of org, risk and plan, each time for a fresh committee (so tests sharing the demo database never collide
 * with the demo's or each other's plans). One builder class, so that it can later be switched to the shared
 * reference fixture.
 */
final class ReportFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    static final String COMMITTEE = "Arbetsmarknads- och socialnämnden";
    static final String ADMINISTRATION = "Arbetsmarknads- och socialförvaltningen";

    private final OrgManagement org;
    private final RiskManagement riskManagement;
    private final RiskQuery riskQuery;
    private final PlanManagement plans;
    private final PlanQuery planQuery;
    private final JdbcClient jdbc;

    long committeeId;
    long administrationId;
    long staffId;
    long housingId;

    ReportFixture(OrgManagement org, RiskManagement riskManagement, RiskQuery riskQuery, PlanManagement plans,
            PlanQuery planQuery, JdbcClient jdbc) {
        this.org = org;
        this.riskManagement = riskManagement;
        this.riskQuery = riskQuery;
        this.plans = plans;
        this.planQuery = planQuery;
        this.jdbc = jdbc;
    }

    static void signInAs(String username) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
    }

    /** A fresh committee "Arbetsmarknads- och socialnämnden" with its förvaltning, a stab and a housing unit. */
    ReportFixture committee() {
        signInAs("admin");
        String prefix = "RPT" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
        long root = jdbc.sql("select id from org_unit where code = 'MALMO'").query(Long.class).single();
        committeeId = org.createUnit(new OrgManagement.UnitDraft(prefix + "-ASN", COMMITTEE, OrgUnitType.COMMITTEE,
                root), "test");
        administrationId = org.createUnit(new OrgManagement.UnitDraft(prefix + "-ASF", ADMINISTRATION,
                OrgUnitType.ADMINISTRATION, committeeId), "test");
        staffId = org.createUnit(new OrgManagement.UnitDraft(prefix + "-STAB", "Avdelningen för stöd och styrning",
                OrgUnitType.DEPARTMENT, administrationId), "test");
        housingId = org.createUnit(new OrgManagement.UnitDraft(prefix + "-BO", "Avdelningen för boende",
                OrgUnitType.DEPARTMENT, administrationId), "test");
        return this;
    }

    long risk(String title, String event, String cause, String consequence, String category, int likelihood,
            int consequenceLevel) {
        long categoryId = jdbc.sql("select id from risk_category where code = ?").param(category).query(Long.class)
                .single();
        long risk = riskManagement.createRisk(new RiskDraft(title, event, cause, consequence, categoryId,
                administrationId, null, Origin.MANAGEMENT, 12));
        riskManagement.assess(risk, riskQuery.defaultMatrix().matrixId(), likelihood, consequenceLevel,
                "Bedömd i riskanalysen", null);
        return risk;
    }

    long adoptedPlan(int year, List<ItemDraft> items, long[] ids) {
        long plan = plans.createPlan(committeeId, year);
        for (int i = 0; i < items.size(); i++) {
            ids[i] = plans.addItem(plan, items.get(i), null);
        }
        plans.adopt(plan, new Adoption(LocalDate.of(year - 1, 12, 15), "§ 303", "ASN-" + (year - 1) + "-1234",
                COMMITTEE), planQuery.plan(plan).version());
        return plan;
    }

    // ---- reference/002: 2023, tertial 1 ----

    static final String BOENDE_RISK = "Befintliga boendeformer möter inte Malmöbornas behov";
    static final String BOENDE_SENTENCE = "Risk för att Malmöbor inte erbjuds rätt boendeinsats på grund av "
            + "svårigheten att ställa om befintliga boendeplatser och antal platser utifrån Malmöbornas behov, vilket "
            + "kan leda till både ekonomiska konsekvenser och att Malmöbor far illa.";
    static final String BOENDE_TITLE = "Säkerställa att boendeformer och boendeplatser motsvarar behoven";
    static final String BOENDE_VAD = "Utveckla ett arbetssätt för systematisk uppföljning av brukarnas aktuella "
            + "behov avseende boende. Den löpande uppföljningen ska utgöra ett underlag i arbetet med att erbjuda "
            + "boendeformer och boendeplatser som motsvarar behoven.";
    static final String BOENDE_GJORT = """
            Arbetsmarknads- och socialförvaltningen håller på att utveckla ett systematiskt arbetssätt för att följa upp brukarnas behov av boende. Det har beslutats om en ny styrmodell för analys och utveckling av boendeformer och modellen implementeras under våren 2023. Information om behoven samlas löpande och en styrgrupp analyserar resultatet i syfte att utveckla och erbjuda boendeformer och boendeplatser som motsvarar behoven.

            För att utveckla matchningen med att erbjuda boendeformer och boendeplatser som motsvarar behoven kommer förvaltningen att titta vidare på hur informationen från den årliga hemlöshetskartläggningen och de ej verkställda boendebesluten kan användas i arbetet.

            Resultatet av direktåtgärden kommer att slutrapporteras i samband med årsuppföljningen av internkontrollplan 2023.""";

    static final String DATA_RISK = "Dataintrång";
    static final String DATA_SENTENCE = "Risk för att obehöriga anställda tar del av känsliga uppgifter på grund av "
            + "medveten eller omedveten handling, vilket kan leda till att sekretessen bryts och att känsliga "
            + "uppgifter kan spridas vidare.";
    static final String LOGG_TITLE = "Översyn av loggningsrutinen";
    static final String LOGG_VAD = "Översyn och vid behov revidering av arbetsmarknads- och socialförvaltningens "
            + "rutin för systematisk logguppföljning.";
    static final String LOGG_GJORT = """
            Förvaltningen har genomfört en översyn av logguppföljningsrutinen och resultatet visar att det finns ett behov av revidering. Revideringsarbetet har påbörjats och det är i huvudsak tre områden som behöver utvecklas:

            - Nuvarande loggning genom månadsvisa stickprovskontroller av användare samt kontroll vid misstanke eller särskild händelse föreslås att kompletteras med regelbunden loggning av särskilt känsliga målgrupper.
            - Rutinen behöver kompletteras med en beskrivning av arbetssätt och åtgärder vid misstänkt eller bekräftat olovligt dataintrång.
            - Den administrativa hanteringen av kontrollerna behöver ses över i syfte att undersöka om något kan förenklas.

            Resultatet av direktåtgärden kommer att slutrapporteras senast i samband med årsuppföljningen av internkontrollplan 2023.""";

    /** The plan of 2023 with the two direct actions of tertial 1, reported; returns the plan's id. */
    long plan2023() {
        long boende = risk(BOENDE_RISK, "Malmöbor inte erbjuds rätt boendeinsats",
                "svårigheten att ställa om befintliga boendeplatser och antal platser utifrån Malmöbornas behov",
                "både ekonomiska konsekvenser och att Malmöbor far illa", "VERKSAMHET", 3, 3);
        long intrang = risk(DATA_RISK, "obehöriga anställda tar del av känsliga uppgifter",
                "medveten eller omedveten handling",
                "att sekretessen bryts och att känsliga uppgifter kan spridas vidare", "IT", 2, 4);
        long[] ids = new long[2];
        long plan = adoptedPlan(2023, List.of(
                ItemDraft.directAction(boende, BOENDE_TITLE, housingId, null, Period.T1, BOENDE_VAD),
                ItemDraft.directAction(intrang, LOGG_TITLE, staffId, null, Period.T1, LOGG_VAD)), ids);
        plans.reportAction(ids[0], new ActionReport(BOENDE_GJORT, ActionStatus.FINAL_REPORT_AT, null, 2023,
                Period.ANNUAL), planQuery.item(ids[0]).version());
        plans.reportAction(ids[1], new ActionReport(LOGG_GJORT, ActionStatus.FINAL_REPORT_AT, null, 2023,
                Period.ANNUAL), planQuery.item(ids[1]).version());
        return plan;
    }

    // ---- reference/003: 2025, tertial 2 ----

    static final String VISSEL_RISK = "Bristande hantering av visselblåsarärenden";
    static final String VISSEL_TITLE = "Översyn av rutin för visselblåsarärenden";
    static final String VISSEL_VAD = "En översyn och vid behov revidering av arbetsmarknads- och "
            + "socialförvaltningens rutin för visselblåsarärenden.";
    static final String VISSEL_GJORT = """
            Visselblåsarlagen, lag (2021:890) om skydd för personer som rapporterar om missförhållanden, började gälla 2021. Malmö stad har sedan 2022 en visselblåsarfunktion som är gemensam för staden.

            Planering inför hösten 2025

            Revideringen av rutin för visselblåsarärenden har påbörjats, men inte avslutats som planerat. Slutlig uppföljning sker i januari 2026 i samband med årsrapporteringen av internkontrollplan 2025.""";

    static final String INTERN_RISK = "Internt dataintrång";
    static final String UTV_TITLE = "Utvärdering rutin för systematisk logguppföljning";
    static final String UTV_VAD = "En utvärdering av om genomförda förändringar i rutin för systematisk "
            + "logguppföljning har gett önskat effekt.";
    static final String UTV_GJORT = """
            Förvaltningens rutin avseende systematisk logguppföljning reviderades under 2023. En utvärdering av om förändringarna har gett önskad effekt har gjorts genom:

            - En uppföljning av hur många loggkontroller som årligen har diarieförts mellan 2020 och 2024.
            - En enkätundersökning riktad till ett urval enhets- och sektionschefer inom förvaltningen.
            - Gruppintervju med fyra sektionschefer från förvaltningens verksamhetsavdelningar.

            Diarieförda loggkontroller

            Loggkontroller som genomförs ska diarieföras i Platina. Sammantaget har antalet genomförda kontroller ökat för varje år sedan 2020.""";
    static final ResultTable LOG_TABLE = new ResultTable("Diarieförda loggkontroller",
            List.of(new ResultTable.Column("År", true), new ResultTable.Column("Antal diarieförda kontroller", true)),
            List.of(row(2020, 370), row(2021, 453), row(2022, 802), row(2023, 996), row(2024, 1117)));

    static final String REG_RISK = "Registerkontroll";
    static final String REG_SENTENCE = "Risk för att utdrag ur belastningsregistret inte begärs i samband med "
            + "rekryteringen på grund av bristande följsamhet till rutin, vilket kan leda till att förvaltningen "
            + "anställer medarbetare som inte uppvisat utdrag ur belastningsregistret.";
    static final String REG_TITLE = "Utdrag ur belastningsregistret vid rekrytering";
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
            I samband med rekrytering av medarbetare som arbetar med barn ska berörda verksamheter inom arbetsmarknads- och socialförvaltningen begära att ett registerutdrag från belastningsregistret uppvisas.

            Stickprovskontroll av rekryteringar

            Under perioden januari till april 2025 erbjöds totalt 53 personer anställning inom förvaltningens verksamheter som omfattas av lagstiftningens krav på registerutdrag ur belastningsregistret.""";
    static final ResultTable SAMPLE_TABLE = new ResultTable("Stickprovskontroll av rekryteringar januari–april 2025",
            List.of(new ResultTable.Column("Uppgift", false), new ResultTable.Column("Antal", true)),
            List.of(List.of(ResultTable.Cell.text("Erbjudna anställning"), ResultTable.Cell.number(53)),
                    List.of(ResultTable.Cell.text("Registerutdrag kontrollerat"), ResultTable.Cell.number(39)),
                    List.of(ResultTable.Cell.text("Dokumenterat i HR-systemet"), ResultTable.Cell.number(19)),
                    List.of(ResultTable.Cell.text("Chefer som inte återkom"), ResultTable.Cell.number(14))));
    static final String REG_ORSAK = "Bland de som inte har dokumenterat kontrollen i HR-systemet uppges anledningar "
            + "som att de inte haft kunskap om att uppvisandet skulle dokumenteras, att de inte hunnit eller att de "
            + "har glömt.";
    static final String REG_ANALYS = "En granskning av utdrag ur belastningsregistret genomfördes även 2022 genom "
            + "den interna kontrollen. Granskningen genomfördes enligt samma metod som 2025.";
    static final String REG_SLUTSATS = "Bland de chefer vars rekryteringar har granskats finns kunskap om att utdrag "
            + "ur belastningsregistret ska tas i samband med erbjudande om anställning. Däremot finns brister i "
            + "följsamheten till förvaltningens rutin.";
    static final String REG_ATGARDER = "Förvaltningen har sedan 2023 en rutin för kontroll av utdrag ur "
            + "belastningsregistret vid rekrytering (ASN-2023-19569).";

    static List<ResultTable.Cell> row(long year, long number) {
        return List.of(ResultTable.Cell.number(year), ResultTable.Cell.number(number));
    }

    /** The plan of 2025 with the two direct actions and the committee's review of tertial 2, reported. */
    long plan2025() {
        long vissel = risk(VISSEL_RISK, "visselblåsarärenden inte hanteras rättssäkert",
                "otillräckliga resurser och avsaknad av ett förvaltningsgemensamt arbetssätt",
                "att Malmö stads riktlinjer för visselblåsarfunktionen och lagstiftningens krav inte följs",
                "VERKSAMHET", 2, 3);
        long intrang = risk(INTERN_RISK, "obehöriga anställda tar del av känsliga uppgifter",
                "medveten eller omedveten handling",
                "att sekretessen bryts och att känsliga uppgifter kan spridas vidare", "IT", 2, 4);
        long register = risk(REG_RISK, "utdrag ur belastningsregistret inte begärs i samband med rekryteringen",
                "bristande följsamhet till rutin",
                "att förvaltningen anställer medarbetare som inte uppvisat utdrag ur belastningsregistret",
                "PERSONAL", 3, 4);
        long[] ids = new long[3];
        long plan = adoptedPlan(2025, List.of(
                ItemDraft.directAction(vissel, VISSEL_TITLE, staffId, null, Period.T2, VISSEL_VAD),
                ItemDraft.directAction(intrang, UTV_TITLE, staffId, null, Period.T2, UTV_VAD),
                ItemDraft.review(register, REG_TITLE, staffId, null, Period.T2, ReviewKind.NAMNDENS, REG_OMRADEN,
                        REG_SYFTE, REG_OMFATTNING, REG_METOD, null)), ids);
        plans.reportAction(ids[0], new ActionReport(VISSEL_GJORT, ActionStatus.FINAL_REPORT_AT, null, 2025,
                Period.ANNUAL), planQuery.item(ids[0]).version());
        plans.reportAction(ids[1], new ActionReport(UTV_GJORT, ActionStatus.DONE, null, null, null,
                List.of(LOG_TABLE)), planQuery.item(ids[1]).version());
        plans.reportReview(ids[2], new ReviewReport(REG_RESULTAT, REG_ORSAK, REG_ANALYS, REG_SLUTSATS, REG_ATGARDER,
                List.of(SAMPLE_TABLE)), planQuery.item(ids[2]).version());
        return plan;
    }
}
