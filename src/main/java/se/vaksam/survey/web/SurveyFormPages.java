package se.vaksam.survey.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.vaksam.org.OrgDirectory;
import se.vaksam.org.OrgQuery;
import se.vaksam.org.PlacementRole;
import se.vaksam.shared.Access;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;
import se.vaksam.shared.DomainException;
import se.vaksam.survey.Invitations;
import se.vaksam.survey.QuestionKind;
import se.vaksam.survey.Survey;
import se.vaksam.survey.Surveys;

/**
 * The coordinator's pages for preparing a survey: the new-survey form (questions added, moved and removed by
 * re-rendering the form on the server, so it works without JavaScript), recipients by role and unit or as a
 * pasted list, and sending and closing, each irreversible step asked first.
 */
@Allowed(Capability.CHANGE_RECORDS)
@Controller
class SurveyFormPages {

    /** The most question rows the form shows while being edited. */
    private static final int MAX_ROWS = Surveys.MAX_QUESTIONS;

    private final Surveys surveys;
    private final Invitations invitations;
    private final OrgDirectory directory;
    private final Access access;

    SurveyFormPages(Surveys surveys, Invitations invitations, OrgDirectory directory, Access access) {
        this.surveys = surveys;
        this.invitations = invitations;
        this.directory = directory;
        this.access = access;
    }

    /** One question row of the form as typed: choices one per line, condition as "position|answer". */
    record QuestionRow(String kind, String text, String choices, boolean required, String condition) {

        static QuestionRow empty() {
            return new QuestionRow(QuestionKind.YES_NO.name(), "", "", true, "");
        }

        List<String> choiceList() {
            if (QuestionKind.YES_NO.name().equals(kind)) {
                return List.of("Ja", "Nej");
            }
            List<String> given = choices == null ? List.of()
                    : Arrays.stream(choices.split("\\R")).map(String::strip).filter(c -> !c.isEmpty()).toList();
            return given.isEmpty() && QuestionKind.SCALE.name().equals(kind) ? List.of("1", "2", "3", "4", "5") : given;
        }

        boolean counted() {
            return kindOrNull() != null && kindOrNull().counted();
        }

        QuestionKind kindOrNull() {
            try {
                return kind == null ? null : QuestionKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    /** The form as typed, kept on error. */
    record SurveyForm(String title, String intro, String unitId, String closesOn, boolean anonymous, String minGroup,
            String reminderDays, List<QuestionRow> questions) {
    }

    /** A choice of the condition select: ask only if the earlier question at position got answer. */
    record ConditionChoice(String value, int position, String answer) {
    }

    @GetMapping("/surveys/new")
    String newSurvey(Model model) {
        return form(new SurveyForm("", "", "", "", false, "5", "3", List.of(QuestionRow.empty())), List.of(), model);
    }

    @PostMapping("/surveys/new")
    String create(@RequestParam Map<String, String> fields, Model model) {
        SurveyForm form = read(fields);
        List<QuestionRow> rows = new ArrayList<>(form.questions());
        String action = fields.getOrDefault("action", "create");
        if (action.equals("add") && rows.size() < MAX_ROWS) {
            rows.add(QuestionRow.empty());
            return form(withRows(form, rows), List.of(), model);
        }
        if (action.equals("refresh") || action.equals("add")) {
            return form(form, List.of(), model);
        }
        if (action.startsWith("remove-") || action.startsWith("up-") || action.startsWith("down-")) {
            int at = index(action.substring(action.indexOf('-') + 1), rows.size());
            if (at >= 0 && action.startsWith("remove-") && rows.size() > 1) {
                rows.remove(at);
            } else if (at > 0 && action.startsWith("up-")) {
                rows.add(at - 1, rows.remove(at));
            } else if (at >= 0 && at < rows.size() - 1 && action.startsWith("down-")) {
                rows.add(at + 1, rows.remove(at));
            }
            return form(withRows(form, rows), List.of(), model);
        }
        List<String> problems = new ArrayList<>();
        Long unitId = number(form.unitId());
        if (unitId == null) {
            problems.add("survey.form.error.unit");
        }
        LocalDate closesOn = date(form.closesOn());
        Integer minGroup = form.anonymous() ? integer(form.minGroup(), -1) : null;
        Integer reminderDays = integer(form.reminderDays(), -1);
        Surveys.SurveyDraft draft = new Surveys.SurveyDraft(unitId == null ? 0 : unitId, form.title(), form.intro(),
                form.anonymous(), minGroup, closesOn, reminderDays, null, drafts(rows));
        problems.addAll(surveys.problems(draft));
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems.stream().distinct().toList());
            return form(form, problems, model);
        }
        try {
            return "redirect:/surveys/" + surveys.create(draft);
        } catch (DomainException e) {
            return form(form, List.of(e.getMessage()), model);
        }
    }

    private static List<Surveys.QuestionDraft> drafts(List<QuestionRow> rows) {
        List<Surveys.QuestionDraft> drafts = new ArrayList<>();
        for (QuestionRow row : rows) {
            Integer askIf = null;
            String answer = null;
            if (row.condition() != null && row.condition().contains("|")) {
                askIf = integer(row.condition().substring(0, row.condition().indexOf('|')), -1);
                answer = row.condition().substring(row.condition().indexOf('|') + 1);
            }
            drafts.add(new Surveys.QuestionDraft(row.kindOrNull(), row.text(), row.counted() ? row.choiceList() : null,
                    row.required(), askIf, answer));
        }
        return drafts;
    }

