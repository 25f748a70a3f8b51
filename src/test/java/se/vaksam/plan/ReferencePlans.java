package se.vaksam.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.vaksam.org.OrgQuery;
import se.vaksam.risk.Origin;
import se.vaksam.risk.RiskDraft;
import se.vaksam.risk.RiskManagement;
import se.vaksam.risk.RiskQuery;
import se.vaksam.shared.Period;

/**
 * The two reference follow-ups of arbetsmarknads- och socialnämnden entered field for field through the public
 * API ({@link RiskManagement}, {@link PlanManagement}): test fixtures for the plan module and for the reports
 * generated from plans.
 *
 * <h2>Entry points</h2>
 * <ul>
 * <li>{@link #tertial1Of2023(Services)} — reference/002, "Uppföljning av internkontrollplan 2023 - tertial 1":
 * the 2023 plan with its two direct actions reported in T1 (both "slutrapporteras vid årsuppföljningen 2023").
 * <li>{@link #tertial2Of2025(Services)} — reference/003, "Uppföljning av internkontrollplan 2025 - tertial 2":
 * the 2025 plan with two direct actions and one review (nämndens granskning) reported in T2, including the
 * log-control table "År | Antal diarieförda kontroller" as a {@link ResultTable} with numeric rows.
 * </ul>
 * Each creates the risks (at the förvaltning ASF, with the document's risk sentence), the plan of committee ASN,
 * its items (responsible unit, period, every planning section), adopts it and reports every item (texts,
 * statuses, tables), and returns the {@link Entered} ids in document order. Call them with a person signed in
 * who manages ASN's plan and may change risks at ASF, e.g. the demo coordinator {@code ik.samordnare}
 * ({@code SecurityContextHolder}). A committee has one plan a year: if the year's plan already exists the
 * method returns it unchanged, so several tests of one application context can share the fixture.
 *
 * <p>What the documents do not say is chosen plainly and documented here: the adoption decisions (2022-12-15
 * and 2025-01-29, "§ 303"), no responsible or reviewing person, responsible units ASF-STAB (BTS-BO for
 * housing). The text constants are the documents' sections verbatim (paragraphs separated by a blank line,
 * sub-headings as their own paragraph, "- " bullets), with page breaks joined. The log-control table stands in
 * the document after the paragraph ending "… har ökat bland förvaltningens chefer." ({@link #UTV_GJORT_FORE}),
 * before {@link #UTV_GJORT_EFTER}; the item's Genomförda åtgärder is the two joined by a blank line.
 */
public final class ReferencePlans {

    private ReferencePlans() {
    }

    /** The public services the fixtures are entered through (inject them into the test). */
    public record Services(PlanManagement plans, PlanQuery query, RiskManagement riskManagement, RiskQuery risks,
            OrgQuery org) {
    }

    /**
     * An entered reference plan.
     *
     * @param planId the plan
     * @param itemIds its items in the document's order
     */
    public record Entered(long planId, List<Long> itemIds) {

        public long item(int index) {
            return itemIds.get(index);
        }
    }

    /** A risk as the document describes it: title, the sentence's three parts, and a category code. */
    public record Risk(String title, String event, String cause, String consequence, String category,
            String sentence) {
    }

    // ---- reference/002: 2023, tertial 1

    public static final int YEAR_2023 = 2023;

    public static final Risk BOENDE = new Risk("Befintliga boendeformer möter inte Malmöbornas behov",
            "Malmöbor inte erbjuds rätt boendeinsats",
            "svårigheten att ställa om befintliga boendeplatser och antal platser utifrån Malmöbornas behov",
            "både ekonomiska konsekvenser och att Malmöbor far illa", "VERKSAMHET",
            "Risk för att Malmöbor inte erbjuds rätt boendeinsats på grund av svårigheten att ställa om befintliga "
                    + "boendeplatser och antal platser utifrån Malmöbornas behov, vilket kan leda till både ekonomiska "
                    + "konsekvenser och att Malmöbor far illa.");

