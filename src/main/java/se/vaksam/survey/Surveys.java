package se.vaksam.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.org.OrgQuery;
import se.vaksam.plan.ItemKind;
import se.vaksam.plan.PlanQuery;
import se.vaksam.shared.Access;
import se.vaksam.shared.Bounds;
import se.vaksam.shared.ChangeSet;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.NotFoundException;
import se.vaksam.shared.RecordChanged;

/**
 * Surveys and their recipients, scope-checked like the checks: whoever may change the records of the survey's
 * unit (the coordinator, the quality function, managers for their units) prepares and sends it; whoever may
 * read the unit sees it and its results.
 */
@Service
@Transactional
public class Surveys {

    static final String TYPE = "survey.survey";

    /** The longest list of surveys one request returns. */
    public static final int MAX_LIST = 500;

    /** The most questions one survey asks. */
    public static final int MAX_QUESTIONS = 60;

    /** The most recipients one request adds. */
    public static final int MAX_RECIPIENTS = 20_000;

    private final SurveyStore store;
    private final OrgQuery org;
    private final PlanQuery plans;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Surveys(SurveyStore store, OrgQuery org, PlanQuery plans, Access access, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.org = org;
        this.plans = plans;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A question to ask.
     *
     * @param choices the choices of SINGLE and MULTIPLE (required), the steps of SCALE (default 1–5); ignored
     *        for the other kinds
     * @param askIfQuestion ask only when the earlier question at this position (1 = the first) got {@code askIfAnswer}
     */
    @Schema(name = "SurveyQuestionDraft")
    public record QuestionDraft(QuestionKind kind, String text, List<String> choices, Boolean required,
            Integer askIfQuestion, String askIfAnswer) {

        boolean mandatory() {
            return Boolean.TRUE.equals(required);
        }
    }

    @Schema(name = "SurveyDraft", description = "En enkät att förbereda; minGroup förval 5, reminderDays förval 3")
    public record SurveyDraft(long unitId, String title, String intro, Boolean anonymous, Integer minGroup,
            LocalDate closesOn, Integer reminderDays, Long planItemId, List<QuestionDraft> questions) {

        int minGroupOrDefault() {
            return minGroup == null ? 5 : minGroup;
        }

        boolean isAnonymous() {
            return Boolean.TRUE.equals(anonymous);
        }

        int reminderDaysOrDefault() {
            return reminderDays == null ? 3 : reminderDays;
        }
    }

    /** One person to ask, in the group (unit) whose breakdown they count in. */
    record Recipient(Long personId, String email, long unitId) {
    }

    /**
     * One row of an imported recipient list: a person by username, or an e-mail address for someone outside
     * the organisation, counted in the given unit.
     */
    @Schema(name = "SurveyRecipientRow")
    public record RecipientRow(String username, String email, long unitId) {
    }

    /** What adding recipients did: added, already asked, and the people or rows left out for want of e-mail. */
    @Schema(name = "SurveyRecipientsAdded")
    public record Added(int added, int alreadyAsked, List<String> withoutEmail) {
    }

    public long create(SurveyDraft draft) {
        if (draft == null) {
            throw new DomainException("survey.error.title");
        }
        org.existingUnit(draft.unitId(), "unitId");
        access.requireWrite(draft.unitId());
        List<String> problems = problems(draft);
        if (!problems.isEmpty()) {
            throw new DomainException(problems.get(0));
        }
        if (draft.planItemId() != null && plans.item(draft.planItemId()).kind() != ItemKind.REVIEW) {
            throw new DomainException("survey.error.notReview");
        }
        String username = access.current().username();
        long id = store.insert(draft, username, OffsetDateTime.now(clock));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < draft.questions().size(); i++) {
            QuestionDraft q = draft.questions().get(i);
            Long condition = q.askIfQuestion() == null ? null : ids.get(q.askIfQuestion() - 1);
            ids.add(store.insertQuestion(id, i + 1, q.kind(), q.text().strip(), choicesOf(q), q.mandatory(), condition,
                    condition == null ? null : q.askIfAnswer().strip()));
        }
        events.publishEvent(new RecordChanged(TYPE, Long.toString(id), RecordChanged.Action.CREATED,
                ChangeSet.create().field("title", null, draft.title().strip())
                        .field("anonymous", null, Boolean.toString(draft.isAnonymous()))
                        .field("closesOn", null, draft.closesOn().toString()).toList(), null));
        return id;
    }

