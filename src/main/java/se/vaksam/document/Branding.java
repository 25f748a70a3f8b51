package se.vaksam.document;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import se.vaksam.shared.DomainException;

/**
 * The municipality's look of every document: its name, the committee and administration shown in the running
 * header (a document's own committee wins, see {@link Doc.Meta#committee()}), the logo on the cover, two colours
 * (headings; table headers and the cover's rule) and the font. Set once by the system administrator
 * ({@link Brandings}); {@link DocumentRenderer} applies it to PDF, DOCX and the HTML preview.
 *
 * @param municipality the kommun's name, e.g. "Malmö stad"
 * @param committee the committee named in the header when a document names none, or null
 * @param administration the förvaltning named in the header, or null
 * @param headingColour #rrggbb of headings, at least 4.5:1 against white
 * @param accentColour #rrggbb behind table headers (black text on it, at least 4.5:1)
 * @param font one of {@link #FONTS}, embedded in the PDF
 * @param coverLayout how the cover page is set
 * @param logo the logo, or null
 * @param version the row's version (optimistic locking)
 */
public record Branding(String municipality, String committee, String administration, String headingColour,
        String accentColour, String font, CoverLayout coverLayout, Logo logo, int version) {

    /** The fonts the engine embeds: openly licensed and shipped in the application (SIL OFL). */
    public static final List<String> FONTS = List.of(PdfWriter.FONT_FAMILY);

    /** The largest logo accepted, in bytes. */
    public static final int MAX_LOGO_BYTES = 512 * 1024;

    /** The look before an administrator sets one: black headings, grey table headers, Liberation Sans. */
    public static final Branding DEFAULT = new Branding("", null, null, "#000000", "#e8e8e8", PdfWriter.FONT_FAMILY,
            CoverLayout.STANDARD, null, 0);

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    /** STANDARD: logo top left, title a third down the page; CENTRED: logo, title and lines centred. */
    public enum CoverLayout { STANDARD, CENTRED }

    /**
     * A logo: PNG or SVG bytes and the text alternative read out in its place.
     *
     * @param mediaType {@code image/png} or {@code image/svg+xml}
     */
    public record Logo(byte[] content, String mediaType, String alt) {

        public boolean svg() {
            return "image/svg+xml".equals(mediaType);
        }

        /** The SVG's text, for SVG logos. */
        String svgText() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    public Branding {
        municipality = municipality == null ? "" : municipality.strip();
        committee = blankToNull(committee);
        administration = blankToNull(administration);
    }

    /**
     * Checks a branding an administrator wants to save; a refusal names the field (Swedish messages
     * {@code document.branding.error.*}).
     */
    static void validate(Branding b) {
        if (b.municipality().isEmpty()) {
            throw new DomainException("document.branding.error.municipality");
        }
        if (b.municipality().length() > 200 || length(b.committee()) > 200 || length(b.administration()) > 200) {
            throw new DomainException("document.branding.error.tooLong");
        }
        if (!COLOUR.matcher(nullToEmpty(b.headingColour())).matches()
                || !COLOUR.matcher(nullToEmpty(b.accentColour())).matches()) {
            throw new DomainException("document.branding.error.colour");
        }
        if (contrast(b.headingColour(), "#ffffff") < 4.5 || contrast(b.accentColour(), "#000000") < 4.5) {
            throw new DomainException("document.branding.error.contrast");
        }
        if (!FONTS.contains(b.font())) {
            throw new DomainException("document.branding.error.font");
        }
        if (b.coverLayout() == null) {
            throw new DomainException("document.branding.error.layout");
        }
        if (b.logo() != null) {
            validateLogo(b.logo());
        }
    }

    private static void validateLogo(Logo logo) {
        if (logo.content() == null || logo.content().length == 0 || logo.content().length > MAX_LOGO_BYTES) {
            throw new DomainException("document.branding.error.logoSize");
        }
        if (logo.alt() == null || logo.alt().isBlank() || logo.alt().length() > 300) {
            throw new DomainException("document.branding.error.logoAlt");
        }
        boolean png = "image/png".equals(logo.mediaType()) && logo.content().length > 8
                && (logo.content()[0] & 0xff) == 0x89 && logo.content()[1] == 'P' && logo.content()[2] == 'N'
                && logo.content()[3] == 'G';
        boolean svg = logo.svg() && svgParses(logo);
        if (!png && !svg) {
            throw new DomainException("document.branding.error.logoType");
        }
    }

    private static boolean svgParses(Logo logo) {
        try {
            HtmlWriter.parseSvg(logo.svgText());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** WCAG 2.1 contrast ratio of two #rrggbb colours (1–21). */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** The colour in lower case, as stored. */
    static String normalised(String colour) {
        return colour == null ? null : colour.toLowerCase(Locale.ROOT);
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
