package se.vaksam.audit.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.vaksam.audit.AuditManagement;
import se.vaksam.audit.AuditQuery;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.NotFoundException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/**
 * Editing a sub-area's heading and the auditors' judgement after the review was entered. Refused input (422)
 * and a stale version (409) show the form again with what was typed; on a conflict the text saved meanwhile
 * is shown beside it, and saving again knowingly replaces it.
 */
@Allowed(Capability.CHANGE_RECORDS)
@Controller
class AreaPages {

    private final AuditQuery audits;
    private final AuditManagement management;

    AreaPages(AuditQuery audits, AuditManagement management) {
        this.audits = audits;
        this.management = management;
    }

    /** What the form holds: as saved, or as typed. */
    record AreaForm(String heading, String judgement, int version) {
    }

    @GetMapping("/audits/{id}/areas/{areaId}/edit")
    String edit(@PathVariable long id, @PathVariable long areaId, Model model) {
        AuditQuery.ReviewView review = audits.review(id);
        AuditQuery.AreaView area = area(review, areaId);
        return show(review, area, new AreaForm(area.heading(), area.judgement(), area.version()), null, null, model);
    }

    @PostMapping("/audits/{id}/areas/{areaId}")
    String save(@PathVariable long id, @PathVariable long areaId, @RequestParam(required = false) String heading,
            @RequestParam(required = false) String judgement, @RequestParam(required = false) Integer version,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        AuditQuery.ReviewView review = audits.review(id);
        AuditQuery.AreaView area = area(review, areaId);
        AreaForm typed = new AreaForm(heading, judgement, AuditPaths.version(version));
        try {
            management.editArea(areaId, heading, judgement, typed.version());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/audits/" + id + "#area-" + areaId;
        } catch (DomainException e) {
            response.setStatus(422);
            return show(review, area, typed, null, e, model);
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(409);
            AuditQuery.AreaView current = area(audits.review(id), areaId);
            return show(review, current, new AreaForm(heading, judgement, current.version()), current,
                    new DomainException("audit.error.areaConflict"), model);
        }
    }

    private String show(AuditQuery.ReviewView review, AuditQuery.AreaView area, AreaForm form,
            AuditQuery.AreaView conflict, DomainException error, Model model) {
        if (!review.manageable()) {
            throw new ForbiddenException();
        }
        model.addAttribute("review", review);
        model.addAttribute("area", area);
        model.addAttribute("form", form);
        model.addAttribute("conflict", conflict);
        model.addAttribute("error", error);
        return "audit/area";
    }

    static AuditQuery.AreaView area(AuditQuery.ReviewView review, long areaId) {
        return review.areas().stream().filter(a -> a.id() == areaId).findFirst()
                .orElseThrow(() -> new NotFoundException("audit.error.notFound"));
    }
}
