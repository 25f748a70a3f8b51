package se.vaksam.deviation.web;

import se.vaksam.shared.Confirmation;
import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.vaksam.deviation.Assessment;
import se.vaksam.deviation.CategoryList;
import se.vaksam.deviation.DecisionBody;
import se.vaksam.deviation.DeviationKind;
import se.vaksam.deviation.CaseChoices;
import se.vaksam.deviation.CaseOverview;
import se.vaksam.deviation.DeviationManagement;
import se.vaksam.deviation.DeviationRecord;
import se.vaksam.deviation.DeviationStatus;
import se.vaksam.deviation.Deviations;
import se.vaksam.deviation.Drafts.StaffReport;
import se.vaksam.deviation.Drafts.StepInput;
import se.vaksam.deviation.IvoReply;
import se.vaksam.deviation.ListFilter;
import se.vaksam.deviation.Step;
import se.vaksam.history.HistoryQuery;
import se.vaksam.org.OrgDirectory;
import se.vaksam.org.OrgQuery;
import se.vaksam.shared.Bounds;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/** The deviations inside: the list, reporting one, one deviation with the steps the person may take. */
@Allowed(Capability.SIGNED_IN)
@Controller
class DeviationPages {

    private final Deviations deviations;
    private final DeviationManagement management;
    private final OrgDirectory directory;
    private final OrgQuery org;
    private final HistoryQuery history;
    private final MessageSource messages;
    private final Clock clock;

    private final CaseChoices choices;

    DeviationPages(Deviations deviations, DeviationManagement management, OrgDirectory directory, OrgQuery org,
            HistoryQuery history, MessageSource messages, Clock clock, CaseChoices choices) {
        this.clock = clock;
        this.choices = choices;
        this.deviations = deviations;
        this.management = management;
        this.directory = directory;
        this.org = org;
        this.history = history;
        this.messages = messages;
    }

    @GetMapping("/deviations")
    String list(@RequestParam(required = false) DeviationKind kind, @RequestParam(required = false) DeviationStatus status,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String after, Model model) {
        ListFilter filter = new ListFilter(kind, status, unitId == null ? null : org.subtree(unitId),
                Bounds.year("year", year));
        model.addAttribute("page", deviations.list(filter, after));
        model.addAttribute("kinds", DeviationKind.values());
        model.addAttribute("statuses", DeviationStatus.values());
        model.addAttribute("units", units());
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        model.addAttribute("year", year);
        model.addAttribute("unitId", unitId);
        return "deviation/list";
    }

    /** What a staff member wrote in the report form. */
    record ReportForm(String kind, String unitId, String title, String description, String occurredOn,
            String concernedPerson, String areaCategoryId) {
    }

    @Allowed(Capability.HANDLE_DEVIATIONS)
    @GetMapping("/deviations/new")
    String newForm(Model model) {
        return renderNew(model, new ReportForm("QUALITY", null, "", "", "", "", null), List.of());
    }

    @Allowed(Capability.HANDLE_DEVIATIONS)
    @PostMapping("/deviations")
    String report(ReportForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        List<FormError> errors = new ArrayList<>();
        LocalDate occurred = date(form.occurredOn(), "occurredOn", errors);
        DeviationKind kind = Arrays.stream(DeviationKind.values()).filter(k -> k.name().equals(form.kind()))
                .findFirst().orElse(null);
        if (errors.isEmpty()) {
            try {
                long id = management.report(new StaffReport(kind, PublicComplaintPages.parse(form.unitId()),
                        form.title(), form.description(), occurred, form.concernedPerson(),
                        PublicComplaintPages.parse(form.areaCategoryId())));
                if (!deviations.mayOpen(id)) {
                    redirect.addFlashAttribute("reportedCase", deviations.caseNumber(id));
                    return "redirect:/deviations";
                }
                redirect.addFlashAttribute("notice", "deviation.reported");
                return "redirect:/deviations/" + id;
            } catch (DomainException e) {
                errors.add(new FormError(field(e.getMessage()), e.getMessage(), e.arguments()));
            }
        }
        response.setStatus(422);
        return renderNew(model, form, errors);
    }

    @GetMapping("/deviations/{id}")
    String view(@PathVariable long id, Model model) {
        return renderView(id, model, List.of(), null);
    }