    public static final Risk DATAINTRANG = new Risk("Dataintrång", "obehöriga anställda tar del av känsliga uppgifter",
            "medveten eller omedveten handling", "att sekretessen bryts och att känsliga uppgifter kan spridas vidare",
            "IT", "Risk för att obehöriga anställda tar del av känsliga uppgifter på grund av medveten eller omedveten "
                    + "handling, vilket kan leda till att sekretessen bryts och att känsliga uppgifter kan spridas "
                    + "vidare.");

    public static final String BOENDE_TITLE = "Säkerställa att boendeformer och boendeplatser motsvarar behoven";
    public static final String LOGG_TITLE = "Översyn av loggningsrutinen";

    // ---- reference/003: 2025, tertial 2

    public static final int YEAR_2025 = 2025;

    public static final Risk VISSELBLASARE = new Risk("Bristande hantering av visseblåsarärenden",
            "Risk för brister i hanteringen av visseblåsarärenden",
            "otillräckliga resurser och avsaknad av ett förvaltningsgemensamt arbetssätt",
            "att Malmö stads riktlinjer för visseblåsarfunktionen och lagstiftningens krav inte följs", "JURIDIK",
            "Risk för brister i hanteringen av visseblåsarärenden på grund av otillräckliga resurser och avsaknad av "
                    + "ett förvaltningsgemensamt arbetssätt, vilket kan leda till att Malmö stads riktlinjer för "
                    + "visseblåsarfunktionen och lagstiftningens krav inte följs.");

    public static final Risk INTERNT_DATAINTRANG = new Risk("Internt dataintrång", DATAINTRANG.event(),
            DATAINTRANG.cause(), DATAINTRANG.consequence(), "IT", DATAINTRANG.sentence());

    public static final Risk REGISTERKONTROLL = new Risk("Registerkontroll",
            "utdrag ur belastningsregistret inte begärs i samband med rekryteringen", "bristande följsamhet till rutin",
            "att förvaltningen anställer medarbetare som inte uppvisat utdrag ur belastningsregistret", "PERSONAL",
            "Risk för att utdrag ur belastningsregistret inte begärs i samband med rekryteringen på grund av "
                    + "bristande följsamhet till rutin, vilket kan leda till att förvaltningen anställer medarbetare "
                    + "som inte uppvisat utdrag ur belastningsregistret.");

    public static final String VISSEL_TITLE = "Översyn av rutin för visseblåsarärenden";
    public static final String UTV_TITLE = "Utvärdering rutin för systematisk logguppföljning";
    public static final String REG_TITLE = "Utdrag ur belastningsregistret vid rekrytering";

    /** The log-control table of reference/003: År | Antal diarieförda kontroller, 2020–2024. */
    public static final ResultTable LOG_TABLE = new ResultTable("Diarieförda loggkontroller",
            List.of(new ResultTable.Column("År", true), new ResultTable.Column("Antal diarieförda kontroller", true)),
            List.of(row(2020, 370), row(2021, 453), row(2022, 802), row(2023, 996), row(2024, 1117)));

    private static List<ResultTable.Cell> row(long year, long number) {
        return List.of(ResultTable.Cell.number(year), ResultTable.Cell.number(number));
    }

    public static final String VISSEL_VAD = """
            En översyn och vid behov revidering av arbetsmarknads- och socialförvaltningens rutin för visseblåsarärenden.""";

