package se.vaksam.deviation.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.vaksam.deviation.DeviationKind;
import se.vaksam.deviation.DeviationManagement;
import se.vaksam.deviation.Deviations;
import se.vaksam.deviation.Drafts.PublicSubmission;
import se.vaksam.deviation.ReporterKind;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/**
 * The public e-service for complaints and suggestions (klagomål och synpunkter), without login at a
 * stable address: plain Swedish, optional contact details with consent, a receipt with the case number.
 * Against abuse: a rate limit per address (polite 429 page), length limits, a honeypot field and a
 * one-time submission token (the same form sent twice is stored once).
 */
@Allowed(Capability.PUBLIC)
@Controller
class PublicComplaintPages {

    static final String PATH = "/e-tjanst/klagomal";

    /** The fields in the order of the form, so the error summary lists the problems in that order. */
    private static final List<String> FIELD_ORDER = List.of("kind", "unitId", "description", "occurredOn", "name",
            "contact", "consent");

    private final DeviationManagement management;
    private final Deviations deviations;
    private final SubmissionLimit limit;
    private final PublicService service;

    PublicComplaintPages(DeviationManagement management, Deviations deviations, SubmissionLimit limit,
            PublicService service) {
        this.management = management;
        this.deviations = deviations;
        this.limit = limit;
        this.service = service;
    }

    /** The municipality's name, logo, phone and answer time, for the e-service's frame and texts. */
    @ModelAttribute("service")
    PublicService service() {
        return service;
    }

    /** The accessibility statement (tillgänglighetsredogörelse) of the e-service, after DIGG's model. */
    @GetMapping("/e-tjanst/tillganglighet")
    String accessibility() {
        return "deviation/public-accessibility";
    }

    /** What the person wrote, to show the form again with errors. */
    record Form(String kind, String unitId, String reporterKind, String description, String occurredOn, String name,
            String contact, boolean consent, String token) {

        static Form empty() {
            return new Form("EXTERNAL_COMPLAINT", null, null, "", "", "", "", false, UUID.randomUUID().toString());
        }
    }

    @GetMapping(PATH)
    String form(Model model) {
        return render(model, Form.empty(), List.of());
    }

    @PostMapping(PATH)
    String submit(@RequestParam(required = false) String kind, @RequestParam(required = false) String unitId,
            @RequestParam(required = false) String reporterKind, @RequestParam(required = false) String description,
            @RequestParam(required = false) String occurredOn, @RequestParam(required = false) String name,
            @RequestParam(required = false) String contact, @RequestParam(defaultValue = "false") boolean consent,
            @RequestParam(required = false) String token, @RequestParam(required = false) String website,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        Form form = new Form(kind, unitId, reporterKind, description, occurredOn, name, contact, consent, token);
        if (website != null && !website.isEmpty()) {
            response.setStatus(400);
            return "deviation/public-refused";
        }
        if (token != null && deviations.caseNumberOfSubmission(token).isPresent()) {
            return "redirect:" + PATH + "/kvitto?t=" + token;
        }
        if (!limit.tryAcquire(request.getRemoteAddr())) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(limit.retryAfterSeconds()));
            return "deviation/public-busy";
        }
        List<FormError> errors = new ArrayList<>();
        LocalDate occurred = null;
        if (occurredOn != null && !occurredOn.isBlank()) {
            try {
                occurred = LocalDate.parse(occurredOn.strip());
            } catch (DateTimeParseException e) {
                errors.add(new FormError("occurredOn", "deviation.public.error.date"));
            }
        }
        PublicSubmission submission = new PublicSubmission(kindOf(kind), parse(unitId), reporterOf(reporterKind),
                description, occurred, name, contact, consent, token);
        management.publicProblems(submission)
                .forEach(e -> errors.add(new FormError(fieldOf(e.getMessage()), e.getMessage(), e.arguments())));
        if (errors.isEmpty()) {
            try {
                management.submitPublic(submission);
                return "redirect:" + PATH + "/kvitto?t=" + token;
            } catch (DomainException e) {
                errors.add(new FormError(fieldOf(e.getMessage()), e.getMessage(), e.arguments()));
            }
        }
        errors.sort(java.util.Comparator.comparing(error -> FIELD_ORDER.indexOf(error.field())));
        response.setStatus(422);
        return render(model, form, errors);
    }

    @GetMapping(PATH + "/kvitto")
    String receipt(@RequestParam(name = "t", required = false) String token, Model model) {
        String caseNumber = deviations.caseNumberOfSubmission(token)
                .orElseThrow(() -> new se.vaksam.shared.NotFoundException("deviation.public.receipt.notFound"));
        model.addAttribute("caseNumber", caseNumber);
        return "deviation/public-receipt";
    }

    private String render(Model model, Form form, List<FormError> errors) {
        model.addAttribute("form", form);
        model.addAttribute("units", deviations.publicUnits());
        model.addAttribute("reporterKinds", ReporterKind.PUBLIC);
        model.addAttribute("errors", errors);
        model.addAttribute("errorsByField", FormError.byField(errors));
        return "deviation/public-form";
    }

    private static String fieldOf(String key) {
        if (key.contains("description")) {
            return "description";
        }
        if (key.contains("consent")) {
            return "consent";
        }
        if (key.contains("name")) {
            return "name";
        }
        if (key.contains("contact")) {
            return "contact";
        }
        if (key.contains("occurred")) {
            return "occurredOn";
        }
        if (key.contains("unit")) {
            return "unitId";
        }
        return "kind";
    }

    private static DeviationKind kindOf(String kind) {
        return "EXTERNAL_SUGGESTION".equals(kind) ? DeviationKind.EXTERNAL_SUGGESTION : DeviationKind.EXTERNAL_COMPLAINT;
    }

    private static ReporterKind reporterOf(String value) {
        try {
            ReporterKind kind = value == null || value.isBlank() ? ReporterKind.OTHER : ReporterKind.valueOf(value);
            return ReporterKind.fromPublic(kind);
        } catch (IllegalArgumentException e) {
            return ReporterKind.OTHER;
        }
    }

    static Long parse(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
