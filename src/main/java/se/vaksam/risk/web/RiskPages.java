package se.vaksam.risk.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.vaksam.history.HistoryQuery;
import se.vaksam.risk.HeatMap;
import se.vaksam.risk.Origin;
import se.vaksam.risk.RiskManagement;
import se.vaksam.risk.RiskMatrix;
import se.vaksam.risk.RiskQuery;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.LinkedRecords;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/** The risk register (Riskregister) with filters and heat map, and each risk's page. */
@Allowed(Capability.SIGNED_IN)
@Controller
class RiskPages {

    private final RiskQuery risks;
    private final RiskManagement management;
    private final HistoryQuery history;
    private final UnitChoices units;

    private final List<LinkedRecords> linkedRecords;

    RiskPages(RiskQuery risks, RiskManagement management, HistoryQuery history, UnitChoices units,
            List<LinkedRecords> linkedRecords) {
        this.linkedRecords = linkedRecords;
        this.risks = risks;
        this.management = management;
        this.history = history;
        this.units = units;
    }

    @GetMapping("/risks")
    String register(@ModelAttribute("filter") RiskQuery.RiskFilter filter, Model model) {
        List<RiskQuery.RiskView> list = risks.risks(filter);
        model.addAttribute("risks", list);
        model.addAttribute("heatMaps", heatMaps(list));
        model.addAttribute("committees", units.committees());
        model.addAttribute("units", units.readable());
        model.addAttribute("categories", risks.categories());
        model.addAttribute("bands", risks.defaultMatrix().bands());
        model.addAttribute("canCreate", !units.writable().isEmpty());
        return "risk/register";
    }

    /** One heat map per matrix version the listed risks' current assessments were made with. */
    private List<HeatMap> heatMaps(List<RiskQuery.RiskView> list) {
        Map<Long, List<RiskQuery.Assessment>> byVersion = new LinkedHashMap<>();
        list.stream().filter(r -> r.current() != null).forEach(r -> byVersion
                .computeIfAbsent(r.current().matrixVersionId(), v -> new ArrayList<>()).add(r.current()));
        return byVersion.entrySet().stream()
                .map(e -> HeatMap.of(risks.matrixVersion(e.getKey()), e.getValue())).toList();
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @GetMapping("/risks/new")
    String newRisk(Model model) {
        return form(RiskForm.empty(), null, model);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/risks")
    String create(@ModelAttribute RiskForm form, Model model, HttpServletResponse response) {
        try {
            long id = management.createRisk(form.draft());
            return "redirect:/risks/" + id;
        } catch (DomainException e) {
            response.setStatus(422);
            return form(form, e, model);
        }
    }

    private String form(RiskForm form, DomainException error, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("units", units.writable());
        model.addAttribute("owners", units.owners());
        model.addAttribute("categories", risks.categories());
        model.addAttribute("origins", Origin.values());
        return "risk/new";
    }

    @GetMapping("/risks/{id}")
    String risk(@PathVariable long id, Model model) {
        RiskQuery.RiskView risk = risks.risk(id);
        return show(risk, RiskForm.of(risk), null, null, model);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/risks/{id}")
    String edit(@PathVariable long id, @ModelAttribute RiskForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        RiskQuery.RiskView risk = risks.risk(id);
        if (!risk.writable()) {
            throw new ForbiddenException();
        }
        try {
            management.editRisk(id, form.draft(), form.version() == null ? -1 : form.version(), form.reason());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/risks/" + id;
        } catch (DomainException e) {
            response.setStatus(422);
            return show(risk, form, e, null, model);
        }
    }

    record AssessForm(Long matrixId, Integer likelihood, Integer consequence, String motivation, String reason) {
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/risks/{id}/assessments")
    String assess(@PathVariable long id, @ModelAttribute AssessForm form, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        RiskQuery.RiskView risk = risks.risk(id);
        if (!risk.writable()) {
            throw new ForbiddenException();
        }
        try {
            if (form.matrixId() == null || form.likelihood() == null || form.consequence() == null) {
                throw new DomainException("risk.assess.error.levels");
            }
            management.assess(id, form.matrixId(), form.likelihood(), form.consequence(), form.motivation(),
                    form.reason());
            redirect.addFlashAttribute("assessed", true);
            return "redirect:/risks/" + id;
        } catch (DomainException e) {
            response.setStatus(422);
            return show(risk, RiskForm.of(risk), null, e, model);
        }
    }

    /** A link as shown on the risk's page: with the linked record's title and page when its module knows it. */
    record LinkView(String recordType, String recordId, String title, String path) {
    }

    private LinkView describe(RiskQuery.Link link) {
        return linkedRecords.stream().map(r -> r.describe(link.recordType(), link.recordId()))
                .flatMap(java.util.Optional::stream).findFirst()
                .map(d -> new LinkView(link.recordType(), link.recordId(), d.title(), d.path()))
                .orElse(new LinkView(link.recordType(), link.recordId(), null, null));
    }

    private String show(RiskQuery.RiskView risk, RiskForm form, DomainException error, DomainException assessError,
            Model model) {
        List<RiskQuery.Assessment> assessments = risks.assessments(risk.id());
        RiskMatrix matrix = risk.current() == null ? risks.defaultMatrix()
                : risks.matrix(risks.matrixVersion(risk.current().matrixVersionId()).matrixId());
        model.addAttribute("risk", risk);
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("assessError", assessError);
        model.addAttribute("assessments", assessments);
        model.addAttribute("links", risks.links(risk.id()).stream().map(this::describe).toList());
        model.addAttribute("trend", Trend.of(assessments));
        model.addAttribute("matrix", matrix);
        model.addAttribute("units", units.writable());
        model.addAttribute("owners", risk.writable() ? units.owners() : List.of());
        model.addAttribute("categories", risks.categories());
        model.addAttribute("origins", Origin.values());
        model.addAttribute("historyEntries", history.historyOf("risk.risk", Long.toString(risk.id())));
        return "risk/risk";
    }
}