    public static final String VISSEL_GJORT = """
            Visseblåsarlagen, lag (2021:890) om skydd för personer som rapporterar om missförhållanden, började gälla 2021. Malmö stad har sedan 2022 en visseblåsarfunktion som är gemensam för staden. Kommunstyrelsen har ett utpekat ansvar för funktionen i sitt reglemente.

            Arbetsmarknads- och socialförvaltningen har sedan 2023 en intern rutin för hantering av visseblåsarärenden. Rutinen utgår från Malmö stads kommungemensamma styrdokument.

            Förvaltningen har gjort en översyn av rutinens struktur och innehåll. Syftet med översynen har varit att göra en bedömning kring huruvida rutinen i sin nuvarande form möter behovet av vägledning i samband med handläggningen av visseblåsarärenden. Förvaltningens bedömning är att rutinen behöver revideras för att de visseblåsarärenden som förvaltningen får i uppdrag att utreda ska handläggas på ett rättssäkert sätt och i enlighet med styrdokument.

            Ett antal teman har identifierats som är särskilt viktiga att förtydliga i rutinen och i förhållande till förvaltningens arbetssätt. Temana rör områden som styrning, roller och ansvar relaterat till förvaltningens visseblåsarfunktion och i samband med handläggning av ärenden, oklarheter i gränsdragningen av ett visseblåsarärende och andra utredningar såsom arbetsrättslig utredning, samt frågeställningar kring intern kommunikation.

            Den stadsövergripande rutinen för visseblåsarärenden, som kommunstyrelsens förvaltning ansvarar för, reviderades under hösten 2024. Under våren 2025 gjordes även en genomlysning av stadskontorets visseblåsarfunktion på initiativ av kommunstyrelsen. Genomlysningen har sammanställts i en rapport som stadens förvaltningar har fått möjlighet att ta del av. Revideringen av förvaltningens interna rutin tar hänsyn till de förändringar och förslag som finns i nämnda dokument.

            Planering inför hösten 2025

            Revideringen av rutin för visseblåsarärenden har påbörjats, men inte avslutats som planerat. Förvaltningen kommer att fortsätta arbetet med att slutföra förändringarna under hösten. Slutlig uppföljning sker i januari 2026 i samband med årsrapporteringen av internkontrollplan 2025.""";

    public static final String UTV_VAD = """
            En utvärdering av om genomförda förändringar i rutin för systematisk logguppföljning har gett önskat effekt.""";

    public static final String UTV_GJORT_FORE = """
            Arbetsmarknads- och socialförvaltningen hanterar uppgifter om enskildas personliga förhållanden och hälsotillstånd. Lagstiftning reglerar hur de känsliga uppgifterna ska hanteras för att skydda individernas integritet.

            Förvaltningens rutin avseende systematisk logguppföljning reviderades under 2023. En utvärdering av om förändringarna har gett önskad effekt har gjorts genom:

            - En uppföljning av hur många loggkontroller som årligen har diarieförts mellan 2020 och 2024.
            - En enkätundersökning riktad till ett urval enhets- och sektionschefer inom förvaltningen. Enkäten skickades till 98 chefer varav 54 chefer valde att svara, vilket ger en svarsfrekvens på 55 procent.
            - Gruppintervju med fyra sektionschefer från förvaltningens verksamhetsavdelningar.

            Diarieförda loggkontroller

            Loggkontroller som genomförs ska diarieföras i Platina. Sammantaget har antalet genomförda kontroller ökat för varje år sedan 2020. Ökningen indikerar att kännedomen om ansvaret att genomföra regelbundna kontroller och att dessa ska diarieföras har ökat bland förvaltningens chefer.""";