    /** Every problem of a draft, as message keys, in the order of the form. */
    public List<String> problems(SurveyDraft d) {
        List<String> problems = new ArrayList<>();
        if (d.title() == null || d.title().isBlank() || d.title().strip().length() > 300) {
            problems.add("survey.error.title");
        }
        if (d.intro() != null && d.intro().length() > 4000) {
            problems.add("survey.error.intro");
        }
        if (d.minGroupOrDefault() < 1 || d.minGroupOrDefault() > 100) {
            problems.add("survey.error.minGroup");
        }
        if (d.reminderDaysOrDefault() < 0 || d.reminderDaysOrDefault() > 60) {
            problems.add("survey.error.reminderDays");
        }
        if (d.closesOn() == null || d.closesOn().isBefore(LocalDate.now(clock))) {
            problems.add("survey.error.closesOn");
        }
        List<QuestionDraft> questions = d.questions() == null ? List.of() : d.questions();
        if (questions.isEmpty() || questions.size() > MAX_QUESTIONS || questions.stream().anyMatch(Objects::isNull)) {
            problems.add("survey.error.questions");
            return problems;
        }
        for (int i = 0; i < questions.size(); i++) {
            QuestionDraft q = questions.get(i);
            if (q.kind() == null || q.text() == null || q.text().isBlank() || q.text().length() > 1000) {
                problems.add("survey.error.question");
                continue;
            }
            List<String> choices = choicesOf(q);
            if ((q.kind() == QuestionKind.SINGLE || q.kind() == QuestionKind.MULTIPLE) && choices.size() < 2
                    || choices.size() > 30 || choices.stream().anyMatch(c -> c.length() > 300)
                    || choices.stream().distinct().count() != choices.size()) {
                problems.add("survey.error.choices");
            }
            if (q.askIfQuestion() != null) {
                int at = q.askIfQuestion();
                QuestionDraft earlier = at >= 1 && at <= i ? questions.get(at - 1) : null;
                if (earlier == null || earlier.kind() == null || !earlier.kind().counted() || q.askIfAnswer() == null
                        || !choicesOf(earlier).contains(q.askIfAnswer().strip())) {
                    problems.add("survey.error.condition");
                }
            }
        }
        return problems;
    }

    private static List<String> choicesOf(QuestionDraft q) {
        if (q.kind() == null || !q.kind().counted()) {
            return List.of();
        }
        List<String> given = q.choices() == null ? List.of()
                : q.choices().stream().filter(Objects::nonNull).map(String::strip).filter(c -> !c.isEmpty()).toList();
        return q.kind() == QuestionKind.YES_NO || given.isEmpty() ? q.kind().defaultChoices() : given;
    }

    @Transactional(readOnly = true)
    public Survey survey(long id) {
        SurveyStore.Head head = store.head(id).orElseThrow(() -> new NotFoundException("survey.notFound"));
        access.requireRead(head.unitId());
        return head.with(store.questions(id));
    }

    /** The surveys of units the person may read, newest first, without their questions; at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<Survey> list(int limit) {
        var scope = access.current();
        Long[] units = scope.administrator() ? null : scope.readableUnitIds().toArray(Long[]::new);
        return store.heads(units, Bounds.size("limit", limit, MAX_LIST)).stream().map(h -> h.with(List.of())).toList();
    }

    /** Adds everyone holding the role at the unit or below it today; they count in that unit's group. */
    public Added addByRole(long surveyId, int version, String role, long unitId) {
        Survey survey = changeable(surveyId, version);
        org.existingUnit(unitId, "unitId");
        access.requireRead(unitId);
        if (role == null || role.isBlank()) {
            throw new DomainException("survey.error.role");
        }
        List<OrgQuery.PersonView> people = org.peopleWithRole(role.strip(), unitId, LocalDate.now(clock));
        return add(survey, people.stream().map(p -> new Candidate(p.id(), p.email(), unitId, p.fullName())).toList());
    }

