package se.vaksam.plan.web;

import se.vaksam.shared.Confirmation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import se.vaksam.history.HistoryQuery;
import se.vaksam.plan.CommonReviewAreas;
import se.vaksam.plan.CommonReviewDecision;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/** Kommungemensamma granskningsområden: the decisions, one decision with areas and attachments, and an area's results. */
@Allowed(Capability.SIGNED_IN)
@Controller
class CommonReviewAreaPages {

    private static final int BLANK_AREAS = 3;

    private final CommonReviewAreas areas;
    private final HistoryQuery history;
    private final Clock clock;

    CommonReviewAreaPages(CommonReviewAreas areas, HistoryQuery history, Clock clock) {
        this.areas = areas;
        this.history = history;
        this.clock = clock;
    }

    /** The form: the decision's header and one title and instructions per area, in order. */
    record DecisionForm(Integer year, String decidedOn, String paragraph, String diaryNumber, List<String> areaTitle,
            List<String> areaInstructions, Integer version) {

        DecisionForm {
            areaTitle = areaTitle == null ? new ArrayList<>() : new ArrayList<>(areaTitle);
            areaInstructions = areaInstructions == null ? new ArrayList<>() : new ArrayList<>(areaInstructions);
        }

        static DecisionForm of(CommonReviewDecision d) {
            return new DecisionForm(d.year(), d.decidedOn().toString(), d.paragraph(), d.diaryNumber(),
                    d.areas().stream().map(CommonReviewDecision.Area::title).toList(),
                    d.areas().stream().map(CommonReviewDecision.Area::instructions).toList(), d.version());
        }

        /** With blank rows to add areas. */
        DecisionForm withBlanks() {
            List<String> titles = new ArrayList<>(areaTitle);
            List<String> texts = new ArrayList<>(areaInstructions);
            while (texts.size() < titles.size()) {
                texts.add("");
            }
            for (int i = 0; i < BLANK_AREAS; i++) {
                titles.add("");
                texts.add("");
            }
            return new DecisionForm(year, decidedOn, paragraph, diaryNumber, titles, texts, version);
        }

        CommonReviewDecision.Draft draft() {
            if (year == null) {
                throw new DomainException("plan.common.error.required");
            }
            List<CommonReviewDecision.AreaDraft> list = new ArrayList<>();
            for (int i = 0; i < areaTitle.size(); i++) {
                String title = areaTitle.get(i);
                String text = i < areaInstructions.size() ? areaInstructions.get(i) : "";
                if (title != null && !title.isBlank()) {
                    list.add(new CommonReviewDecision.AreaDraft(title, text));
                } else if (text != null && !text.isBlank()) {
                    throw new DomainException("plan.common.error.areaTitle");
                }
            }
            return new CommonReviewDecision.Draft(year, date(decidedOn), paragraph, diaryNumber, list);
        }
    }

    @GetMapping("/common-review-areas")
    String list(Model model) {
        model.addAttribute("decisions", areas.decisions());
        model.addAttribute("mayEdit", areas.mayEdit());
        return "plan/common-review-areas";
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @GetMapping("/common-review-areas/new")
    String newForm(Model model) {
        requireEdit();
        int next = LocalDate.now(clock).getYear() + 1;
        return form(new DecisionForm(next, null, null, null, List.of(), List.of(), null).withBlanks(), null, null,
                model);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/common-review-areas")
    String register(@ModelAttribute DecisionForm form, Model model, HttpServletResponse response) {
        try {
            long id = areas.register(form.draft());
            return "redirect:/common-review-areas/" + id;
        } catch (DomainException e) {
            response.setStatus(422);
            return form(form.withBlanks(), null, e, model);
        }
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @GetMapping("/common-review-areas/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        requireEdit();
        return form(DecisionForm.of(areas.decision(id)).withBlanks(), id, null, model);
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/common-review-areas/{id}")
    String update(@PathVariable long id, @ModelAttribute DecisionForm form, Model model, HttpServletResponse response) {
        try {
            areas.update(id, form.version() == null ? -1 : form.version(), form.draft());
            return "redirect:/common-review-areas/" + id;
        } catch (DomainException e) {
            response.setStatus(422);
            return form(form.withBlanks(), id, e, model);
        }
    }

    private String form(DecisionForm form, Long id, DomainException error, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("decisionId", id);
        model.addAttribute("error", error);
        return "plan/common-review-form";
    }

    @GetMapping("/common-review-areas/{id}")
    String show(@PathVariable long id, Model model) {
        return show(areas.decision(id), null, model);
    }

    private String show(CommonReviewDecision decision, DomainException error, Model model) {
        model.addAttribute("decision", decision);
        model.addAttribute("error", error);
        model.addAttribute("history", history.historyOf("plan.commonReviewDecision", Long.toString(decision.id())));
        return "plan/common-review-decision";
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/common-review-areas/{id}/attachments")
    String attach(@PathVariable long id, @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) Long areaId, Model model, HttpServletResponse response) {
        try {
            areas.attach(id, areaId, file.getOriginalFilename(), file.getContentType(), file.getBytes());
            return "redirect:/common-review-areas/" + id;
        } catch (DomainException e) {
            response.setStatus(422);
            return show(areas.decision(id), e, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/common-review-areas/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable long attachmentId) {
        return Downloads.of(areas.attachment(attachmentId));
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/common-review-areas/{id}/attachments/{attachmentId}/remove")
    String removeAttachment(@PathVariable long id, @PathVariable long attachmentId,
            @RequestParam(defaultValue = "false") boolean confirmed) {
        Confirmation.require(confirmed);
        areas.removeAttachment(attachmentId);
        return "redirect:/common-review-areas/" + id;
    }

    @GetMapping("/common-review-areas/areas/{areaId}")
    String area(@PathVariable long areaId, Model model) {
        model.addAttribute("area", areas.area(areaId));
        model.addAttribute("results", areas.results(areaId));
        return "plan/common-review-area";
    }

    private void requireEdit() {
        if (!areas.mayEdit()) {
            throw new ForbiddenException();
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("plan.common.error.date");
        }
    }
}
