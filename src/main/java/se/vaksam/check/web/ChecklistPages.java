package se.vaksam.check.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.vaksam.check.Answer;
import se.vaksam.check.Checklists;
import se.vaksam.check.FileTable;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.NotFoundException;

/**
 * A checklist: its answers per case, its tables (the questions, one question per stratum, two questions
 * against each other) with "put into the review", conditions on earlier answers, answers in bulk from a file.
 */
@Allowed(Capability.SIGNED_IN)
@Controller
class ChecklistPages {

    private final Checklists checklists;
    private final MessageSource messages;

    ChecklistPages(Checklists checklists, MessageSource messages) {
        this.checklists = checklists;
        this.messages = messages;
    }

    /** The checklist; {@code questionId} (and {@code byQuestionId}) choose the breakdown shown under the counts. */
    @GetMapping("/checks/checklists/{id}")
    String checklist(@PathVariable long id, @RequestParam(required = false) Long questionId,
            @RequestParam(required = false) Long byQuestionId, Model model) {
        Checklists.Checklist c = checklists.checklist(id);
        model.addAttribute("checklist", c);
        model.addAttribute("table", checklists.table(id, null, null));
        model.addAttribute("answers", Answer.values());
        model.addAttribute("questionId", questionId);
        model.addAttribute("byQuestionId", byQuestionId);
        if (questionId != null && !model.containsAttribute("error")) {
            try {
                model.addAttribute("breakdown", checklists.table(id, questionId, byQuestionId));
            } catch (DomainException e) {
                model.addAttribute("error", text(e.getMessage(), e.arguments()));
            }
        }
        return "check/checklist";
    }

    @GetMapping("/checks/checklists/{id}/cases/{key}")
    String caseForm(@PathVariable long id, @PathVariable String key, Model model) {
        Checklists.Checklist c = checklists.checklist(id);
        if (!c.caseKeys().contains(key)) {
            throw new NotFoundException("check.checklist.notFound");
        }
        model.addAttribute("checklist", c);
        model.addAttribute("caseKey", key);
        model.addAttribute("answers", Answer.values());
        return "check/case";
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/checks/checklists/{id}/cases/{key}")
    String answer(@PathVariable long id, @PathVariable String key, @RequestParam Map<String, String> params,
            @RequestParam int version, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Checklists.Checklist c = checklists.checklist(id);
        List<Checklists.AnswerDraft> drafts = new ArrayList<>();
        for (Checklists.Question q : c.questions()) {
            String value = params.get("answer-" + q.id());
            drafts.add(new Checklists.AnswerDraft(q.id(), value == null || value.isBlank() ? null : Answer.valueOf(value),
                    params.get("comment-" + q.id())));
        }
        try {
            checklists.answer(id, key, drafts, version);
        } catch (DomainException e) {
            response.setStatus(422);
            model.addAttribute("error", text(e.getMessage(), e.arguments()));
            return caseForm(id, key, model);
        }
        redirect.addFlashAttribute("done", text("check.checklist.saved", key));
        return "redirect:/checks/checklists/" + id;
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/checks/checklists/{id}/review-result")
    String attach(@PathVariable long id, @RequestParam(required = false) Long questionId,
            @RequestParam(required = false) Long byQuestionId, RedirectAttributes redirect) {
        try {
            checklists.attachToReview(id, questionId, byQuestionId);
            redirect.addFlashAttribute("done", text("check.checklist.attached"));
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", text(e.getMessage(), e.arguments()));
        }
        return "redirect:/checks/checklists/" + id + (questionId == null ? ""
                : "?questionId=" + questionId + (byQuestionId == null ? "" : "&byQuestionId=" + byQuestionId));
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/checks/checklists/{id}/conditions")
    String condition(@PathVariable long id, @RequestParam long questionId,
            @RequestParam(required = false) Long onQuestionId, @RequestParam(required = false) Answer answer,
            RedirectAttributes redirect) {
        try {
            checklists.setCondition(id, questionId, onQuestionId, answer);
            redirect.addFlashAttribute("done", text("check.checklist.conditionSaved"));
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", text(e.getMessage(), e.arguments()));
        }
        return "redirect:/checks/checklists/" + id;
    }

    @GetMapping("/checks/checklists/{id}/answers.csv")
    ResponseEntity<byte[]> answerFile(@PathVariable long id) {
        return Downloads.file(checklists.answerFile(id), Downloads.CSV, "checklista-" + id + ".csv");
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/checks/checklists/{id}/answers")
    String importAnswers(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Model model,
            RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new DomainException("check.import.error.noFile");
            }
            Checklists.BulkResult result = checklists.importAnswers(id,
                    FileTable.read(file.getOriginalFilename(), file.getBytes()));
            if (!result.ok()) {
                response.setStatus(422);
                model.addAttribute("problems", result.problems());
                return checklist(id, null, null, model);
            }
            redirect.addFlashAttribute("done", text("check.checklist.imported", result.changedCases(),
                    result.unchangedCases()));
        } catch (DomainException e) {
            response.setStatus(422);
            model.addAttribute("error", text(e.getMessage(), e.arguments()));
            return checklist(id, null, null, model);
        }
        return "redirect:/checks/checklists/" + id;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
