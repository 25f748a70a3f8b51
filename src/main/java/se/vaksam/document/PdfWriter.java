package se.vaksam.document;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;

/**
 * The PDF: the document's HTML with the print stylesheet, laid out by openhtmltopdf as tagged PDF/UA and
 * PDF/A-3a, Liberation Sans embedded (shipped in the jar), bookmarks from the headings, page numbers in the
 * footer and page numbers in the table of contents ({@code target-counter}).
 */
final class PdfWriter {

    static final String FONT_FAMILY = "Liberation Sans";
    private static final byte[] REGULAR = font("LiberationSans-Regular.ttf");
    private static final byte[] BOLD = font("LiberationSans-Bold.ttf");
    private static final byte[] ITALIC = font("LiberationSans-Italic.ttf");
    private static final byte[] BOLD_ITALIC = font("LiberationSans-BoldItalic.ttf");
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        // openhtmltopdf logs every stylesheet, font and page at INFO through its own java.util.logging loggers, each
        // set to INFO with its own console handler (so a level on the parent "com.openhtmltopdf" is not enough):
        // keep its warnings only, through its own API
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, java.util.logging.Level.WARNING));
    }

    private PdfWriter() {
    }

    static byte[] write(Doc doc) {
        return write(doc, Branding.DEFAULT);
    }

    static byte[] write(Doc doc, Branding branding) {
        Document html = HtmlWriter.write(doc, true, branding);
        bookmarks(html, HtmlWriter.anchors(doc));
        org.w3c.dom.Document w3c = new W3CDom().fromJsoup(html);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
        builder.useColorProfile(SRGB);
        builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(ITALIC), FONT_FAMILY, 400, FontStyle.ITALIC, true);
        builder.useFont(() -> new ByteArrayInputStream(BOLD_ITALIC), FONT_FAMILY, 700, FontStyle.ITALIC, true);
        builder.useSVGDrawer(svgDrawer());
        builder.withW3cDocument(w3c, "/");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Batik without scripts or external resources (the builder hands it the document fonts). */
    private static BatikSVGDrawer svgDrawer() {
        return new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE);
    }

    /** openhtmltopdf's {@code <bookmarks>} in the head, nested by heading level. */
    private static void bookmarks(Document html, List<HtmlWriter.Anchor> anchors) {
        Element root = html.head().appendElement("bookmarks");
        Deque<Element> parents = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        for (HtmlWriter.Anchor anchor : anchors) {
            if (anchor.level() > 3 || !anchor.listed()) {
                continue;
            }
            while (!levels.isEmpty() && levels.peek() >= anchor.level()) {
                levels.pop();
                parents.pop();
            }
            Element parent = parents.isEmpty() ? root : parents.peek();
            Element bookmark = parent.appendElement("bookmark").attr("name", anchor.text())
                    .attr("href", "#" + anchor.id());
            parents.push(bookmark);
            levels.push(anchor.level());
        }
    }

    private static byte[] font(String name) {
        try (InputStream in = PdfWriter.class.getClassLoader().getResourceAsStream("fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