    @Allowed(Capability.HANDLE_DEVIATIONS)
    @PostMapping("/deviations/{id}/steps")
    String step(@PathVariable long id, @RequestParam Step step, @RequestParam int version,
            @RequestParam(required = false) String text, @RequestParam(required = false) String assignee,
            @RequestParam(required = false) Assessment assessment, @RequestParam(required = false) Boolean serious,
            @RequestParam(required = false) DecisionBody body, @RequestParam(required = false) IvoReply ivoReply,
            @RequestParam(required = false) String categoryId,
            @RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        if (step == Step.CLOSE && !confirmed) {
            response.setStatus(422);
            return renderView(id, model, List.of(new FormError("step-" + step, "deviation.close.confirmMissing")), text);
        }
        try {
            management.take(id, version, step, new StepInput(text, assignee, assessment, serious, body, ivoReply,
                    PublicComplaintPages.parse(categoryId)));
            redirect.addFlashAttribute("notice", "deviation.stepTaken." + step);
            return "redirect:/deviations/" + id;
        } catch (DomainException e) {
            response.setStatus(422);
            return renderView(id, model, List.of(new FormError("step-" + step, e.getMessage(), e.arguments())), text);
        }
    }

    @Allowed(Capability.HANDLE_DEVIATIONS)
    @PostMapping("/deviations/{id}/links")
    String link(@PathVariable long id, @RequestParam String recordType, @RequestParam String recordId, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            management.link(id, recordType, recordId);
            redirect.addFlashAttribute("notice", "deviation.linked");
            return "redirect:/deviations/" + id;
        } catch (DomainException e) {
            response.setStatus(422);
            return renderView(id, model, List.of(new FormError("recordId", e.getMessage(), e.arguments())), null);
        }
    }

    @Allowed(Capability.HANDLE_DEVIATIONS)
    @PostMapping("/deviations/{id}/links/remove")
    String unlink(@PathVariable long id, @RequestParam String recordType, @RequestParam String recordId,
            @RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
        Confirmation.require(confirmed);
        management.unlink(id, recordType, recordId);
        redirect.addFlashAttribute("notice", "deviation.unlinked");
        return "redirect:/deviations/" + id;
    }

    /** The content of the notification to IVO, as a text file to paste into IVO's form. */
    @GetMapping("/deviations/{id}/ivo-notification.txt")
    ResponseEntity<byte[]> ivoNotification(@PathVariable long id) {
        Deviations.View view = deviations.view(id);
        DeviationRecord d = view.record();
        String text = IvoNotification.text(d, view.unitName(), messages, LocaleContextHolder.getLocale());
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("anmalan-ivo-" + d.caseNumber() + ".txt").build().toString())
                .body(text.getBytes(StandardCharsets.UTF_8));
    }

    private String renderView(long id, Model model, List<FormError> errors, String text) {
        Deviations.View view = deviations.view(id);
        model.addAttribute("view", view);
        model.addAttribute("d", view.record());
        model.addAttribute("categories", deviations.categories());
        model.addAttribute("categoryNames", deviations.categories().stream()
                .collect(java.util.stream.Collectors.toMap(c -> c.id(), c -> c.name())));
        model.addAttribute("history", history.historyOf("deviation.deviation", Long.toString(id)));
        model.addAttribute("historyEmptyKey", "deviation.history.empty");
        CaseOverview overview = CaseOverview.of(view.record());
        java.util.Set<String> people = new java.util.HashSet<>(overview.usernames());
        java.util.stream.Stream.of(view.record().assignedUsername(), view.record().reportedBy())
                .filter(java.util.Objects::nonNull).forEach(people::add);
        model.addAttribute("overview", overview);
        if (view.steps().contains(Step.ASSIGN)) {
            model.addAttribute("handlers", choices.handlers(view.record()));
        }
        if (view.linkable()) {
            model.addAttribute("riskChoices", choices.risks());
            model.addAttribute("planItemChoices", choices.planItems());
        }
        model.addAttribute("names", deviations.namesOf(people));
        model.addAttribute("ivoDraft", IvoNotification.text(view.record(), view.unitName(), messages,
                LocaleContextHolder.getLocale()));
        model.addAttribute("errors", errors);
        model.addAttribute("errorsByField", FormError.byField(errors));
        model.addAttribute("text", text);
        model.addAttribute("today", LocalDate.now(clock));
        return "deviation/view";
    }

    private String renderNew(Model model, ReportForm form, List<FormError> errors) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", DeviationKind.values());
        model.addAttribute("units", units());
        model.addAttribute("areaCategories", deviations.categories().stream()
                .filter(c -> c.list() == CategoryList.AREA && c.active()).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("errorsByField", FormError.byField(errors));
        return "deviation/new";
    }

    private List<OrgQuery.UnitView> units() {
        return directory.readableUnits().stream().sorted(Comparator.comparing(OrgQuery.UnitView::name)).toList();
    }

    private static LocalDate date(String value, String field, List<FormError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FormError(field, "deviation.error.date"));
            return null;
        }
    }

    private static final Set<String> FIELDS = Set.of("kind", "unit", "title", "description", "concernedPerson");

    private static String field(String key) {
        String last = key.substring(key.lastIndexOf('.') + 1);
        if (key.contains("occurred")) {
            return "occurredOn";
        }
        if (last.equals("unit")) {
            return "unitId";
        }
        return FIELDS.contains(last) ? last : "title";
    }
}
