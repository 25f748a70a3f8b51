package se.vaksam.deviation;

/**
 * The kvalitetsberättelse's narrative chapters, in the order of reference/004, with the reference's headings
 * and standard texts as defaults. A förvaltning may rewrite each heading and text per year
 * ({@link QualityNarratives}); the chapter numbers are given when the document is built. Placeholders:
 * {@code {år}}, {@code {förraÅret}}, {@code {nästaÅr}}. Texts of the chapters that also carry figures
 * ({@link #EXTERNAL}, {@link #STAFF}, {@link #LEX_SARAH}, {@link #PATTERNS}) come before the figures.
 */
public enum QualityChapter {

    SUMMARY("Sammanfattning", """
            Den som bedriver socialtjänstverksamhet ska med stöd av ledningssystemet för systematiskt kvalitetsarbete \
            planera, leda, kontrollera, följa upp, utvärdera och förbättra verksamhetens kvalitet.

            Förvaltningens kvalitetsberättelse beskriver hur verktygen i det systematiska förbättringsarbetet har gett \
            stöd till att säkra och utveckla socialtjänstverksamheten under året. Den samlade uppföljningen ger även ett \
            underlag till utveckling inför kommande år."""),
    FOLLOW_UP("Uppföljning av prioriterade utvecklingsområden {år}", """
            I Kvalitetsberättelse {förraÅret} identifierades vissa utvecklingsområden och nedan presenteras en \
            uppföljning av arbetet med dessa."""),
    USER_SURVEY("Brukarundersökningen", """
            Förvaltningen genomför årligen en brukarundersökning kring brukarnas upplevelse av verksamhetens kvalitet. \
            Resultatet används för verksamhetsutveckling."""),
    OPEN_COMPARISONS("Öppna jämförelser", """
            Förvaltningen deltar årligen i Socialstyrelsens Öppna jämförelser och besvarar frågor utifrån olika aspekter \
            av kvalitet såsom tillgänglighet, helhetssyn och samordning, kunskapsbaserad verksamhet, självbestämmande \
            och integritet samt trygghet och säkerhet."""),
    MANAGEMENT_SYSTEM("Uppföljning av ledningssystemet", """
            Nämnden är enligt Socialstyrelsens föreskrifter och allmänna råd om ledningssystem för systematiskt \
            kvalitetsarbete (SOSFS 2011:9) skyldig att ha ett ledningssystem för det systematiska kvalitetsarbetet. \
            Ledningssystemet ska användas för att systematiskt och fortlöpande utveckla och säkra verksamhetens kvalitet."""),
    PROCESSES("Ledningssystemets grundläggande uppbyggnad – processer och rutiner", """
            Verksamheten ska fastställa de processer och rutiner som är nödvändiga för att säkra verksamhetens kvalitet. \
            Med kvalitet i detta avseende menas att verksamheten uppfyller krav och mål i lagar och föreskrifter som \
            gäller för verksamheten. Processer och rutiner är verktyg för en rättssäker och likvärdig verksamhet och \
            skapar trygghet både för brukare och medarbetare."""),
    CORE_PROCESSES("Revidering av kärnprocesser", """
            Förvaltningens kärnprocesser beskriver gemensamma arbetssätt inom specifika områden."""),
    IMPROVEMENT_WORK("Det systematiska förbättringsarbetet", """
            Det systematiska förbättringsarbetet i enlighet med SOSFS 2011:9 omfattar utredning av rapporter om \
            påtagliga risker för missförhållanden och missförhållanden, kvalitetsavvikelser samt klagomål och \
            synpunkter (avvikelser) samt riskanalyser och egenkontroller.

            Verktygen ska användas för att identifiera behov av förbättring av processer och rutiner eller andra \
            förbättrande åtgärder."""),
    DEVIATIONS("Avvikelser", """
            Händelser som har fört med sig, eller hade kunnat föra med sig något oönskat för brukaren rapporteras som \
            avvikelser. Genom avvikelsehantering vidtas åtgärder för den brukare som har drabbats, eller hade kunnat \
            drabbas. Avvikelsehanteringen leder också till förbättringar i verksamheten så att händelsen inte upprepas.

            I nedanstående avsnitt redogörs för hur många avvikelser som har inkommit under året jämfört med tidigare år."""),
    EXTERNAL("Klagomål och synpunkter till förvaltningen från utomstående", """
            Klagomål och synpunkter till förvaltningen från utomstående kan lämnas av exempelvis brukare, närstående och \
            andra myndigheter. Klagomål och synpunkter utreds och åtgärdas vanligtvis av sektionschefen i den berörda \
            verksamheten."""),
    STAFF("Klagomål och synpunkter från personal och kvalitetsavvikelser", """
            Klagomål och synpunkter från personal samt kvalitetsavvikelser kan lämnas av medarbetare inom förvaltningen. \
            De utreds och åtgärdas vanligtvis av sektionschefen i den berörda verksamheten."""),
    LEX_SARAH("Lex Sarah", """
            Enligt bestämmelser i socialtjänstlagen är personal inom socialtjänsten skyldiga att rapportera \
            missförhållanden och risker för missförhållande. Då en rapport har inkommit ansvarar chef för att vidta \
            omedelbara åtgärder. Därefter utreds ärendet och nämndens arbetsutskott fattar beslut om åtgärder."""),
    PATTERNS("Mönster i avvikelser", """
            I enlighet med SOSFS 2011:9 sammanställer förvaltningen avvikelser i syfte att identifiera mönster. \
            Sammanställningarna görs varje tertial."""),
    DEVELOPMENT_WORK("Utvecklingsarbete under året", """
            Här beskriver förvaltningen det utvecklingsarbete inom avvikelsehanteringen som har genomförts under {år}."""),
    RISK_ANALYSIS("Riskanalys", """
            Den som bedriver socialtjänst ska fortlöpande bedöma om det finns risk för att en händelse skulle kunna \
            inträffa som kan medföra brister i verksamhetens kvalitet och därmed få negativa konsekvenser för brukarna.

            Riskanalyser är ett förebyggande arbete som ska omfatta verksamhetens samtliga delar. Riskbedömningar inom \
            det systematiska arbetsmiljöarbetet och riskanalyser inom intern kontroll redovisas inte i \
            kvalitetsberättelsen."""),
    SELF_INSPECTION("Egenkontroll", """
            Egenkontroller görs för att i efterhand följa upp och utvärdera den egna verksamhetens resultat och att \
            kontrollera att den bedrivs enligt gällande processer och rutiner. Egenkontroller ska göras i den omfattning \
            och frekvens som krävs för att verksamhetens kvalitet ska kunna säkras."""),
    PRIORITY("Prioriterat utvecklingsområde {nästaÅr}", """
            Förvaltningen har prioriterat följande utvecklingsområden inför {nästaÅr}.""");

    private final String defaultHeading;
    private final String defaultBody;

    QualityChapter(String defaultHeading, String defaultBody) {
        this.defaultHeading = defaultHeading;
        this.defaultBody = defaultBody;
    }

    public String defaultHeading() {
        return defaultHeading;
    }

    public String defaultBody() {
        return defaultBody;
    }

    /** The text with its placeholders filled in for the report of {@code year}. */
    public static String fill(String text, int year) {
        return text.replace("{år}", Integer.toString(year)).replace("{förraÅret}", Integer.toString(year - 1))
                .replace("{nästaÅr}", Integer.toString(year + 1));
    }
}