    public static final String UTV_GJORT_EFTER = """
            Resultat av enkätundersökning och gruppintervju

            Enkäten och gruppintervjun har utgått från syftet med revideringen som gjordes 2023. Resultatet i förhållande till respektive syfte redovisas nedan.

            Säkerställa följsamhet till rutin och genomförande av loggkontroller

            Rutin för systematisk logguppföljning är välkänd bland chefer inom förvaltningen och en hög andel av cheferna anger att de har tagit del av rutinens innehåll.

            Majoriteten av cheferna anger att de har gjort loggkontroller enligt rutinen under de senaste 12 månaderna. Ett mindre antal anger dock att de inte har gjort kontroller med samma intervall som beskrivs i rutinen. Som orsak anges bland annat att chefen har färre medarbetare än 10, att denne glömt, inte har förstått hur man ska göra eller inte haft tid.

            Majoriteten av cheferna anger även att de har diariefört alla loggkontroller som de har genomfört, så som beskrivs i rutinen. De som inte har diariefört kontrollerna uppger orsaker som tidsbrist, att de har glömt och att det har varit ottydligt hur diarieföring ska göras.

            Att antalet diarieförda kontroller har ökat sedan 2020 indikerar att följsamheten till rutinen gradvis har ökat.

            Förenkla delar av rutinen

            Cheferna anger att det är lätt att förstå sitt ansvar utifrån rutinen samt hur en loggkontroll ska genomföras. I fråga om vad som eventuellt skulle kunna bli tydligare anger ett fåtal oklarheter kring vad som ska kontrolleras, att rutinen bör kortas ner, samt att den tekniska beskrivningen i berörda system kan förbättras.

            Enstaka chefer beskriver att det är svårt att avgöra om något är en avvikelse eller ej och efterfrågar stöd i bedömningarna. Det framkommer även synpunkter kring att rutinen bör vara att man gör stickprov på ärenden i stället för på anställda, samt att rutinen i högre utsträckning bör kunna anpassas efter verksamhetens inriktning och kontrollerna automatiseras.

            Skapa en gemensam hantering av avvikelser

            Som bilaga till rutin för systematisk logguppföljning finns en beskrivning av vilka åtgärder som ska vidtas vid upptäckt dataintrång. Det är mycket få chefer som har hittat avvikelse/r vid genomförandet av loggkontroller. Majoriteten anger att de helt eller delvis vet hur de ska agera om de hittar en avvikelse i samband med kontroll.

            Planering inför hösten 2025

            Utvärderingen visar att revideringen av rutin för systematisk logguppföljning som gjordes 2023 i stort har haft den effekt som eftersträvades.

            Utifrån resultatet kommer rutinen att förtydligas i vissa delar. Det handlar främst om möjligheten att söka stöd hos kollega eller närmsta chef för bedömning av avvikelse, samt när det lämpar sig att kontrollera utifrån ärenden i stället för baserat på medarbetare. Förvaltningen ska även se över möjligheten att utforma ytterligare vägledning utifrån chefernas önskemål om ökat stöd.

            Nya lagkrav avseende loggkontroll i socialtjänstens system har införts sedan förvaltningen senast reviderade rutinen. Befintliga bilagor till rutinen, bland annat de som beskriver hur kontroller ska göras i aktuella system, kommer att uppdateras.

            Den främsta funktionen med systematisk logguppföljning är att förhindra intrång genom att förmedla att regelbundna kontroller görs av närmsta chef. Då rutinen grundar sig på stickprovskontroller kan kontrollerna i sig inte anses ge ett heltäckande skydd. Insatser för att förebygga och hantera interna dataintrång är fortsatt en viktig del i förvaltningens samlade arbete med informationssäkerhet.""";

    public static final String REG_OMRADEN = """
            Lag (2007:171) om registerkontroll av personal vid vissa boenden som tar emot barn, lag (2013:852) om registerkontroll av personer som ska arbeta med barn samt Malmö stads rekryteringsprocess.""";

    public static final String REG_SYFTE = """
            Granskningen syftar till att säkerställa följsamheten till Malmö stads rekryteringsprocess samt tillämpliga lagar avseende registerkontroll vid anställning.""";

    public static final String REG_OMFATTNING = """
            Granskningen är avgränsad till anställningar som påbörjats under perioden januari till april 2025.""";

    public static final String REG_METOD = """
            Stickprovskontroller i personalsystemet och granskning om utdrag ur belastningsregistret har begärts vid rekryteringar under granskningsperioden.""";

