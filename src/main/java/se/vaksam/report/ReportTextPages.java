package se.vaksam.report;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.vaksam.shared.DomainException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/** The kommun's standard texts of the reports and the references they use: edited by the system administrator. */
@Allowed(Capability.ADMINISTER_SYSTEM)
@Controller
class ReportTextPages {

    private final ReportTexts texts;
    private final UnitReading units;

    ReportTextPages(ReportTexts texts, UnitReading units) {
        this.texts = texts;
        this.units = units;
    }

    @GetMapping("/reports/texts")
    String page(Model model) {
        units.requireAdministrator();
        return show(null, model);
    }

    private String show(DomainException error, Model model) {
        ReportTexts.Settings settings = texts.settings();
        model.addAttribute("settings", Map.of("regulation", settings.regulationReference(), "guideline",
                settings.guidelineReference(), "version", settings.version()));
        model.addAttribute("templates", texts.templates().stream().map(t -> Map.of("code", t.code(), "title",
                t.title(), "body", t.body(), "version", t.version())).toList());
        model.addAttribute("error", error);
        return "report/texts";
    }

    @PostMapping("/reports/texts/settings")
    String saveSettings(@RequestParam String regulation, @RequestParam String guideline, @RequestParam int version,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return save(() -> texts.saveSettings(regulation, guideline, version), model, redirect, response);
    }

    @PostMapping("/reports/texts/{code}")
    String saveTemplate(@PathVariable String code, @RequestParam String body, @RequestParam int version, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return save(() -> texts.saveTemplate(code, body, version, units.username()), model, redirect, response);
    }

    /** Saves as the administrator; a refused or stale change shows the page again with the error (422, 409). */
    private String save(Runnable change, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        units.requireAdministrator();
        try {
            change.run();
        } catch (DomainException e) {
            response.setStatus(422);
            return show(e, model);
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(409);
            return show(new DomainException("error.conflict"), model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/reports/texts";
    }
}
