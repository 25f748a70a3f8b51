package se.vaksam.check.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.vaksam.check.Checklists;
import se.vaksam.check.SampleExport;
import se.vaksam.check.SampleMethod;
import se.vaksam.check.Samples;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/** Drawing, showing, verifying and exporting a sample; creating a checklist over it (see {@link ChecklistPages}). */
@Allowed(Capability.SIGNED_IN)
@Controller
class SamplePages {

    private final Samples samples;
    private final Checklists checklists;
    private final CheckChoices choices;
    private final MessageSource messages;

    SamplePages(Samples samples, Checklists checklists, CheckChoices choices, MessageSource messages) {
        this.samples = samples;
        this.checklists = checklists;
        this.choices = choices;
        this.messages = messages;
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/checks/populations/{id}/samples")
    String draw(@PathVariable long id, @RequestParam(required = false) SampleMethod method,
            @RequestParam(required = false) String amount, @RequestParam(defaultValue = "false") boolean stratified,
            RedirectAttributes redirect) {
        try {
            int n = parse(amount);
            long sampleId = samples.draw(id, method, n, stratified, null);
            redirect.addFlashAttribute("done", text("check.sample.drawn"));
            return "redirect:/checks/samples/" + sampleId;
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", text(e.getMessage(), e.arguments()));
            return "redirect:/checks/populations/" + id;
        }
    }

    private static int parse(String amount) {
        try {
            return Integer.parseInt(amount == null ? "" : amount.strip());
        } catch (NumberFormatException e) {
            throw new DomainException("check.sample.error.amount", amount == null ? "" : amount);
        }
    }

    @GetMapping("/checks/samples/{id}")
    String sample(@PathVariable long id, Model model) {
        var sample = samples.sample(id);
        model.addAttribute("sample", sample);
        model.addAttribute("names", choices.names(java.util.Collections.singletonList(sample.drawnBy())));
        model.addAttribute("checklists", checklists.ofSample(id));
        model.addAttribute("reviews", choices.reviews());
        return "check/sample";
    }

    @PostMapping("/checks/samples/{id}/verification")
    String verify(@PathVariable long id, RedirectAttributes redirect) {
        try {
            Samples.Verification v = samples.verify(id);
            redirect.addFlashAttribute(v.same() ? "done" : "error",
                    text(v.same() ? "check.sample.verified" : "check.sample.notSame", v.redrawnKeys().size()));
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", text(e.getMessage(), e.arguments()));
        }
        return "redirect:/checks/samples/" + id;
    }

    @GetMapping("/checks/samples/{id}/export.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id) {
        return Downloads.file(SampleExport.csv(samples.sample(id)), Downloads.CSV, "stickprov-" + id + ".csv");
    }

    @GetMapping("/checks/samples/{id}/export.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        return Downloads.file(SampleExport.xlsx(samples.sample(id)), Downloads.XLSX, "stickprov-" + id + ".xlsx");
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/checks/samples/{id}/checklists")
    String createChecklist(@PathVariable long id, @RequestParam(required = false) String title,
            @RequestParam(required = false) Long planItemId, @RequestParam(required = false) String questions,
            RedirectAttributes redirect) {
        try {
            List<String> lines = questions == null ? List.of() : Arrays.asList(questions.split("\\R"));
            long checklistId = checklists.create(id, planItemId, title, lines);
            return "redirect:/checks/checklists/" + checklistId;
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", text(e.getMessage(), e.arguments()));
            return "redirect:/checks/samples/" + id;
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
