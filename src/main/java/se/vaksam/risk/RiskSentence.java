package se.vaksam.risk;

import java.util.Locale;

/**
 * The one Swedish sentence of a risk: "Risk för att {händelse} på grund av {orsak}, vilket kan leda
 * till {konsekvens}." Each part is stripped of the sentence's own connecting words if the writer
 * typed them, and of trailing punctuation; the sentence ends with exactly one full stop. When "att" does not
 * fit, the writer begins the event with "Risk för" and it is used as written.
 */
public final class RiskSentence {

    static final String EVENT = "Risk för att";
    static final String CAUSE = "på grund av";
    static final String CONSEQUENCE = "vilket kan leda till";

    private RiskSentence() {
    }

    public static String of(String event, String cause, String consequence) {
        return opening(part(event, EVENT)) + " " + CAUSE + " " + part(cause, CAUSE) + ", " + CONSEQUENCE + " "
                + part(consequence, CONSEQUENCE) + ".";
    }

    /**
     * "Risk för att {händelse}", or the event as written when the writer began it with "Risk för" themselves
     * because "att" does not fit (e.g. "Risk för brister i hanteringen av visselblåsarärenden").
     */
    private static String opening(String event) {
        String own = "Risk för ";
        if (event.regionMatches(true, 0, own, 0, own.length())) {
            return own + event.substring(own.length()).strip();
        }
        return EVENT + " " + event;
    }

    /** The part as stored: trimmed, without a leading connecting phrase or trailing punctuation. */
    static String part(String text, String lead) {
        String s = text == null ? "" : text.strip();
        if (s.toLowerCase(Locale.ROOT).startsWith(lead.toLowerCase(Locale.ROOT))) {
            s = s.substring(lead.length()).strip();
        }
        while (!s.isEmpty() && ".,;: ".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        return s.strip();
    }

    static String event(String text) {
        return part(text, EVENT);
    }

    static String cause(String text) {
        return part(text, CAUSE);
    }

    static String consequence(String text) {
        return part(text, CONSEQUENCE);
    }
}
