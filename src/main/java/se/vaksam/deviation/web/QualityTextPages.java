package se.vaksam.deviation.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.vaksam.deviation.DevelopmentStatus;
import se.vaksam.deviation.QualityChapter;
import se.vaksam.deviation.QualityNarratives;
import se.vaksam.deviation.QualityNarratives.DevelopmentArea;
import se.vaksam.deviation.QualityNarratives.DevelopmentAreaDraft;
import se.vaksam.deviation.QualityReports;
import se.vaksam.history.HistoryQuery;
import se.vaksam.org.OrgQuery;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Bounds;
import se.vaksam.shared.Capability;
import se.vaksam.shared.DomainException;

/**
 * The kvalitetsberättelse's texts: the narrative chapters of the förvaltning's report for a year (each with its
 * own page, form and history), last year's prioriterade utvecklingsområden to follow up (status and text) and
 * the areas this year's report sets for next year.
 */
@Allowed(Capability.SIGNED_IN)
@Controller
class QualityTextPages {

    private final QualityNarratives narratives;
    private final QualityReports reports;
    private final HistoryQuery history;
    private final OrgQuery org;

    QualityTextPages(QualityNarratives narratives, QualityReports reports, HistoryQuery history, OrgQuery org) {
        this.narratives = narratives;
        this.reports = reports;
        this.history = history;
        this.org = org;
    }