    public static final String REG_RESULTAT = """
            I samband med rekrytering av medarbetare som arbetar med barn ska berörda verksamheter inom arbetsmarknads- och socialförvaltningen begära att ett registerutdrag från belastningsregistret uppvisas. Utdraget ska uppvisas innan anställningen ingås.

            Vid anställning av personer som ska arbeta på boenden som tar emot barn ska utdraget eller en kopia sparas i medarbetarens personalakt under minst två år. Om utdraget utfärdats som ett digitalt dokument får det inte sparas digitalt, utan dokumentet ska vara fysiskt tillgängligt. Utfärdande- och giltighetsdatum för registerutdraget ska dokumenteras genom en anteckning i stadens HR-system.

            Vid de tillfällen då anställningen avser personer som ska arbeta med barn i annan verksamhet än skola och barnomsorg och där tjänsten inte är på ett boende, har arbetsgivaren inte rätt att spara originalet eller en kopia av registerutdraget. I dessa fall ska det enligt förvaltningens befintliga rutin i stället dokumenteras att registerutdraget uppvisats genom en anteckning av utfärdande och giltighetsdatum i stadens HR-system.

            Stickprovskontroll av rekryteringar

            Under perioden januari till april 2025 erbjöds totalt 53 personer anställning inom förvaltningens verksamheter som omfattas av lagstiftningens krav på registerutdrag ur belastningsregistret. Granskningen visar att inför erbjudande om anställning har registerutdrag kontrollerats på 39 personer av totalt 53.

            Av de 39 registerutdrag som har kontrollerats, är det 19 som har dokumenterats genom en anteckning i HR-systemet. I de fall information om registerutdrag inte funnits i HR-systemet har berörda chefer kontaktats med en förfrågan om huruvida kontrollen har genomförts eller ej. I kontakten uppger 20 chefer att kontrollen har gjorts.

            Bland de som inte har dokumenterat kontrollen i HR-systemet uppges anledningar som att de inte haft kunskap om att uppvisandet skulle dokumenteras, att de inte hunnit eller att de har glömt.

            Som tidigare beskrivet gäller för anställda som arbetar på boenden som tar emot barn att utdraget eller en kopia av denna ska sparas i medarbetarens personalakt under minst två år. Av 39 medarbetare är det 19 som arbetar inom boende verksamheten. Alla har utdraget eller en kopia sparad i personalakten. 12 av dessa har utdraget både sparad i personalakten samt dokumenterat i HR-systemet.

            14 chefer återkom ej med information huruvida kontroll gjorts eller ej. Det har därför inte varit möjligt att dra någon slutsats.

            Resultatet jämfört med granskningen 2022

            En granskning av utdrag ur belastningsregistret genomfördes även 2022 genom den interna kontrollen. Granskningen genomfördes enligt samma metod som 2025.

            Sammanfattningsvis visade resultatet 2022 att det inte kunde säkerställas att registerkontroller genomfördes i enlighet med den lagstiftning som omgärdar området, då dokumentation av kontrollerna saknades i de utvalda rekryteringsprocesserna. Granskningen fastslog även att det saknades vägledning riktat till chefer som beskriver den administrativa hanteringen.""";

    public static final String REG_ATGARDER = """
            Förvaltningen har sedan 2023 en rutin för kontroll av utdrag ur belastningsregistret vid rekrytering (ASN-2023-19569). Rutinen är publicerad på förvaltningens sida för chefer på Komin. Där finns också en länk till gällande stadsövergripande information. Rutinen har integrerats som en del i introduktionen för nya chefer.

            Förvaltningens rekryteringsenhet konsulterar och stöttar chefer i rekryteringsprocessen. Det finns bland annat en utbildningsfilm om rekrytering, och i guider som ska användas vid intervjuer med kandidater finns påminnelse om registerkontroll vid rekryteringar som omfattas av lagstiftningen.

            Bland de chefer vars rekryteringar har granskats finns kunskap om att utdrag ur belastningsregistret ska tas i samband med erbjudande om anställning. Däremot finns brister i följsamheten till förvaltningens rutin. För att öka följsamheten kommer förvaltningen under hösten 2025 att förtydliga lagstiftningens krav och rutinens innehåll i en riktad informationsinsats till samtliga chefer i berörda verksamheter. Förvaltningen ska även undersöka möjligheten att införa systemtekniska lösningar i syfte att öka förutsättningarna för chefer att göra rätt.

            För att minska risken för infiltration och interna möjliggörare behöver ett robust rekryteringsförfarande säkerställas. Kontroll av utdrag ur belastningsregistret hör samman med arbetet mot brott i välfärden och otillåten påverkan. Utökade kontroller är i hög utsträckning styrta av lagstiftning. Förvaltningen fortsätter arbetet med att utveckla befintliga arbetssätt och med att bevaka den nationella utvecklingen.""";

