package se.vaksam.report;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import se.vaksam.plan.ItemKind;
import se.vaksam.plan.PlanQuery;

/**
 * The placeholders of the standard texts and their values for one report, written from the report's facts as the
 * committee's documents write them (reference/002): "årets {rapport} rapportering … {direktatgarderOchGranskningar}
 * som var {planerade} att genomföras under perioden {manader}. Nästa återrapportering sker i {nastaUppfoljning}."
 * gives "årets första rapportering … de två direktåtgärder som var planerade att genomföras under perioden januari
 * till april 2023. Nästa återrapportering sker i september 2023."
 */
final class ReportPlaceholders {

    /** Every placeholder a standard text may use; a text naming another is refused. */
    static final Set<String> NAMES = Set.of("nämnden", "Nämnden", "förvaltningen", "år", "nästaÅr", "förraÅret",
            "tertial", "reglemente", "riktlinje", "rapport", "antalDirektatgarder", "antalGranskningar",
            "direktatgarderOchGranskningar", "planerade", "manader", "nastaUppfoljning");

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final List<String> ORDINALS = List.of("första", "andra", "tredje");
    private static final List<String> NUMBERS = List.of("noll", "en", "två", "tre", "fyra", "fem", "sex", "sju",
            "åtta", "nio", "tio", "elva", "tolv");

    private ReportPlaceholders() {
    }

    static Map<String, String> of(PlanReportData data) {
        PlanQuery.PlanView plan = data.plan();
        int year = plan.year();
        long actions = data.items().stream().filter(i -> i.kind() == ItemKind.DIRECT_ACTION).count();
        long reviews = data.items().stream().filter(i -> i.kind() == ItemKind.REVIEW).count();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Nämnden", plan.committeeName());
        values.put("nämnden", PlanReportDocument.inSentence(plan.committeeName()));
        values.put("förvaltningen", data.administrationName() == null ? "förvaltningen"
                : PlanReportDocument.inSentence(data.administrationName()));
        values.put("år", String.valueOf(year));
        values.put("nästaÅr", String.valueOf(year + 1));
        values.put("förraÅret", String.valueOf(year - 1));
        values.put("tertial", String.valueOf(data.kind().tertial()));
        values.put("reglemente", data.regulation());
        values.put("riktlinje", data.guideline());
        values.put("rapport", ORDINALS.get(data.kind().tertial() - 1));
        values.put("antalDirektatgarder", number(actions));
        values.put("antalGranskningar", number(reviews));
        values.put("direktatgarderOchGranskningar", itemsInWords(actions, reviews));
        values.put("planerade", actions + reviews == 1 ? "planerad" : "planerade");
        values.put("manader", month(data.kind().period().start(year)) + " till "
                + month(data.kind().period().end(year)) + " " + year);
        values.put("nastaUppfoljning", data.nextFollowUp() == null ? "samband med nästa uppföljning"
                : month(data.nextFollowUp()) + " " + data.nextFollowUp().getYear());
        return values;
    }

    /** "två" for 2 as the documents write small counts; digits from 13 on. */
    static String number(long count) {
        return count < NUMBERS.size() ? NUMBERS.get((int) count) : String.valueOf(count);
    }

    /**
     * "de två direktåtgärder", "den direktåtgärd och de tre granskningar", "den granskning": reviews are named only
     * when there are any, direct actions only when there are any.
     */
    static String itemsInWords(long actions, long reviews) {
        String a = counted(actions, "direktåtgärd", "direktåtgärder");
        String r = counted(reviews, "granskning", "granskningar");
        if (a == null && r == null) {
            return "de direktåtgärder och granskningar";
        }
        return a == null ? r : r == null ? a : a + " och " + r;
    }

    private static String counted(long count, String one, String many) {
        if (count == 0) {
            return null;
        }
        return count == 1 ? "den " + one : "de " + number(count) + " " + many;
    }

    private static String month(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, SWEDISH);
    }

    /** The names in {@code {…}} of a text that are not placeholders, in the order they appear. */
    static List<String> unknown(String body) {
        return Pattern.compile("\\{([^{}\\s]*)}").matcher(body == null ? "" : body).results()
                .map(m -> m.group(1)).filter(n -> !NAMES.contains(n)).distinct().toList();
    }
}
