package se.vaksam.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * The page numbers of the DOCX's table of contents, computed from the PDF of the same document: the PDF's
 * bookmarks are the listed headings of levels 1–3 in reading order ({@link PdfWriter}), each pointing to its
 * page. So the table of contents shows page numbers as soon as the file is opened, without Word or LibreOffice
 * updating it (Word's "Update field" still recomputes them from its own layout).
 */
final class DocxToc {

    private DocxToc() {
    }

    /** Heading anchor id → page number; empty (and no PDF made) when the document has no table of contents. */
    static Map<String, Integer> pages(Doc doc, Supplier<byte[]> pdf) {
        if (doc.blocks().stream().noneMatch(b -> b instanceof Block.TableOfContents)) {
            return Map.of();
        }
        List<HtmlWriter.Anchor> bookmarked = HtmlWriter.anchors(doc).stream()
                .filter(a -> a.listed() && a.level() <= 3).toList();
        List<Integer> pages = bookmarkPages(pdf.get());
        Map<String, Integer> byAnchor = new HashMap<>();
        for (int i = 0; i < bookmarked.size() && i < pages.size(); i++) {
            byAnchor.put(bookmarked.get(i).id(), pages.get(i));
        }
        return byAnchor;
    }

    /** The page number (1-based) of every bookmark, depth first in document order. */
    static List<Integer> bookmarkPages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Integer> pages = new ArrayList<>();
            if (document.getDocumentCatalog().getDocumentOutline() != null) {
                collect(document, document.getDocumentCatalog().getDocumentOutline(), pages);
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(PDDocument document, PDOutlineNode node, List<Integer> pages) throws IOException {
        for (PDOutlineItem item : node.children()) {
            PDPage page = item.findDestinationPage(document);
            pages.add(page == null ? 0 : document.getPages().indexOf(page) + 1);
            collect(document, item, pages);
        }
    }
}