    public static final String BOENDE_VAD = """
            Utveckla ett arbetssätt för systematisk uppföljning av brukarnas aktuella behov avseende boende. Den löpande uppföljningen ska utgöra ett underlag i arbetet med att erbjuda boendeformer och boendeplatser som motsvarar behoven.""";

    public static final String BOENDE_GJORT = """
            Arbetsmarknads- och socialförvaltningen håller på att utveckla ett systematiskt arbetssätt för att följa upp brukarnas behov av boende. Det har beslutats om en ny styrmodell för analys och utveckling av boendeformer och modellen implementeras under våren 2023. Information om behoven samlas löpande och en styrgrupp analyserar resultatet i syfte att utveckla och erbjuda boendeformer och boendeplatser som motsvarar behoven. Matchningen mellan behov och boende behöver utvecklas ytterligare genom att inte låsa besluten till ett specifikt boende, det vill säga att skilja på beslut om bistånd och om verkställighet.

            För att utveckla matchningen med att erbjuda boendeformer och boendeplatser som motsvarar behoven kommer förvaltningen att titta vidare på hur informationen från den årliga hemlöshetskartläggningen och de ej verkställda boendebesluten kan användas i arbetet. Det pågår även ett arbete med att utveckla bokningssystemet i syfte att förenkla boendebokningarna och minska det administrativa dubbelarbetet som sker idag. På sikt förväntas systemet kunna ge bättre information om bland annat köhistorik och beläggningshistorik.

            Resultatet av direktåtgärden kommer att slutrapporteras i samband med årsuppföljningen av internkontrollplan 2023.""";

    public static final String LOGG_VAD = """
            Översyn och vid behov revidering av arbetsmarknads- och socialförvaltningens rutin för systematisk logguppföljning.""";

    public static final String LOGG_GJORT = """
            Arbetsmarknads- och socialförvaltningen hanterar i sina verksamheter uppgifter om enskildas personliga förhållanden och hälsotillstånd. Lagstiftningen reglerar hur de känsliga uppgifterna ska hanteras för att skydda individernas integritet och förvaltningen har en rutin för systematisk logguppföljning i syfte att säkerställa en korrekt hantering. Rutinen beskriver hur månadsvisa stickprovskontroller ska utföras och att kontroller ska genomföras i de system som verksamheten använder i vilka sekretesskyddad information behandlas. Loggkontrollerna ska dokumenteras i enlighet med rutinen och sedan diarieföras.

            Förvaltningen har genomfört en översyn av logguppföljningsrutinen och resultatet visar att det finns ett behov av revidering. Revideringsarbetet har påbörjats och det är i huvudsak tre områden som behöver utvecklas:

            - Nuvarande loggning genom månadsvisa stickprovskontroller av användare samt kontroll vid misstanke eller särskild händelse föreslås att kompletteras med regelbunden loggning av särskilt känsliga målgrupper.
            - Rutinen behöver kompletteras med en beskrivning av arbetssätt och åtgärder vid misstänkt eller bekräftat olovligt dataintrång.
            - Den administrativa hanteringen av kontrollerna behöver ses över i syfte att undersöka om något kan förenklas.

            Resultatet av direktåtgärden kommer att slutrapporteras senast i samband med årsuppföljningen av internkontrollplan 2023.""";

    /** Genomförda åtgärder of the log-control evaluation: the text before and after the table. */
    public static final String UTV_GJORT = UTV_GJORT_FORE + "\n\n" + UTV_GJORT_EFTER;

    // ---- entering

