package se.vaksam.audit.web;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import se.vaksam.audit.AuditQuery;
import se.vaksam.audit.ResponseDocuments;
import se.vaksam.document.DocumentRenderer;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/**
 * The yttrande previewed in the browser before it is downloaded: the same document the DOCX and PDF are made
 * from, rendered by the report module's HTML writer (which escapes every text) and shown inside Vaksam's page
 * with GOV.UK styles; its headings move one level down under the page's own heading.
 */
@Allowed(Capability.SIGNED_IN)
@Controller
class ResponsePreview {

    private static final Map<String, String> CLASSES = Map.of("h2", "govuk-heading-l", "h3", "govuk-heading-m",
            "h4", "govuk-heading-s", "p", "govuk-body", "ul", "govuk-list govuk-list--bullet", "table", "govuk-table",
            "th", "govuk-table__header", "td", "govuk-table__cell", "tr", "govuk-table__row");

    private final AuditQuery audits;
    private final ResponseDocuments documents;
    private final DocumentRenderer renderer;

    ResponsePreview(AuditQuery audits, ResponseDocuments documents, DocumentRenderer renderer) {
        this.audits = audits;
        this.documents = documents;
        this.renderer = renderer;
    }

    @GetMapping("/audits/{id}/response/preview")
    String preview(@PathVariable long id, Model model) {
        AuditQuery.ReviewView review = audits.review(id);
        model.addAttribute("review", review);
        model.addAttribute("documentHtml", bodyOf(renderer.html(documents.document(id))));
        return "audit/preview";
    }

    /** The document's body as GOV.UK-styled HTML with headings one level lower. */
    static String bodyOf(String html) {
        Element body = Jsoup.parse(html).body();
        for (int level = 5; level >= 1; level--) {
            for (Element heading : body.select("h" + level)) {
                heading.tagName("h" + (level + 1)).removeAttr("id");
            }
        }
        CLASSES.forEach((tag, css) -> body.select(tag).forEach(e -> e.addClass(css)));
        return body.html();
    }
}