    private String form(SurveyForm form, List<String> problems, Model model) {
        List<List<ConditionChoice>> conditions = new ArrayList<>();
        for (int i = 0; i < form.questions().size(); i++) {
            List<ConditionChoice> choices = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                QuestionRow earlier = form.questions().get(j);
                if (earlier.counted()) {
                    for (String answer : earlier.choiceList()) {
                        choices.add(new ConditionChoice((j + 1) + "|" + answer, j + 1, answer));
                    }
                }
            }
            conditions.add(choices);
        }
        var scope = access.current();
        List<OrgQuery.UnitView> units = directory.readableUnits().stream().filter(u -> scope.canWrite(u.id())).toList();
        model.addAttribute("form", form);
        model.addAttribute("conditions", conditions);
        model.addAttribute("units", units.stream().map(u -> new se.vaksam.shared.Choice(Long.toString(u.id()), u.name()))
                .toList());
        model.addAttribute("kinds", QuestionKind.values());
        model.addAttribute("problems", problems.stream().distinct().toList());
        return "survey/new";
    }

    private static SurveyForm withRows(SurveyForm form, List<QuestionRow> rows) {
        return new SurveyForm(form.title(), form.intro(), form.unitId(), form.closesOn(), form.anonymous(),
                form.minGroup(), form.reminderDays(), rows);
    }

    private static SurveyForm read(Map<String, String> f) {
        List<QuestionRow> rows = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS && f.containsKey("q" + i + ".text"); i++) {
            rows.add(new QuestionRow(f.get("q" + i + ".kind"), f.get("q" + i + ".text"), f.get("q" + i + ".choices"),
                    "true".equals(f.get("q" + i + ".required")), f.get("q" + i + ".condition")));
        }
        if (rows.isEmpty()) {
            rows.add(QuestionRow.empty());
        }
        return new SurveyForm(f.get("title"), f.get("intro"), f.get("unitId"), f.get("closesOn"),
                "true".equals(f.get("anonymous")), f.get("minGroup"), f.get("reminderDays"), rows);
    }

    @PostMapping("/surveys/{id}/recipients/by-role")
    String addByRole(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String role,
            @RequestParam(required = false) String unitId, RedirectAttributes redirect) {
        Long unit = number(unitId);
        if (role == null || PlacementRole.parse(role).isEmpty()) {
            redirect.addFlashAttribute("error", "survey.error.role");
        } else if (unit == null) {
            redirect.addFlashAttribute("error", "survey.form.error.unit");
        } else {
            try {
                report(surveys.addByRole(id, version, role, unit), redirect);
            } catch (DomainException e) {
                refused(e, redirect);
            }
        }
        return "redirect:/surveys/" + id + "#recipients";
    }

    /** A pasted list: one recipient a line, "username or e-mail;unit code". */
    @PostMapping("/surveys/{id}/recipients/list")
    String addList(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String list,
            RedirectAttributes redirect) {
        List<String> lines = list == null ? List.of()
                : Arrays.stream(list.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty() || lines.size() > Surveys.MAX_RECIPIENTS) {
            redirect.addFlashAttribute("error", "survey.error.recipients");
            return "redirect:/surveys/" + id + "#recipients";
        }
        List<Surveys.RecipientRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String[] cells = lines.get(i).split("[;,\\t]");
            OrgQuery.UnitView unit = cells.length < 2 ? null
                    : directory.readableUnits().stream().filter(u -> u.code().equals(cells[1].strip())).findFirst()
                            .orElse(null);
            if (unit == null) {
                redirect.addFlashAttribute("error", "survey.form.error.listRow");
                redirect.addFlashAttribute("errorArgs", new Object[] {i + 1});
                return "redirect:/surveys/" + id + "#recipients";
            }
            String who = cells[0].strip();
            rows.add(who.contains("@") ? new Surveys.RecipientRow(null, who, unit.id())
                    : new Surveys.RecipientRow(who, null, unit.id()));
        }
        try {
            report(surveys.addList(id, version, rows), redirect);
        } catch (DomainException e) {
            refused(e, redirect);
        }
        return "redirect:/surveys/" + id + "#recipients";
    }

    private static void refused(DomainException e, RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", e.getMessage());
        redirect.addFlashAttribute("errorArgs", e.arguments());
    }

    private static void report(Surveys.Added added, RedirectAttributes redirect) {
        redirect.addFlashAttribute("done", "survey.recipients.added");
        redirect.addFlashAttribute("doneArgs", new Object[] {added.added(), added.alreadyAsked(),
                added.withoutEmail().size()});
    }

    @PostMapping("/surveys/{id}/send")
    String send(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String confirmed,
            RedirectAttributes redirect) {
        if (!"true".equals(confirmed)) {
            redirect.addFlashAttribute("error", "survey.send.notConfirmed");
            return "redirect:/surveys/" + id;
        }
        try {
            int sent = invitations.send(id, version);
            redirect.addFlashAttribute("done", "survey.sent");
            redirect.addFlashAttribute("doneArgs", new Object[] {sent});
        } catch (DomainException e) {
            refused(e, redirect);
        }
        return "redirect:/surveys/" + id;
    }

    @PostMapping("/surveys/{id}/close")
    String close(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String confirmed,
            RedirectAttributes redirect) {
        if (!"true".equals(confirmed)) {
            redirect.addFlashAttribute("error", "survey.close.notConfirmed");
            return "redirect:/surveys/" + id;
        }
        try {
            surveys.close(id, version);
            redirect.addFlashAttribute("done", "survey.closed");
        } catch (DomainException e) {
            refused(e, redirect);
        }
        return "redirect:/surveys/" + id;
    }

    private static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer integer(String value, int invalid) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return invalid;
        }
    }

    private static int index(String value, int size) {
        Integer at = integer(value, -1);
        return at == null || at < 0 || at >= size ? -1 : at;
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