    /** Adds the rows of an imported recipient list, all or nothing: an unknown username or unit refuses the list. */
    public Added addList(long surveyId, int version, List<RecipientRow> rows) {
        Survey survey = changeable(surveyId, version);
        if (rows == null || rows.isEmpty() || rows.size() > MAX_RECIPIENTS || rows.stream().anyMatch(Objects::isNull)) {
            throw new DomainException("survey.error.recipients");
        }
        Map<String, OrgQuery.PersonView> people = org.peopleByUsername(rows.stream().map(RecipientRow::username)
                .filter(Objects::nonNull).map(String::strip).toList());
        Map<Long, OrgQuery.UnitView> units = org.units(rows.stream().map(RecipientRow::unitId).distinct().toList());
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RecipientRow row = rows.get(i);
            if (!units.containsKey(row.unitId())) {
                throw new DomainException("survey.error.recipientUnit", i + 1, row.unitId());
            }
            if (row.username() != null && !row.username().isBlank()) {
                OrgQuery.PersonView p = people.get(row.username().strip());
                if (p == null) {
                    throw new DomainException("survey.error.recipientUnknown", i + 1, row.username());
                }
                candidates.add(new Candidate(p.id(), p.email(), row.unitId(), p.fullName()));
            } else if (row.email() != null && row.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
                    && row.email().length() <= 200) {
                candidates.add(new Candidate(null, row.email().strip(), row.unitId(), row.email().strip()));
            } else {
                throw new DomainException("survey.error.recipientRow", i + 1);
            }
        }
        return add(survey, candidates);
    }

    private record Candidate(Long personId, String email, long unitId, String name) {
    }

    private Added add(Survey survey, List<Candidate> candidates) {
        List<String> withoutEmail = candidates.stream().filter(c -> c.email() == null || c.email().isBlank())
                .map(Candidate::name).toList();
        List<Recipient> recipients = candidates.stream().filter(c -> c.email() != null && !c.email().isBlank())
                .map(c -> new Recipient(c.personId(), c.email().strip().toLowerCase(java.util.Locale.ROOT), c.unitId()))
                .toList();
        if (recipients.size() > MAX_RECIPIENTS) {
            throw new DomainException("survey.error.recipients");
        }
        int added = store.addRecipients(survey.id(), recipients);
        events.publishEvent(new RecordChanged(TYPE, Long.toString(survey.id()), RecordChanged.Action.UPDATED,
                ChangeSet.create().field("recipients", Integer.toString(survey.offered()),
                        Integer.toString(survey.offered() + added)).toList(), null));
        return new Added(added, recipients.size() - added, withoutEmail);
    }

    /** Closes the survey before its closing date: no more answers. */
    public void close(long surveyId, int version) {
        Survey survey = changeable(surveyId, version);
        store.status(surveyId, SurveyStatus.CLOSED, null);
        events.publishEvent(new RecordChanged(TYPE, Long.toString(surveyId), RecordChanged.Action.UPDATED,
                ChangeSet.create().field("status", survey.status().name(), SurveyStatus.CLOSED.name()).toList(), null));
    }

    /** The survey, checked writable and not closed, its version bumped (a stale version → 409). */
    Survey changeable(long surveyId, int version) {
        Survey survey = survey(surveyId);
        access.requireWrite(survey.unitId());
        if (survey.status() == SurveyStatus.CLOSED || survey.closesOn().isBefore(LocalDate.now(clock))) {
            throw new DomainException("survey.error.closed");
        }
        store.bump(surveyId, version);
        return survey;
    }

    /** Unit names for the groups of a survey (one batch read). */
    @Transactional(readOnly = true)
    public Map<Long, String> unitNames(java.util.Collection<Long> unitIds) {
        Map<Long, String> names = new HashMap<>();
        org.units(unitIds).forEach((id, u) -> names.put(id, u.name()));
        return names;
    }
}
