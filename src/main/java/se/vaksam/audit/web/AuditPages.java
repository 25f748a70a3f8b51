package se.vaksam.audit.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.vaksam.audit.AnswerDraft;
import se.vaksam.audit.AreaDraft;
import se.vaksam.audit.AuditManagement;
import se.vaksam.audit.AuditQuery;
import se.vaksam.audit.ResponseDocuments;
import se.vaksam.audit.ResponseDraft;
import se.vaksam.audit.ReviewDraft;
import se.vaksam.history.HistoryQuery;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/** The reviews list, a review's page with its sub-areas, the drafting of the answers and the yttrande's frame. */
@Allowed(Capability.SIGNED_IN)
@Controller
class AuditPages {

    private final AuditQuery audits;
    private final AuditManagement management;
    private final HistoryQuery history;
    private final ResponseDocuments documents;

    private final se.vaksam.org.OrgQuery org;
    private final java.time.Clock clock;

    AuditPages(AuditQuery audits, AuditManagement management, HistoryQuery history, ResponseDocuments documents,
            se.vaksam.org.OrgQuery org, java.time.Clock clock) {
        this.org = org;
        this.clock = clock;
        this.audits = audits;
        this.management = management;
        this.history = history;
        this.documents = documents;
    }

    @GetMapping("/audits")
    String list(Model model) {
        model.addAttribute("reviews", audits.reviews(null));
        model.addAttribute("committees", management.manageableCommittees());
        return "audit/list";
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/audits")
    String create(@RequestParam(required = false) Long committeeId, @RequestParam(required = false) String number,
            @RequestParam(required = false) String title, @RequestParam(required = false) String auditors,
            @RequestParam(required = false) String reviewedOn, @RequestParam(required = false) String overallJudgement,
            RedirectAttributes redirect) {
        return attempt(redirect, "/audits", () -> {
            long id = management.createReview(new ReviewDraft(committeeId, number, title, auditors,
                    AuditPaths.date(reviewedOn), overallJudgement, List.of()));
            return "/audits/" + id;
        });
    }

    @GetMapping("/audits/{id}")
    String review(@PathVariable long id, Model model) {
        AuditQuery.ReviewView review = audits.review(id);
        model.addAttribute("review", review);
        model.addAttribute("people", review.manageable()
                ? org.peopleIn(review.committeeId(), java.time.LocalDate.now(clock)) : List.of());
        AuditQuery.ResponseView response = audits.response(id).orElse(null);
        model.addAttribute("response", response);
        model.addAttribute("documentLinks", response == null ? null : true);
        model.addAttribute("snapshots", documents.snapshots(id));
        model.addAttribute("historyEntries", history.historyOf("audit.review", Long.toString(id)));
        return "audit/review";
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/audits/{id}/areas")
    String addArea(@PathVariable long id, @RequestParam(required = false) String heading,
            @RequestParam(required = false) String judgement, @RequestParam(required = false) String recommendations,
            RedirectAttributes redirect) {
        List<String> lines = recommendations == null ? List.of()
                : recommendations.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return attempt(redirect, "/audits/" + id, () -> {
            management.addArea(id, new AreaDraft(heading, judgement, lines));
            return "/audits/" + id;
        });
    }

    @PostMapping("/audits/{id}/areas/{areaId}/answer")
    String answer(@PathVariable long id, @PathVariable long areaId, @RequestParam(required = false) String actionsTaken,
            @RequestParam(required = false) String effects, @RequestParam(required = false) String plannedActions,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return attempt(redirect, "/audits/" + id, () -> {
            management.answer(areaId, new AnswerDraft(actionsTaken, effects, plannedActions), AuditPaths.version(version));
            return "/audits/" + id + "#area-" + areaId;
        });
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/audits/{id}/areas/{areaId}/assignee")
    String assign(@PathVariable long id, @PathVariable long areaId, @RequestParam(required = false) String username,
            RedirectAttributes redirect) {
        return attempt(redirect, "/audits/" + id, () -> {
            management.assign(areaId, username);
            return "/audits/" + id + "#area-" + areaId;
        });
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/audits/{id}/response")
    String response(@PathVariable long id, @RequestParam Map<String, String> form,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        return attempt(redirect, "/audits/" + id, () -> {
            management.saveResponse(id, new ResponseDraft(AuditPaths.date(form.get("date")), form.get("address"),
                    form.get("diaryNumber"), form.get("addressee"), form.get("proposalLine"), form.get("summary"),
                    form.get("statement"), form.get("signatures"), form.get("reservations")), AuditPaths.version(version));
            return "/audits/" + id;
        });
    }

    /** Runs a change; on a refused one goes back with the Swedish message, on success to where it says. */
    static String attempt(RedirectAttributes redirect, String back, java.util.function.Supplier<String> change) {
        try {
            String to = change.get();
            redirect.addFlashAttribute("saved", true);
            return "redirect:" + to;
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", e);
            return "redirect:" + back;
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", new DomainException("error.conflict"));
            return "redirect:" + back;
        }
    }

    /** Open recommendations grouped by committee, oldest review first. */
    static Map<String, List<AuditQuery.RecommendationView>> byCommittee(List<AuditQuery.RecommendationView> open) {
        Map<String, List<AuditQuery.RecommendationView>> grouped = new LinkedHashMap<>();
        open.forEach(r -> grouped.computeIfAbsent(r.committeeName(), k -> new java.util.ArrayList<>()).add(r));
        return grouped;
    }
}
