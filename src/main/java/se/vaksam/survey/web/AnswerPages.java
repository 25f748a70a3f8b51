package se.vaksam.survey.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;
import se.vaksam.shared.DomainException;
import se.vaksam.survey.Responses;
import se.vaksam.survey.Survey;

/**
 * The answer form behind a personal link, without login: one page with every question (a conditional question
 * shows its condition in its hint and is ignored when the condition is not met), every problem at once in the
 * error summary, a thank-you page, and polite pages for a used or closed link. Rate limited per address.
 */
@Allowed(Capability.PUBLIC)
@Controller
class AnswerPages {

    static final String PATH = "/enkat/{token}";

    private final Responses responses;
    private final AnswerLimit limit;

    AnswerPages(Responses responses, AnswerLimit limit) {
        this.responses = responses;
        this.limit = limit;
    }

    /** One problem of the form, for the error summary (the field is the question's first input). */
    record FormError(String field, String messageKey, Object... arguments) {
    }

    @GetMapping(PATH)
    String form(@PathVariable String token, Model model) {
        Responses.Questionnaire q = responses.questionnaire(token);
        if (q.state() != Responses.LinkState.OPEN) {
            model.addAttribute("questionnaire", q);
            return "survey/answer-done";
        }
        return render(model, token, q, Map.of(), List.of());
    }

    @PostMapping(PATH)
    String submit(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!limit.tryAcquire(request.getRemoteAddr())) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(limit.retryAfterSeconds()));
            return "survey/answer-busy";
        }
        Responses.Questionnaire q = responses.questionnaire(token);
        if (q.state() != Responses.LinkState.OPEN) {
            model.addAttribute("questionnaire", q);
            return "survey/answer-done";
        }
        Map<Long, List<String>> given = new LinkedHashMap<>();
        for (Survey.Question question : q.questions()) {
            String[] values = request.getParameterValues("q" + question.id());
            given.put(question.id(), values == null ? List.of() : Arrays.asList(values));
        }
        List<Responses.Problem> problems;
        try {
            problems = responses.answer(token, given);
        } catch (DomainException e) {
            model.addAttribute("questionnaire", responses.questionnaire(token));
            return "survey/answer-done";
        }
        if (problems.isEmpty()) {
            return "redirect:/enkat/" + token;
        }
        List<FormError> errors = new ArrayList<>();
        problems.forEach(p -> errors.add(new FormError("q" + p.questionId(), p.messageKey())));
        response.setStatus(422);
        return render(model, token, q, given, errors);
    }

    private static String render(Model model, String token, Responses.Questionnaire q, Map<Long, List<String>> given,
            List<FormError> errors) {
        Map<String, FormError> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.putIfAbsent(e.field(), e));
        Map<Long, Integer> positions = new LinkedHashMap<>();
        q.questions().forEach(question -> positions.put(question.id(), question.position()));
        model.addAttribute("token", token);
        model.addAttribute("questionnaire", q);
        model.addAttribute("given", given);
        model.addAttribute("positions", positions);
        model.addAttribute("errors", errors);
        model.addAttribute("errorsByField", byField);
        return "survey/answer";
    }
}
