package se.vaksam.governance.web;

import se.vaksam.shared.Confirmation;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.vaksam.governance.DocumentKind;
import se.vaksam.governance.GovernanceQuery;
import se.vaksam.governance.GoverningDocuments;
import se.vaksam.governance.ImplementationStatus;
import se.vaksam.history.HistoryQuery;
import se.vaksam.org.OrgDirectory;
import se.vaksam.shared.Access;
import se.vaksam.shared.AccessScope;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/** The register of governing documents, each document's page, and linking a document from a record page. */
@Allowed(Capability.SIGNED_IN)
@Controller
class GoverningDocumentPages {

    private final GoverningDocuments documents;
    private final HistoryQuery history;
    private final OrgDirectory directory;
    private final Access access;

    private final se.vaksam.org.OrgQuery org;
    private final java.time.Clock clock;

    GoverningDocumentPages(GoverningDocuments documents, HistoryQuery history, OrgDirectory directory, Access access,
            se.vaksam.org.OrgQuery org, java.time.Clock clock) {
        this.org = org;
        this.clock = clock;
        this.documents = documents;
        this.history = history;
        this.directory = directory;
        this.access = access;
    }

    @GetMapping("/governing-documents")
    String list(@RequestParam(required = false) String kind, @RequestParam(defaultValue = "false") boolean overdue,
            Model model) {
        DocumentKind chosen = kind == null || kind.isBlank() ? null : DocumentKind.valueOf(kind);
        model.addAttribute("documents", documents.documents(chosen, null, overdue));
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("kind", chosen);
        model.addAttribute("overdue", overdue);
        model.addAttribute("mayCreate", !writableUnits().isEmpty());
        return "governance/list";
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @GetMapping("/governing-documents/new")
    String creating(Model model) {
        return form(null, DocumentForm.empty(), null, model);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/governing-documents")
    String create(@ModelAttribute DocumentForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            long id = documents.create(form.draft());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/governing-documents/" + id;
        } catch (DomainException e) {
            response.setStatus(422);
            return form(null, form, e, model);
        }
    }

    @GetMapping("/governing-documents/{id}")
    String document(@PathVariable long id, Model model) {
        GovernanceQuery.DocumentView document = documents.document(id);
        return show(document, DocumentForm.of(document), null, model);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/governing-documents/{id}")
    String edit(@PathVariable long id, @ModelAttribute DocumentForm form,
            @RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        GovernanceQuery.DocumentView document = documents.document(id);
        try {
            documents.edit(id, form.draft(), version == null ? -1 : version);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/governing-documents/" + id;
        } catch (DomainException e) {
            response.setStatus(422);
            return show(document, form, e, model);
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(409);
            return show(documents.document(id), form, new DomainException("error.conflict"), model);
        }
    }

    /** From a record page's "Styrdokument" section: link (or unlink) a document and go back to the record. */
    @PostMapping("/governing-documents/links")
    String link(@RequestParam(required = false) Long documentId, @RequestParam String recordType,
            @RequestParam String recordId, @RequestParam(defaultValue = "false") boolean remove,
            @RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
        String back = recordPath(recordType, recordId);
        if (documentId == null) {
            redirect.addFlashAttribute("governanceError", "governance.error.choose");
            return "redirect:" + back;
        }
        if (remove) {
            Confirmation.require(confirmed);
            documents.unlink(documentId, recordType, recordId);
        } else {
            documents.link(documentId, recordType, recordId);
        }
        return "redirect:" + back;
    }

    private static String recordPath(String recordType, String recordId) {
        String id = Long.toString(Long.parseLong(recordId));
        return switch (recordType) {
            case "risk.risk" -> "/risks/" + id;
            case "plan.item" -> "/plan-items/" + id;
            case "deviation.deviation" -> "/deviations/" + id;
            default -> throw new DomainException("governance.error.recordType");
        };
    }

    private String show(GovernanceQuery.DocumentView document, DocumentForm form, DomainException error, Model model) {
        model.addAttribute("document", document);
        model.addAttribute("links", documents.links(document.id()));
        model.addAttribute("historyEntries", history.historyOf("governance.document", Long.toString(document.id())));
        return form(document, form, error, model);
    }

    private String form(GovernanceQuery.DocumentView document, DocumentForm form, DomainException error, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("statuses", ImplementationStatus.values());
        java.util.List<se.vaksam.org.OrgQuery.UnitView> writable = writableUnits();
        model.addAttribute("units", writable);
        model.addAttribute("owners", org.peopleInAny(writable, java.time.LocalDate.now(clock)));
        return document == null ? "governance/new" : "governance/document";
    }

    private java.util.List<se.vaksam.org.OrgQuery.UnitView> writableUnits() {
        AccessScope scope = access.current();
        return directory.readableUnits().stream().filter(u -> scope.canWrite(u.id())).toList();
    }
}
