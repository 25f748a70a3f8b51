package se.vaksam.document;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Renders a {@link Doc} to HTML (preview), DOCX (Word, editable) or PDF (tagged PDF/UA, fonts embedded), each in
 * the municipality's look ({@link Branding}, read from {@link Brandings} at every rendering), so the modules
 * that build documents never handle the look. Thread-safe; the same document gives the same structure in every
 * format.
 */
@Service
public class DocumentRenderer {

    private final Supplier<Branding> branding;

    @Autowired
    DocumentRenderer(Brandings brandings) {
        this.branding = brandings::current;
    }

    /** A renderer with a fixed look (tests, and tools without a database). */
    public DocumentRenderer(Branding branding) {
        this.branding = () -> branding;
    }

    /** A renderer with the default look. */
    public DocumentRenderer() {
        this(Branding.DEFAULT);
    }

    /** A complete HTML5 document (lang, title, inline stylesheet), all text escaped, set as a page on screen. */
    public String html(Doc doc) {
        return HtmlWriter.write(doc, false, branding.get()).outerHtml();
    }

    /**
     * A Word document with heading styles, a table of contents whose page numbers are those of the PDF of the
     * same document (computed here, so they show when the file is opened), tables and pictures.
     */
    public byte[] docx(Doc doc) {
        Branding look = branding.get();
        return DocxWriter.write(doc, look, DocxToc.pages(doc, () -> PdfWriter.write(doc, look)));
    }

    /** An accessible PDF (PDF/UA, PDF/A-3a): tagged, language and title set, bookmarks, header and footer. */
    public byte[] pdf(Doc doc) {
        return PdfWriter.write(doc, branding.get());
    }

    /** The document in the given format: HTML as UTF-8 bytes. */
    public byte[] render(Doc doc, Format format) {
        return switch (format) {
            case HTML -> html(doc).getBytes(StandardCharsets.UTF_8);
            case PDF -> pdf(doc);
            case DOCX -> docx(doc);
        };
    }
}
