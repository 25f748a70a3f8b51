package se.vaksam.risk.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.vaksam.history.HistoryQuery;
import se.vaksam.org.OrgQuery;
import se.vaksam.org.OrgUnitType;
import se.vaksam.risk.Decision;
import se.vaksam.risk.HeatMap;
import se.vaksam.risk.OtherProcess;
import se.vaksam.risk.RiskManagement;
import se.vaksam.risk.RiskQuery;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/** Risk analyses (riskanalyser): list and new, and one analysis with its heat map, assessments and decisions. */
@Allowed(Capability.SIGNED_IN)
@Controller
class AnalysisPages {

    private final RiskQuery risks;
    private final RiskManagement management;
    private final HistoryQuery history;
    private final UnitChoices units;
    private final OrgQuery org;
    private final Clock clock;

    AnalysisPages(RiskQuery risks, RiskManagement management, HistoryQuery history, UnitChoices units, OrgQuery org,
            Clock clock) {
        this.risks = risks;
        this.management = management;
        this.history = history;
        this.units = units;
        this.org = org;
        this.clock = clock;
    }

    record NewAnalysis(Long unitId, Integer year, String heldOn, String participants, Long matrixId) {
    }

    @GetMapping("/risk-analyses")
    String list(Model model) {
        LocalDate today = LocalDate.now(clock);
        return list(new NewAnalysis(null, today.getYear(), today.toString(), "", null), null, model);
    }

    private String list(NewAnalysis form, DomainException error, Model model) {
        model.addAttribute("analyses", risks.analyses());
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("units", units.writable());
        model.addAttribute("matrices", risks.matrices());
        return "risk/analyses";
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/risk-analyses")
    String create(@ModelAttribute NewAnalysis form, Model model,
            HttpServletResponse response) {
        try {
            if (form.unitId() == null) {
                throw new DomainException("risk.error.required.unit");
            }
            if (form.year() == null) {
                throw new DomainException("risk.analysis.error.year");
            }
            long matrixId = form.matrixId() == null ? risks.defaultMatrix().matrixId() : form.matrixId();
            long id = management.createAnalysis(form.unitId(), form.year(), date(form.heldOn()), form.participants(),
                    matrixId);
            return "redirect:/risk-analyses/" + id;
        } catch (DomainException e) {
            response.setStatus(422);
            return list(form, e, model);
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("risk.analysis.error.heldOn");
        }
    }

    @GetMapping("/risk-analyses/{id}")
    String analysis(@PathVariable long id, @RequestParam(required = false) Integer likelihood,
            @RequestParam(required = false) Integer consequence, Model model) {
        return show(risks.analysis(id), likelihood, consequence, null, model);
    }

    private String show(RiskQuery.Analysis analysis, Integer likelihood, Integer consequence, DomainException error,
            Model model) {
        List<RiskQuery.Assessment> assessed = analysis.items().stream().map(RiskQuery.Item::assessment)
                .filter(Objects::nonNull).toList();
        model.addAttribute("analysis", analysis);
        model.addAttribute("committee", org.ancestors(analysis.unitId()).stream()
                .filter(u -> u.type() == OrgUnitType.COMMITTEE).findFirst().orElse(null));
        model.addAttribute("matrix", risks.matrixVersion(analysis.matrixVersionId()));
        model.addAttribute("heatMap", HeatMap.of(risks.matrixVersion(analysis.matrixVersionId()), assessed));
        model.addAttribute("cell", likelihood != null && consequence != null);
        model.addAttribute("cellItems", analysis.items().stream().filter(i -> i.assessment() != null
                && Objects.equals(i.assessment().likelihood(), likelihood)
                && Objects.equals(i.assessment().consequence(), consequence)).toList());
        model.addAttribute("candidates", analysis.items().stream()
                .filter(i -> i.decision() != null && i.decision().planCandidate()).toList());
        Set<Long> included = analysis.items().stream().map(RiskQuery.Item::riskId).collect(Collectors.toSet());
        Set<Long> subtree = org.subtree(analysis.unitId());
        List<RiskQuery.Proposal> proposals = risks.proposals(analysis.year()).stream()
                .filter(p -> !included.contains(p.riskId()) && subtree.contains(p.unitId())).toList();
        Set<Long> proposed = proposals.stream().map(RiskQuery.Proposal::riskId).collect(Collectors.toSet());
        model.addAttribute("proposals", proposals);
        model.addAttribute("names", org.namesOf(proposals.stream().map(RiskQuery.Proposal::proposedBy).toList()));
        model.addAttribute("addable", analysis.writable() ? risks.risks(RiskQuery.RiskFilter.none()).stream()
                .filter(r -> !included.contains(r.id()) && !proposed.contains(r.id()) && subtree.contains(r.unitId()))
                .toList() : List.of());
        model.addAttribute("decisions", Decision.values());
        model.addAttribute("processes", OtherProcess.values());
        model.addAttribute("error", error);
        model.addAttribute("historyEntries", history.historyOf("risk.analysis", Long.toString(analysis.id())));
        return "risk/analysis";
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/risk-analyses/{id}/risks")
    String addRisks(@PathVariable long id, @RequestParam(name = "riskId", required = false) List<Long> riskIds) {
        management.addRisks(id, riskIds == null ? List.of() : riskIds);
        return "redirect:/risk-analyses/" + id + "#decisions";
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/risk-analyses/{id}/decisions")
    String decide(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        RiskQuery.Analysis analysis = risks.analysis(id);
        if (!analysis.writable()) {
            throw new ForbiddenException();
        }
        List<RiskManagement.ItemDecision> decisions = new ArrayList<>();
        for (RiskQuery.Item item : analysis.items()) {
            long i = item.id();
            decisions.add(new RiskManagement.ItemDecision(i, number(params.get("l" + i)), number(params.get("c" + i)),
                    params.get("m" + i), value(Decision.class, params.get("d" + i)),
                    value(OtherProcess.class, params.get("p" + i)), params.get("r" + i)));
        }
        try {
            management.decide(id, number(params.get("version")) == null ? -1 : number(params.get("version")), decisions);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/risk-analyses/" + id;
        } catch (DomainException e) {
            response.setStatus(422);
            return show(analysis, null, null, e, model);
        }
    }

    private static Integer number(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E value(Class<E> type, String s) {
        try {
            return s == null || s.isBlank() ? null : Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
