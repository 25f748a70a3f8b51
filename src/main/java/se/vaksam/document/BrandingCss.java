package se.vaksam.document;

import java.util.List;
import java.util.Locale;

/**
 * The stylesheet parts that come from the branding and the document: colours and font ({@link #look}), and the
 * paper with its running header and footer ({@link #pages}): the municipality and committee top left, the
 * diarienummer top right, the administration bottom left and "Sida x av y" bottom right. Every value goes into
 * a CSS string or is checked as a colour first, so no text can break out of the stylesheet.
 */
final class BrandingCss {

    private BrandingCss() {
    }

    static String look(Branding branding) {
        return "html { font-family: " + string(branding.font()) + ", Arial, Helvetica, sans-serif; }\n"
                + "h1, h2, h3, h4, .doc-title { color: " + colour(branding.headingColour(), "#000000") + "; }\n"
                + "th { background: " + colour(branding.accentColour(), "#e8e8e8") + "; }\n"
                + ".title-page .cover-main { border-top-color: " + colour(branding.headingColour(), "#000000")
                + "; }\n";
    }

    /** The @page rules: A4 portrait, landscape pages for wide tables, header and footer on all but the cover. */
    static String pages(Doc doc, Branding branding) {
        String font = "font-family: " + string(branding.font()) + "; font-size: 8.5pt; ";
        String boxes = "  @top-left { " + font + "content: " + string(headerLeft(doc, branding)) + "; }\n"
                + "  @top-right { " + font + "content: "
                + string(diaryNumber(doc) == null ? "" : "Dnr " + diaryNumber(doc)) + "; }\n"
                + "  @bottom-left { " + font + "content: " + string(nullToEmpty(branding.administration()))
                + "; }\n"
                + "  @bottom-right { " + font + "content: \"Sida \" counter(page) \" av \" counter(pages); }\n";
        StringBuilder css = new StringBuilder();
        css.append("@page {\n").append(boxes).append("}\n");
        css.append("@page landscape { size: A4 landscape;\n").append(boxes).append("}\n");
        if (doc.titlePage() != null) {
            css.append("@page :first {");
            for (String box : List.of("top-left", "top-right", "bottom-left", "bottom-right")) {
                css.append(" @").append(box).append(" { ").append(font).append("content: none; }");
            }
            css.append(" }\n");
        }
        return css.toString();
    }

    /** "Malmö stad – Arbetsmarknads- och socialnämnden": the municipality and the document's committee. */
    static String headerLeft(Doc doc, Branding branding) {
        String committee = firstNonBlank(doc.meta().committee(), doc.meta().author(), branding.committee());
        String municipality = branding.municipality();
        if (committee == null) {
            return municipality;
        }
        return municipality.isEmpty() ? committee : municipality + " – " + committee;
    }

    /**
     * The document's diarienummer: from its metadata, else from a field "Diarienummer" or "Dnr" of the title page
     * or of the first label–value block (a yttrande's address block).
     */
    static String diaryNumber(Doc doc) {
        if (doc.meta().diaryNumber() != null && !doc.meta().diaryNumber().isBlank()) {
            return doc.meta().diaryNumber().strip();
        }
        List<Block.Field> fields = doc.titlePage() != null ? doc.titlePage().fields()
                : doc.blocks().stream().filter(b -> b instanceof Block.KeyValues).map(b -> ((Block.KeyValues) b).fields())
                        .findFirst().orElse(List.of());
        return fields.stream()
                .filter(f -> f.label().strip().toLowerCase(Locale.ROOT).matches("diarienummer|dnr\\.?"))
                .map(f -> f.value().strip()).filter(v -> !v.isEmpty()).findFirst().orElse(null);
    }

    /** A CSS string: quotes and backslashes escaped, line breaks and control characters as spaces. */
    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : nullToEmpty(text).toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f || c == '<' || c == '>') {
                out.append(c == '<' || c == '>' ? String.format("\\%x ", (int) c) : " ");
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String colour(String colour, String fallback) {
        return colour != null && colour.matches("#[0-9a-fA-F]{6}") ? colour : fallback;
    }

    private static String firstNonBlank(String... texts) {
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                return text.strip();
            }
        }
        return null;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
