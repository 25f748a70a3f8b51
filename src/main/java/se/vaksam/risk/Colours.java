package se.vaksam.risk;

import java.util.Locale;
import java.util.regex.Pattern;

/** Hex colours of bands and the text colour that stays readable on them. */
final class Colours {

    private static final Pattern HEX = Pattern.compile("#[0-9a-f]{6}");

    private Colours() {
    }

    static boolean valid(String colour) {
        return colour != null && HEX.matcher(colour.strip().toLowerCase(Locale.ROOT)).matches();
    }

    static String normalise(String colour) {
        return colour.strip().toLowerCase(Locale.ROOT);
    }

    /** #0b0c0c or #ffffff: whichever gives the higher contrast ratio (always at least 4.5:1). */
    static String textOn(String colour) {
        double background = luminance(colour);
        double dark = luminance("#0b0c0c");
        double onDark = (background + 0.05) / (dark + 0.05);
        double onLight = 1.05 / (background + 0.05);
        return onDark >= onLight ? "#0b0c0c" : "#ffffff";
    }

    static double luminance(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return 0.2126 * channel((rgb >> 16) & 0xff) + 0.7152 * channel((rgb >> 8) & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
