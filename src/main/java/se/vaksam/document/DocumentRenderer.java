package se.vaksam.document;

import org.springframework.stereotype.Service;

/**
 * Renders a {@link Doc} to HTML (preview), DOCX (Word, editable) or PDF (tagged PDF/UA, fonts embedded).
 * Stateless and thread-safe; the same document gives the same structure in every format.
 */
@Service
public class DocumentRenderer {

    /** A complete HTML5 document (lang, title, inline stylesheet), all text escaped. */
    public String html(Doc doc) {
        return HtmlWriter.write(doc, false).outerHtml();
    }

    /** A Word document with heading styles, a TOC field updated on open, tables and pictures. */
    public byte[] docx(Doc doc) {
        return DocxWriter.write(doc);
    }

    /** An accessible PDF (PDF/UA, PDF/A-3a): tagged, language and title set, bookmarks, page numbers. */
    public byte[] pdf(Doc doc) {
        return PdfWriter.write(doc);
    }

    /** The document in the given format: HTML as UTF-8 bytes. */
    public byte[] render(Doc doc, Format format) {
        return switch (format) {
            case HTML -> html(doc).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case PDF -> pdf(doc);
            case DOCX -> docx(doc);
        };
    }
}
