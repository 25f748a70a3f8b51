package se.vaksam.document;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * How wide a text is in the documents' font (Liberation Sans, the same file the PDF embeds), so that chart
 * labels can be wrapped or shortened before they would run into each other.
 */
final class TextMeasure {

    private static final Font FONT = load();
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private TextMeasure() {
    }

    /** The advance width of the text at the given size, in the same unit as the size. */
    static double width(String text, double size) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return FONT.deriveFont((float) size).getStringBounds(text, CONTEXT).getWidth();
    }

    /**
     * The text broken at spaces into lines no wider than {@code max}; a word wider than {@code max} on its own is
     * shortened with "…" (the full text belongs in the chart's text alternative).
     */
    static List<String> wrap(String text, double size, double max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : (text == null ? "" : text).strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, size) <= max) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            line.setLength(0);
            line.append(fit(word, size, max));
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text, shortened with "…" until it is no wider than {@code max}. */
    static String fit(String text, double size, double max) {
        if (width(text, size) <= max) {
            return text;
        }
        String shortened = text;
        while (shortened.length() > 1 && width(shortened + "…", size) > max) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened + "…";
    }

    private static Font load() {
        try (InputStream in = TextMeasure.class.getClassLoader()
                .getResourceAsStream("fonts/LiberationSans-Regular.ttf")) {
            if (in == null) {
                throw new IllegalStateException("missing font LiberationSans-Regular.ttf");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
