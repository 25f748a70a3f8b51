package se.vaksam.audit.web;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.vaksam.audit.AuditManagement;
import se.vaksam.audit.AuditQuery;
import se.vaksam.audit.LinkType;
import se.vaksam.audit.RecommendationStatus;
import se.vaksam.history.HistoryQuery;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.NotFoundException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;
import se.vaksam.shared.Choice;
import se.vaksam.shared.Confirmation;

/** Open recommendations over the years, and each recommendation's follow-up page. */
@Allowed(Capability.SIGNED_IN)
@Controller
class RecommendationPages {

    private final AuditQuery audits;
    private final AuditManagement management;
    private final HistoryQuery history;

    RecommendationPages(AuditQuery audits, AuditManagement management, HistoryQuery history) {
        this.audits = audits;
        this.management = management;
        this.history = history;
    }

    @GetMapping("/audit-recommendations")
    String open(Model model) {
        model.addAttribute("committees", AuditPages.byCommittee(audits.openRecommendations(null)));
        return "audit/open";
    }

    @GetMapping("/audit-recommendations/{id}")
    String recommendation(@PathVariable long id, Model model) {
        model.addAttribute("rec", audits.recommendation(id));
        model.addAttribute("statuses", RecommendationStatus.values());
        model.addAttribute("linkTypes", LinkType.values());
        model.addAttribute("historyEntries", history.historyOf("audit.recommendation", Long.toString(id)));
        return "audit/recommendation";
    }

    /**
     * The link picker's matches: records of the kind, by a part of their title, that the person may read; at
     * most {@link #LINK_CHOICES}.
     */
    @Allowed(Capability.CHANGE_RECORDS)
    @GetMapping(path = "/audit-recommendations/{id}/link-choices", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<Choice> linkChoices(@PathVariable long id, @RequestParam(required = false) String type,
            @RequestParam(defaultValue = "") String q) {
        String search = q.length() > LONGEST_SEARCH ? q.substring(0, LONGEST_SEARCH) : q;
        return audits.linkChoices(id, AuditPaths.choice(LinkType.class, type), search, LINK_CHOICES);
    }

    private static final int LINK_CHOICES = 20;
    private static final int LONGEST_SEARCH = 100;

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/audit-recommendations/{id}/status")
    String status(@PathVariable long id, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        String back = "/audit-recommendations/" + id;
        return AuditPages.attempt(redirect, back, () -> {
            management.setStatus(id, AuditPaths.choice(RecommendationStatus.class, status), AuditPaths.version(version));
            return back;
        });
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/audit-recommendations/{id}/keep-open")
    String keepOpen(@PathVariable long id, RedirectAttributes redirect) {
        String back = "/audit-recommendations/" + id;
        return AuditPages.attempt(redirect, back, () -> {
            management.keepOpen(id);
            return back;
        });
    }

    /** Asks before a link is removed: the linked action or risk itself stays as it is. */
    @Allowed(Capability.CHANGE_RECORDS)
    @GetMapping("/audit-recommendations/{id}/links/remove")
    String confirmUnlink(@PathVariable long id, @RequestParam(required = false) String type,
            @RequestParam(required = false) String recordId, Model model) {
        AuditQuery.RecommendationView rec = audits.recommendation(id);
        if (!rec.manageable()) {
            throw new ForbiddenException();
        }
        LinkType linkType = AuditPaths.choice(LinkType.class, type);
        Long record = AuditPaths.number(recordId);
        AuditQuery.LinkView link = rec.links().stream()
                .filter(l -> l.type() == linkType && record != null && l.recordId() == record).findFirst()
                .orElseThrow(() -> new NotFoundException("audit.error.linkNotFound"));
        model.addAttribute("rec", rec);
        model.addAttribute("link", link);
        return "audit/unlink";
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/audit-recommendations/{id}/links/remove")
    String unlink(@PathVariable long id, @RequestParam(required = false) String type,
            @RequestParam(required = false) String recordId,
            @RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
        String back = "/audit-recommendations/" + id;
        return AuditPages.attempt(redirect, back, () -> {
            Confirmation.require(confirmed);
            LinkType linkType = AuditPaths.choice(LinkType.class, type);
            Long record = AuditPaths.number(recordId);
            if (linkType == null || record == null) {
                throw new DomainException("audit.error.linkRequired");
            }
            management.unlink(id, linkType, record);
            return back;
        });
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/audit-recommendations/{id}/links")
    String link(@PathVariable long id, @RequestParam(required = false) String type,
            @RequestParam(required = false) String recordId, @RequestParam(defaultValue = "false") boolean remove,
            @RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
        String back = "/audit-recommendations/" + id;
        return AuditPages.attempt(redirect, back, () -> {
            LinkType linkType = AuditPaths.choice(LinkType.class, type);
            Long record = AuditPaths.number(recordId);
            if (remove && linkType != null && record != null) {
                Confirmation.require(confirmed);
                management.unlink(id, linkType, record);
            } else {
                management.link(id, linkType, record);
            }
            return back;
        });
    }
}
