package se.vaksam.risk.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.vaksam.history.HistoryQuery;
import se.vaksam.risk.Formula;
import se.vaksam.risk.HeatMap;
import se.vaksam.risk.RiskManagement;
import se.vaksam.risk.RiskMatrix;
import se.vaksam.risk.RiskQuery;
import se.vaksam.shared.Access;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/** Risk matrices (riskmatriser): list, a new matrix, a matrix with its bands and a form for a new version. */
@Allowed(Capability.SIGNED_IN)
@Controller
class MatrixPages {

    private final RiskQuery risks;
    private final RiskManagement management;
    private final HistoryQuery history;
    private final UnitChoices units;
    private final Access access;

    MatrixPages(RiskQuery risks, RiskManagement management, HistoryQuery history, UnitChoices units, Access access) {
        this.risks = risks;
        this.management = management;
        this.history = history;
        this.units = units;
        this.access = access;
    }

    @GetMapping("/risk-matrices")
    String list(Model model) {
        model.addAttribute("matrices", risks.matrices());
        model.addAttribute("unitNames", units.readable().stream()
                .collect(Collectors.toMap(u -> u.id(), u -> u.name())));
        model.addAttribute("canCreate", !units.writable().isEmpty());
        return "risk/matrices";
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @GetMapping("/risk-matrices/new")
    String newMatrix(@RequestParam(required = false) Integer likelihoodLevels,
            @RequestParam(required = false) Integer consequenceLevels, @RequestParam(required = false) Integer bandCount,
            Model model) {
        if (likelihoodLevels == null || consequenceLevels == null || bandCount == null) {
            model.addAttribute("sizes", new int[] {3, 4, 5, 6});
            return "risk/matrix-size";
        }
        return form(MatrixForm.proposal(likelihoodLevels, consequenceLevels, bandCount), null, model);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/risk-matrices")
    String create(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
        MatrixForm form = MatrixForm.parse(params);
        try {
            long id = management.createMatrix(form.draft());
            return "redirect:/risk-matrices/" + id;
        } catch (DomainException e) {
            response.setStatus(422);
            return form(form, e, model);
        }
    }

    private String form(MatrixForm form, DomainException error, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("formulas", Formula.values());
        model.addAttribute("units", units.writable());
        model.addAttribute("administrator", access.current().administrator());
        return "risk/matrix-new";
    }

    /** The matrix; with a size given, the edit form is offered resized to it. */
    @GetMapping("/risk-matrices/{id}")
    String matrix(@PathVariable long id, @RequestParam(required = false) Integer likelihoodLevels,
            @RequestParam(required = false) Integer consequenceLevels, @RequestParam(required = false) Integer bandCount,
            Model model) {
        RiskMatrix matrix = risks.matrix(id);
        MatrixForm form = MatrixForm.of(matrix);
        if (likelihoodLevels != null && consequenceLevels != null && bandCount != null) {
            form = form.resized(likelihoodLevels, consequenceLevels, bandCount);
        }
        return show(matrix, form, null, model);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/risk-matrices/{id}")
    String edit(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        RiskMatrix matrix = risks.matrix(id);
        MatrixForm parsed = MatrixForm.parse(params);
        MatrixForm form = new MatrixForm(parsed.name(), matrix.unitId(), parsed.formula(), parsed.likelihood(),
                parsed.consequence(), parsed.bands(), parsed.cells(), parsed.version(), parsed.reason());
        try {
            management.editMatrix(id, form.draft(), form.version() == null ? -1 : form.version(), form.reason());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/risk-matrices/" + id;
        } catch (DomainException e) {
            response.setStatus(422);
            return show(matrix, form, e, model);
        }
    }

    private String show(RiskMatrix matrix, MatrixForm form, DomainException error, Model model) {
        model.addAttribute("matrix", matrix);
        model.addAttribute("preview", HeatMap.of(matrix, List.of()));
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("formulas", Formula.values());
        model.addAttribute("sizes", new int[] {3, 4, 5, 6});
        model.addAttribute("writable", matrix.unitId() == null ? access.current().administrator()
                : access.current().canWrite(matrix.unitId()));
        model.addAttribute("historyEntries", history.historyOf("risk.matrix", Long.toString(matrix.matrixId())));
        return "risk/matrix";
    }
}
