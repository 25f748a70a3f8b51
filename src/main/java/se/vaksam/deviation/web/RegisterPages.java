package se.vaksam.deviation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
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

import se.vaksam.deviation.QualityRegisters;
import se.vaksam.deviation.QualityRegisters.EntryDraft;
import se.vaksam.deviation.QualityRegisters.Register;
import se.vaksam.org.OrgDirectory;
import se.vaksam.org.OrgQuery;
import se.vaksam.shared.Bounds;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/** The registers of SOSFS risk analyses and self-inspections (Bilaga 1 and 2), per operational area. */
@Allowed(Capability.SIGNED_IN)
@Controller
class RegisterPages {

    private final QualityRegisters registers;
    private final OrgDirectory directory;
    private final OrgQuery org;
    private final Clock clock;

    RegisterPages(QualityRegisters registers, OrgDirectory directory, OrgQuery org, Clock clock) {
        this.registers = registers;
        this.directory = directory;
        this.org = org;
        this.clock = clock;
    }

    @GetMapping("/quality/{path:risk-analyses|self-inspections}")
    String list(@PathVariable String path, @RequestParam(required = false) Integer year, Model model) {
        Register register = register(path);
        int y = year == null ? LocalDate.now(clock).getYear() : Bounds.year("year", year);
        return render(model, register, path, y, new EntryDraft(y, null, "", "", "", "", ""), List.of());
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/quality/{path:risk-analyses|self-inspections}")
    String add(@PathVariable String path, @RequestParam int year, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String title, @RequestParam(required = false) String place,
            @RequestParam(required = false) String result, @RequestParam(required = false) String improvementActions,
            @RequestParam(required = false) String processesImproved, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        Register register = register(path);
        EntryDraft draft = new EntryDraft(year, unitId, title, place, result, improvementActions, processesImproved);
        try {
            registers.add(register, draft);
            redirect.addFlashAttribute("notice", "deviation.register.added");
            return "redirect:/quality/" + path + "?year=" + year;
        } catch (DomainException e) {
            response.setStatus(422);
            return render(model, register, path, year, draft, List.of(new FormError(field(e.getMessage()), e.getMessage(),
                    e.arguments())));
        }
    }

    @GetMapping("/quality/{path:risk-analyses|self-inspections}/{id}")
    String editForm(@PathVariable String path, @PathVariable long id, Model model) {
        Register register = register(path);
        QualityRegisters.Entry e = registers.entry(register, id);
        requireWritable(e);
        return renderEdit(model, register, path, e, e.version(), new EntryDraft(e.year(), e.unitId(), e.title(), e.place(),
                e.result(), e.improvementActions(), e.processesImproved()), List.of(), null);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/quality/{path:risk-analyses|self-inspections}/{id}")
    String edit(@PathVariable String path, @PathVariable long id, @RequestParam(defaultValue = "-1") int version,
            @RequestParam(name = "year", required = false) String yearText, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String title, @RequestParam(required = false) String place,
            @RequestParam(required = false) String result, @RequestParam(required = false) String improvementActions,
            @RequestParam(required = false) String processesImproved, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        Register register = register(path);
        Integer year = yearText == null || !yearText.strip().matches("\\d{1,4}") ? null : Integer.valueOf(yearText.strip());
        QualityRegisters.Entry before = registers.entry(register, id);
        requireWritable(before);
        EntryDraft draft = new EntryDraft(year, unitId, title, place, result, improvementActions, processesImproved);
        try {
            registers.edit(register, id, version, draft);
            redirect.addFlashAttribute("notice", "deviation.register.saved");
            return "redirect:/quality/" + path + "?year=" + (year == null ? before.year() : year);
        } catch (DomainException e) {
            response.setStatus(422);
            return renderEdit(model, register, path, before, version, draft,
                    List.of(new FormError(field(e.getMessage()), e.getMessage(), e.arguments())), null);
        } catch (OptimisticLockingFailureException e) {
            response.setStatus(409);
            QualityRegisters.Entry saved = registers.entry(register, id);
            return renderEdit(model, register, path, saved, saved.version(), draft,
                    List.of(new FormError("title", "deviation.register.conflict")), saved);
        }
    }

    private void requireWritable(QualityRegisters.Entry e) {
        if (directory.writableUnits().stream().noneMatch(u -> u.id() == e.unitId())) {
            throw new ForbiddenException();
        }
    }

    private String renderEdit(Model model, Register register, String path, QualityRegisters.Entry entry, int version,
            EntryDraft draft, List<FormError> errors, QualityRegisters.Entry saved) {
        model.addAttribute("register", register);
        model.addAttribute("path", path);
        model.addAttribute("entry", entry);
        model.addAttribute("version", version);
        model.addAttribute("draft", draft);
        model.addAttribute("saved", saved);
        model.addAttribute("units", units());
        model.addAttribute("errors", errors);
        model.addAttribute("errorsByField", FormError.byField(errors));
        return "deviation/register-edit";
    }

    private List<OrgQuery.UnitView> units() {
        return directory.writableUnits().stream().sorted(Comparator.comparing(OrgQuery.UnitView::name)).toList();
    }

    private String render(Model model, Register register, String path, int year, EntryDraft draft,
            List<FormError> errors) {
        Map<String, List<QualityRegisters.Entry>> byArea = new LinkedHashMap<>();
        for (QualityRegisters.Entry e : registers.entries(register, year)) {
            String area = e.areaUnitId() == null ? "" : org.unit(e.areaUnitId()).map(OrgQuery.UnitView::name).orElse("");
            byArea.computeIfAbsent(area, a -> new ArrayList<>()).add(e);
        }
        Map<Long, String> unitNames = new LinkedHashMap<>();
        byArea.values().stream().flatMap(List::stream).forEach(e -> unitNames.computeIfAbsent(e.unitId(),
                id -> org.unit(id).map(OrgQuery.UnitView::name).orElse("–")));
        model.addAttribute("register", register);
        model.addAttribute("path", path);
        model.addAttribute("year", year);
        model.addAttribute("byArea", byArea);
        model.addAttribute("unitNames", unitNames);
        model.addAttribute("draft", draft);
        List<OrgQuery.UnitView> units = units();
        model.addAttribute("units", units);
        model.addAttribute("writable", units.stream().map(OrgQuery.UnitView::id).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("errors", errors);
        model.addAttribute("errorsByField", FormError.byField(errors));
        return "deviation/register";
    }

    private static String field(String key) {
        String last = key.substring(key.lastIndexOf('.') + 1);
        return switch (last) {
            case "unit" -> "unitId";
            case "year" -> "year";
            case "place", "result", "improvementActions", "processesImproved" -> last;
            default -> "title";
        };
    }

    static Register register(String path) {
        return path.equals("risk-analyses") ? Register.RISK_ANALYSES : Register.SELF_INSPECTIONS;
    }
}