    /** reference/002: the 2023 plan, both direct actions reported in tertial 1. Items: boende, loggning. */
    public static Entered tertial1Of2023(Services s) {
        long committee = unit(s, "ASN");
        return s.query().planOf(committee, YEAR_2023).map(p -> existing(s, p.id())).orElseGet(() -> {
            long boende = risk(s, BOENDE);
            long intrang = risk(s, DATAINTRANG);
            Entered entered = adopted(s, committee, YEAR_2023, LocalDate.of(2022, 12, 15), List.of(
                    ItemDraft.directAction(boende, BOENDE_TITLE, unit(s, "BTS-BO"), null, Period.T1, BOENDE_VAD),
                    ItemDraft.directAction(intrang, LOGG_TITLE, unit(s, "ASF-STAB"), null, Period.T1, LOGG_VAD)));
            report(s, entered.item(0), new ActionReport(BOENDE_GJORT, ActionStatus.FINAL_REPORT_AT, null, YEAR_2023,
                    Period.ANNUAL));
            report(s, entered.item(1), new ActionReport(LOGG_GJORT, ActionStatus.FINAL_REPORT_AT, null, YEAR_2023,
                    Period.ANNUAL));
            return entered;
        });
    }

    /**
     * reference/003: the 2025 plan, two direct actions and one review reported in tertial 2. Items:
     * visselblåsare, logguppföljning (with {@link #LOG_TABLE}), registerkontroll (review).
     */
    public static Entered tertial2Of2025(Services s) {
        long committee = unit(s, "ASN");
        return s.query().planOf(committee, YEAR_2025).map(p -> existing(s, p.id())).orElseGet(() -> {
            long vissel = risk(s, VISSELBLASARE);
            long intrang = risk(s, INTERNT_DATAINTRANG);
            long register = risk(s, REGISTERKONTROLL);
            long stab = unit(s, "ASF-STAB");
            Entered entered = adopted(s, committee, YEAR_2025, LocalDate.of(2025, 1, 29), List.of(
                    ItemDraft.directAction(vissel, VISSEL_TITLE, stab, null, Period.T2, VISSEL_VAD),
                    ItemDraft.directAction(intrang, UTV_TITLE, stab, null, Period.T2, UTV_VAD),
                    ItemDraft.review(register, REG_TITLE, stab, null, Period.T2, ReviewKind.NAMNDENS, REG_OMRADEN,
                            REG_SYFTE, REG_OMFATTNING, REG_METOD, null)));
            report(s, entered.item(0), new ActionReport(VISSEL_GJORT, ActionStatus.FINAL_REPORT_AT, null, YEAR_2025,
                    Period.ANNUAL));
            report(s, entered.item(1), new ActionReport(UTV_GJORT, ActionStatus.DONE, null, null, null,
                    List.of(LOG_TABLE)));
            s.plans().reportReview(entered.item(2), new ReviewReport(REG_RESULTAT, null, null, null, REG_ATGARDER,
                    List.of()), s.query().item(entered.item(2)).version());
            return entered;
        });
    }

    private static Entered adopted(Services s, long committee, int year, LocalDate decidedOn, List<ItemDraft> items) {
        long plan = s.plans().createPlan(committee, year);
        List<Long> ids = new ArrayList<>();
        for (ItemDraft item : items) {
            ids.add(s.plans().addItem(plan, item, null));
        }
        s.plans().adopt(plan, new Adoption(decidedOn, "§ 303", "ASN-" + (year - 1) + "-1234",
                "Arbetsmarknads- och socialnämnden"), s.query().plan(plan).version());
        return new Entered(plan, List.copyOf(ids));
    }

    private static void report(Services s, long item, ActionReport report) {
        s.plans().reportAction(item, report, s.query().item(item).version());
    }

    private static Entered existing(Services s, long planId) {
        return new Entered(planId, s.query().items(planId).stream().map(PlanQuery.ItemView::id).toList());
    }

    private static long risk(Services s, Risk risk) {
        long category = s.risks().categories().stream().filter(c -> c.code().equals(risk.category())).findFirst()
                .orElseThrow().id();
        return s.riskManagement().createRisk(new RiskDraft(risk.title(), risk.event(), risk.cause(),
                risk.consequence(), category, unit(s, "ASF"), null, Origin.MANAGEMENT, 12));
    }

    private static long unit(Services s, String code) {
        return s.org().unitByCode(code).orElseThrow().id();
    }
}
