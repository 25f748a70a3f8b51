package se.vaksam.check.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.vaksam.org.OrgQuery;
import se.vaksam.check.LogReviewOutcome;
import se.vaksam.check.LogReviews;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/** The monthly log follow-up of Vaksam's access log and the register of log checks (also other systems). */
@Allowed(Capability.SIGNED_IN)
@Controller
class LogReviewPages {

    private final LogReviews reviews;
    private final CheckChoices choices;
    private final MessageSource messages;
    private final Clock clock;
    private final OrgQuery org;

    LogReviewPages(LogReviews reviews, CheckChoices choices, MessageSource messages, Clock clock, OrgQuery org) {
        this.clock = clock;
        this.org = org;
        this.reviews = reviews;
        this.choices = choices;
        this.messages = messages;
    }

    @GetMapping("/checks/log-reviews")
    String list(Model model) {
        model.addAttribute("reviews", reviews.reviews());
        model.addAttribute("units", choices.writableUnits());
        model.addAttribute("month", YearMonth.now(clock).minusMonths(1));
        return "check/log-reviews";
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/checks/log-reviews")
    String start(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String month,
            @RequestParam(defaultValue = "10") int percent, RedirectAttributes redirect) {
        try {
            if (unitId == null) {
                throw new DomainException("check.import.error.noUnit");
            }
            long id = reviews.start(unitId, yearMonth(month), percent, null);
            return "redirect:/checks/log-reviews/" + id;
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", text(e.getMessage(), e.arguments()));
            return "redirect:/checks/log-reviews";
        }
    }

    private static YearMonth yearMonth(String month) {
        try {
            return YearMonth.parse(month == null ? "" : month.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("check.logReview.error.month", month == null ? "" : month);
        }
    }

    @GetMapping("/checks/log-reviews/{id}")
    String review(@PathVariable long id, Model model) {
        LogReviews.Review review = reviews.review(id);
        model.addAttribute("review", review);
        model.addAttribute("reads", review.users().stream().collect(java.util.stream.Collectors.toMap(
                LogReviews.SampledUser::username, u -> reviews.readsOf(id, u.username()))));
        model.addAttribute("outcomes", LogReviewOutcome.values());
        java.util.List<String> usernames = new java.util.ArrayList<>(review.users().stream()
                .map(LogReviews.SampledUser::username).toList());
        usernames.add(review.createdBy());
        model.addAttribute("names", org.namesOf(usernames));
        return "check/log-review";
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/checks/log-reviews/{id}/users/{username}")
    String mark(@PathVariable long id, @PathVariable String username,
            @RequestParam(required = false) LogReviewOutcome outcome, @RequestParam(required = false) String comment,
            @RequestParam int version, RedirectAttributes redirect) {
        try {
            reviews.mark(id, username, outcome, comment, version);
            redirect.addFlashAttribute("done", text(outcome == LogReviewOutcome.DEVIATION
                    ? "check.logReview.deviationOpened" : "check.logReview.marked", username));
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", text(e.getMessage(), e.arguments()));
        }
        return "redirect:/checks/log-reviews/" + id;
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/checks/log-reviews/{id}/registration")
    String register(@PathVariable long id, @RequestParam(required = false) String diaryNumber,
            @RequestParam int version, RedirectAttributes redirect) {
        try {
            reviews.register(id, diaryNumber, version);
            redirect.addFlashAttribute("done", text("check.logReview.registered", diaryNumber));
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", text(e.getMessage(), e.arguments()));
        }
        return "redirect:/checks/log-reviews/" + id;
    }

    @GetMapping("/checks/log-checks")
    String checks(Model model) {
        model.addAttribute("checks", reviews.checks());
        model.addAttribute("counts", reviews.yearlyCounts());
        model.addAttribute("units", choices.writableUnits());
        return "check/log-checks";
    }

    @Allowed(Capability.CHANGE_RECORDS)
    @PostMapping("/checks/log-checks")
    String registerCheck(@RequestParam(required = false) String system, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) LocalDate periodFrom, @RequestParam(required = false) LocalDate periodTo,
            @RequestParam(required = false) String result, @RequestParam(required = false) String diaryNumber,
            RedirectAttributes redirect) {
        try {
            if (unitId == null) {
                throw new DomainException("check.import.error.noUnit");
            }
            reviews.registerCheck(system, unitId, periodFrom, periodTo, result, diaryNumber);
            redirect.addFlashAttribute("done", text("check.logCheck.registered", diaryNumber));
        } catch (DomainException e) {
            redirect.addFlashAttribute("error", text(e.getMessage(), e.arguments()));
        }
        return "redirect:/checks/log-checks";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