    @GetMapping("/quality/report/{year:\\d{4}}/texts")
    String texts(@PathVariable int year, Model model) {
        return renderTexts(model, Bounds.year("year", year), new DevelopmentAreaDraft(null, null, null, null), List.of());
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/quality/report/{year:\\d{4}}/development-areas")
    String addArea(@PathVariable int year, @RequestParam(required = false) String title,
            @RequestParam(required = false) String description, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        int y = Bounds.year("year", year);
        DevelopmentAreaDraft draft = new DevelopmentAreaDraft(title, description, null, null);
        try {
            narratives.addArea(unit(y), y, draft);
        } catch (DomainException e) {
            response.setStatus(422);
            return renderTexts(model, y, draft, List.of(new FormError(areaField(e.getMessage(), "new-area"),
                    e.getMessage(), e.arguments())));
        }
        redirect.addFlashAttribute("notice", "deviation.developmentArea.saved");
        return "redirect:/quality/report/" + y + "/texts#next-year";
    }

    @GetMapping("/quality/report/{year:\\d{4}}/texts/{code}")
    String chapter(@PathVariable int year, @PathVariable String code, Model model) {
        int y = Bounds.year("year", year);
        QualityNarratives.Chapter chapter = chapter(y, code);
        return renderChapter(model, y, chapter, chapter.heading(), chapter.body(), chapter.version(), List.of());
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/quality/report/{year:\\d{4}}/texts/{code}")
    String writeChapter(@PathVariable int year, @PathVariable String code, @RequestParam(required = false) String heading,
            @RequestParam(required = false) String body, @RequestParam(defaultValue = "0") int version, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        int y = Bounds.year("year", year);
        QualityChapter c = QualityNarrativeApi.chapter(code);
        try {
            narratives.write(unit(y), y, c, heading, body, version);
        } catch (DomainException e) {
            response.setStatus(422);
            return renderChapter(model, y, chapter(y, code), heading, body, version, List.of(new FormError(
                    e.getMessage().endsWith("chapterHeading") ? "heading" : "body", e.getMessage(), e.arguments())));
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(409);
            QualityNarratives.Chapter saved = chapter(y, code);
            model.addAttribute("saved", saved);
            return renderChapter(model, y, saved, heading, body, saved.version(),
                    List.of(new FormError("heading", "deviation.narrative.conflict")));
        }
        redirect.addFlashAttribute("notice", "deviation.narrative.saved");
        return "redirect:/quality/report/" + y + "/texts#chapters";
    }

    @GetMapping("/quality/development-areas/{id}")
    String area(@PathVariable long id, Model model) {
        DevelopmentArea area = narratives.area(id);
        return renderArea(model, area, new DevelopmentAreaDraft(area.title(), area.description(), area.status(),
                area.followUp()), area.version(), List.of());
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/quality/development-areas/{id}")
    String editArea(@PathVariable long id, @RequestParam(required = false) String title,
            @RequestParam(required = false) String description, @RequestParam(required = false) DevelopmentStatus status,
            @RequestParam(required = false) String followUp, @RequestParam(defaultValue = "0") int version, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        DevelopmentArea before = narratives.area(id);
        DevelopmentAreaDraft draft = new DevelopmentAreaDraft(title, description, status, followUp);
        try {
            narratives.editArea(id, version, draft);
        } catch (DomainException e) {
            response.setStatus(422);
            return renderArea(model, before, draft, version, List.of(new FormError(areaField(e.getMessage(), "area"),
                    e.getMessage(), e.arguments())));
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(409);
            DevelopmentArea saved = narratives.area(id);
            model.addAttribute("saved", saved);
            return renderArea(model, saved, draft, saved.version(),
                    List.of(new FormError("area-title", "deviation.narrative.conflict")));
        }
        redirect.addFlashAttribute("notice", "deviation.developmentArea.saved");
        return "redirect:/quality/development-areas/" + id;
    }

    private String renderTexts(Model model, int year, DevelopmentAreaDraft draft, List<FormError> errors) {
        Long unit = reports.administration(year).orElse(null);
        model.addAttribute("year", year);
        model.addAttribute("unitName", unit == null ? null : org.unit(unit).map(OrgQuery.UnitView::name).orElse(null));
        List<QualityNarratives.Chapter> chapters = unit == null ? List.of() : narratives.readableChapters(unit, year);
        model.addAttribute("chapters", chapters);
        model.addAttribute("headings", chapters.stream().collect(java.util.stream.Collectors.toMap(
                c -> c.code().name(), c -> QualityChapter.fill(c.heading(), year))));
        model.addAttribute("followUp", unit == null ? List.of() : narratives.readableAreas(unit, year - 1));
        model.addAttribute("nextYear", unit == null ? List.of() : narratives.readableAreas(unit, year));
        model.addAttribute("mayWrite", unit != null && narratives.mayWrite(unit));
        model.addAttribute("draft", draft);
        model.addAttribute("errors", errors);
        model.addAttribute("errorsByField", FormError.byField(errors));
        return "deviation/quality-texts";
    }

    private String renderChapter(Model model, int year, QualityNarratives.Chapter chapter, String heading, String body,
            int version, List<FormError> errors) {
        long unit = unit(year);
        model.addAttribute("year", year);
        model.addAttribute("chapter", chapter);
        model.addAttribute("title", QualityChapter.fill(chapter.heading(), year));
        model.addAttribute("placeholders", List.of("{år}", "{förraÅret}", "{nästaÅr}"));
        model.addAttribute("heading", heading);
        model.addAttribute("body", body);
        model.addAttribute("version", version);
        model.addAttribute("mayWrite", narratives.mayWrite(unit));
        model.addAttribute("historyEntries", chapter.id() == null ? List.of()
                : history.historyOf("deviation.qualityChapter", chapter.id().toString()));
        model.addAttribute("errors", errors);
        model.addAttribute("errorsByField", FormError.byField(errors));
        return "deviation/quality-chapter";
    }

    private String renderArea(Model model, DevelopmentArea area, DevelopmentAreaDraft draft, int version,
            List<FormError> errors) {
        model.addAttribute("area", area);
        model.addAttribute("draft", draft);
        model.addAttribute("version", version);
        model.addAttribute("statuses", DevelopmentStatus.values());
        model.addAttribute("mayWrite", narratives.mayWrite(area.unitId()));
        model.addAttribute("historyEntries", history.historyOf("deviation.developmentArea", Long.toString(area.id())));
        model.addAttribute("errors", errors);
        model.addAttribute("errorsByField", FormError.byField(errors));
        return "deviation/quality-area";
    }

    private QualityNarratives.Chapter chapter(int year, String code) {
        QualityChapter c = QualityNarrativeApi.chapter(code);
        return narratives.readableChapters(unit(year), year).stream().filter(ch -> ch.code() == c).findFirst()
                .orElseThrow();
    }

    private long unit(int year) {
        return reports.administration(year).orElseThrow(() -> new DomainException("deviation.report.error.noUnit"));
    }

    private static String areaField(String key, String prefix) {
        if (key.endsWith("areaDescription")) {
            return prefix + "-description";
        }
        if (key.endsWith("followUp")) {
            return prefix + "-follow-up";
        }
        return prefix + "-title";
    }
}
