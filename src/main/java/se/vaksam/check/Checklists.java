package se.vaksam.check;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.plan.PlanManagement;
import se.vaksam.plan.ResultTable;
import se.vaksam.shared.Access;
import se.vaksam.shared.ChangeSet;
import se.vaksam.shared.Bounds;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.NotFoundException;
import se.vaksam.shared.RecordChanged;

/**
 * Checklists over a sample: questions defined per review, answered Ja / Nej / Ej tillämpligt (with an
 * optional comment) per sampled case, counted into the review's result table question | Ja | Nej | Ej
 * tillämpligt, which is put into the plan item's result through {@link PlanManagement#putResultTable}.
 */
@Service
@Transactional
public class Checklists {

    static final String TYPE = "check.checklist";

    private final ChecklistStore store;
    private final Samples samples;
    private final PlanManagement plans;
    private final se.vaksam.plan.PlanQuery reviews;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Checklists(ChecklistStore store, Samples samples, PlanManagement plans, se.vaksam.plan.PlanQuery reviews,
            Access access, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.reviews = reviews;
        this.store = store;
        this.samples = samples;
        this.plans = plans;
        this.access = access;
        this.events = events;
    }

    /**
     * A question; with a condition it applies to a case only when the earlier question
     * {@code conditionQuestionId} was answered {@code conditionAnswer}.
     */
    @Schema(name = "ChecklistQuestion")
    public record Question(long id, String text, Long conditionQuestionId, Answer conditionAnswer) {

        public boolean conditional() {
            return conditionQuestionId != null;
        }
    }

    public record Given(Answer answer, String comment, String answeredBy) {
    }

    /**
     * A checklist with its questions, the sample's case keys, each case's stratum (absent when it has none),
     * the answers by question id and case key, and each case's version (in the order of the cases; 0 for a
     * case never saved): reviewers answer different cases side by side, and only a stale write of the same
     * case is refused.
     */
    public record Checklist(long id, long sampleId, Long planItemId, String title, List<Question> questions,
            List<String> caseKeys, Map<String, String> strata, Map<Long, Map<String, Given>> answers,
            Map<String, Integer> caseVersions) {

        /** The version of one case, to send back when saving it. */
        public int versionOf(String caseKey) {
            return caseVersions.getOrDefault(caseKey, 0);
        }

        public Given given(long questionId, String caseKey) {
            return answers.getOrDefault(questionId, Map.of()).get(caseKey);
        }

        /** Cases where every question that applies is answered. */
        public long answeredCases() {
            return caseKeys.stream().filter(k -> questions.stream()
                    .allMatch(q -> CaseOutcomes.outcome(this, q, k, answers(k)) != null)).count();
        }

        /** The answers given for one case, by question id. */
        public Map<Long, Answer> answers(String caseKey) {
            Map<Long, Answer> given = new java.util.HashMap<>();
            questions.forEach(q -> {
                Given g = given(q.id(), caseKey);
                if (g != null) {
                    given.put(q.id(), g.answer());
                }
            });
            return given;
        }

        /** How a question stands for a case: an answer's label, "Ej tillämpligt (villkor)" or null (unanswered). */
        public String outcome(Question question, String caseKey) {
            return CaseOutcomes.outcome(this, question, caseKey, answers(caseKey));
        }

        public Question question(long questionId) {
            return questions.stream().filter(q -> q.id() == questionId).findFirst()
                    .orElseThrow(() -> new DomainException("check.checklist.error.question"));
        }

        public boolean hasConditions() {
            return questions.stream().anyMatch(Question::conditional);
        }
    }

    /** A checklist in a list: what it is over and how many questions it asks, without the answers. */
    @Schema(name = "ChecklistSummary")
    public record Summary(long id, long sampleId, Long planItemId, String title, long unitId, int questions,
            String createdBy, OffsetDateTime createdAt) {
    }

    /** The longest list of checklists one request returns. */
    public static final int MAX_LIST = 500;

    /**
     * The checklists over samples of units the person may read, newest first, optionally of one
     * sample or one review; at most {@code limit} (1 to {@link #MAX_LIST}).
     */
    @Transactional(readOnly = true)
    public List<Summary> list(Long sampleId, Long planItemId, int limit) {
        var scope = access.current();
        Long[] units = scope.administrator() ? null : scope.readableUnitIds().toArray(Long[]::new);
        return store.summaries(units, sampleId, planItemId, Bounds.size("limit", limit, MAX_LIST));
    }

    /** One answer to save: null {@code answer} clears it. */
    @Schema(name = "ChecklistAnswerDraft", description = "Svaret på en fråga för ett fall; answer null tömmer svaret")
    public record AnswerDraft(long questionId, Answer answer, String comment) {
    }

    /**
     * A condition at creation: the question at position {@code question} (0-based, in the order given) applies
     * only when the earlier question at {@code onQuestion} was answered {@code answer}.
     */
    @Schema(name = "ChecklistConditionDraft", description = "Frågan på plats question (från 0) gäller bara när "
            + "den tidigare frågan på plats onQuestion besvarats med answer")
    public record ConditionDraft(int question, int onQuestion, Answer answer) {
    }

    public long create(long sampleId, Long planItemId, String title, List<String> questions) {
        return create(sampleId, planItemId, title, questions, List.of());
    }

    public long create(long sampleId, Long planItemId, String title, List<String> questions,
            List<ConditionDraft> conditions) {
        Samples.Sample sample = samples.sample(sampleId);
        access.requireWrite(sample.unitId());
        List<String> texts = questions == null ? List.of()
                : questions.stream().filter(Objects::nonNull).map(String::strip).filter(q -> !q.isEmpty()).toList();
        if (title == null || title.isBlank()) {
            throw new DomainException("check.checklist.error.title");
        }
        if (texts.isEmpty()) {
            throw new DomainException("check.checklist.error.questions");
        }
        if (texts.stream().anyMatch(t -> t.length() > 500)) {
            throw new DomainException("check.checklist.error.tooLong");
        }
        if (texts.stream().map(t -> t.toLowerCase(java.util.Locale.ROOT)).distinct().count() < texts.size()) {
            throw new DomainException("check.checklist.error.sameQuestion");
        }
        List<ConditionDraft> given = conditions == null ? List.of() : conditions.stream().filter(Objects::nonNull).toList();
        for (ConditionDraft c : given) {
            if (c.question() < 0 || c.question() >= texts.size() || c.onQuestion() < 0
                    || c.onQuestion() >= c.question() || c.answer() == null) {
                throw new DomainException("check.checklist.error.condition");
            }
        }
        if (given.stream().map(ConditionDraft::question).distinct().count() < given.size()) {
            throw new DomainException("check.checklist.error.condition");
        }
        if (planItemId != null && reviews.item(planItemId).kind() != se.vaksam.plan.ItemKind.REVIEW) {
            throw new DomainException("check.checklist.error.notReview");
        }
        long id = store.insert(sampleId, planItemId, title.strip(), texts, given, access.current().username());
        events.publishEvent(new RecordChanged(TYPE, Long.toString(id), RecordChanged.Action.CREATED,
                ChangeSet.create().field("title", null, title.strip()).field("questions", null, String.join(" | ", texts))
                        .toList(), null));
        return id;
    }

    /**
     * Makes a question conditional on an earlier question's answer, or unconditional ({@code onQuestionId}
     * null). Answers already given stay stored; they count only while the question applies.
     */
    public void setCondition(long checklistId, long questionId, Long onQuestionId, Answer answer) {
        Checklist c = checklist(checklistId);
        access.requireWrite(samples.sample(c.sampleId()).unitId());
        Question question = c.question(questionId);
        if (onQuestionId != null) {
            Question on = c.question(onQuestionId);
            if (answer == null || c.questions().indexOf(on) >= c.questions().indexOf(question)) {
                throw new DomainException("check.checklist.error.condition");
            }
        }
        store.condition(questionId, onQuestionId, onQuestionId == null ? null : answer);
        events.publishEvent(new RecordChanged(TYPE, Long.toString(checklistId), RecordChanged.Action.UPDATED,
                ChangeSet.create().field("condition", conditionText(c, question),
                        onQuestionId == null ? null : conditionText(c, new Question(questionId, question.text(),
                                onQuestionId, answer))).toList(), null));
    }

    private static String conditionText(Checklist c, Question q) {
        return q.conditional() ? q.text() + " ← " + c.question(q.conditionQuestionId()).text() + " = "
                + q.conditionAnswer().label() : null;
    }

    @Transactional(readOnly = true)
    public Checklist checklist(long id) {
        ChecklistStore.Head head = store.head(id).orElseThrow(() -> new NotFoundException("check.checklist.notFound"));
        Samples.Sample sample = samples.sample(head.sampleId());
        Map<Long, Map<String, Given>> answers = new java.util.HashMap<>();
        for (ChecklistStore.Given g : store.answers(id)) {
            answers.computeIfAbsent(g.questionId(), q -> new java.util.HashMap<>()).put(g.caseKey(),
                    new Given(g.answer(), g.comment(), g.answeredBy()));
        }
        List<String> caseKeys = sample.cases().stream().map(PopulationRow::key).toList();
        Map<String, String> strata = new java.util.LinkedHashMap<>();
        sample.cases().stream().filter(r -> r.stratum() != null && !r.stratum().isBlank())
                .forEach(r -> strata.put(r.key(), r.stratum()));
        Map<String, Integer> saved = store.caseVersions(id);
        Map<String, Integer> versions = new java.util.LinkedHashMap<>();
        caseKeys.forEach(k -> versions.put(k, saved.getOrDefault(k, 0)));
        return new Checklist(id, head.sampleId(), head.planItemId(), head.title(),
                store.questions(id).stream().map(q -> new Question(q.id(), q.text(), q.conditionQuestionId(),
                        q.conditionAnswer() == null ? null : Answer.valueOf(q.conditionAnswer()))).toList(),
                caseKeys, strata, answers, versions);
    }

    @Transactional(readOnly = true)
    public List<Checklist> ofSample(long sampleId) {
        samples.sample(sampleId);
        return store.ofSample(sampleId).stream().map(h -> checklist(h.id())).toList();
    }

    /**
     * Saves the answers for one sampled case; a stale version of that case is refused (409), and so is an
     * answer to a question whose condition is not met. Answers kept for questions that no longer apply after
     * this change are cleared.
     */
    public void answer(long checklistId, String caseKey, List<AnswerDraft> answers, int seenVersion) {
        Checklist checklist = checklist(checklistId);
        access.requireWrite(samples.sample(checklist.sampleId()).unitId());
        if (!checklist.caseKeys().contains(caseKey)) {
            throw new DomainException("check.checklist.error.notInSample", caseKey);
        }
        Map<Long, Answer> changes = new java.util.HashMap<>();
        for (AnswerDraft a : answers) {
            checklist.question(a.questionId());
            String comment = a.comment() == null || a.comment().isBlank() ? null : a.comment().strip();
            if (comment != null && comment.length() > 1000) {
                throw new DomainException("check.checklist.error.comment");
            }
            changes.put(a.questionId(), a.answer());
        }
        Map<Long, Answer> current = checklist.answers(caseKey);
        CaseOutcomes.Merged merged = CaseOutcomes.merge(checklist, current, changes);
        if (!merged.refused().isEmpty()) {
            Question q = merged.refused().get(0);
            throw new DomainException("check.checklist.error.notAsked", q.text(),
                    checklist.question(q.conditionQuestionId()).text(), q.conditionAnswer().label());
        }
        store.bumpCase(checklistId, caseKey, seenVersion);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String username = access.current().username();
        for (AnswerDraft a : answers) {
            String comment = a.comment() == null || a.comment().isBlank() ? null : a.comment().strip();
            store.put(a.questionId(), caseKey, a.answer(), comment, username, now);
        }
        current.keySet().stream().filter(q -> !merged.answers().containsKey(q) && !changes.containsKey(q))
                .forEach(q -> store.put(q, caseKey, null, null, username, now));
        events.publishEvent(new RecordChanged(TYPE, Long.toString(checklistId), RecordChanged.Action.UPDATED,
                ChangeSet.create().field("case", null, caseKey).toList(), null));
    }

    /**
     * Bulk answers from a CSV or XLSX file (all or nothing): a key column ("Nyckel", else the first column)
     * and one column per question headed by its text, values Ja / Nej / Ej tillämpligt or empty (no answer).
     * Every problem of every row is reported at once and nothing is stored; otherwise each listed case whose
     * answers differ is overwritten, its version moved on and the change recorded in its history (cases not
     * in the file, questions without a column and comments are left as they are). The same file again
     * changes nothing.
     */
    public BulkResult importAnswers(long checklistId, FileTable file) {
        Checklist checklist = checklist(checklistId);
        access.requireWrite(samples.sample(checklist.sampleId()).unitId());
        BulkAnswers.Read read = BulkAnswers.read(checklist, file);
        if (!read.problems().isEmpty()) {
            return new BulkResult(0, 0, read.problems());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String username = access.current().username();
        int changed = 0;
        for (var entry : read.cases().entrySet()) {
            String caseKey = entry.getKey();
            Map<Long, Answer> before = checklist.answers(caseKey);
            Map<Long, Answer> after = entry.getValue();
            if (before.equals(after)) {
                continue;
            }
            store.bumpCase(checklistId, caseKey, checklist.versionOf(caseKey));
            for (Question q : checklist.questions()) {
                if (!Objects.equals(before.get(q.id()), after.get(q.id()))) {
                    Given g = checklist.given(q.id(), caseKey);
                    store.put(q.id(), caseKey, after.get(q.id()), g == null ? null : g.comment(), username, now);
                }
            }
            events.publishEvent(new RecordChanged(TYPE, Long.toString(checklistId), RecordChanged.Action.UPDATED,
                    ChangeSet.create().field("case", null, caseKey).field("answers",
                            BulkAnswers.describe(checklist, before), BulkAnswers.describe(checklist, after)).toList(),
                    BulkAnswers.source(file)));
            changed++;
        }
        return new BulkResult(changed, read.cases().size() - changed, List.of());
    }

    /** The checklist as a CSV file to fill in for {@link #importAnswers}: Nyckel, the questions, the answers so far. */
    @Transactional(readOnly = true)
    public byte[] answerFile(long checklistId) {
        return BulkAnswers.file(checklist(checklistId));
    }

    /** The outcome of a bulk answer file: how many cases changed and stayed, or the problems (nothing stored). */
    @Schema(name = "ChecklistBulkResult")
    public record BulkResult(int changedCases, int unchangedCases, List<ImportProblem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * The counts as a result table: Granskningsområde | Ja | Nej | Ej tillämpligt | (Ej tillämpligt
     * (villkor)) | Ej besvarad | Totalt, then the percentages; every sampled case is counted in every row.
     */
    @Transactional(readOnly = true)
    public ResultTable resultTable(long checklistId) {
        return ChecklistTables.questions(checklist(checklistId));
    }

    /**
     * One of the checklist's tables: the questions ({@code questionId} null), one question per stratum of the
     * sample ({@code byQuestionId} null), or a cross-tab of two questions (rows {@code questionId}, columns
     * {@code byQuestionId}).
     */
    @Transactional(readOnly = true)
    public ResultTable table(long checklistId, Long questionId, Long byQuestionId) {
        Checklist c = checklist(checklistId);
        if (questionId == null) {
            return ChecklistTables.questions(c);
        }
        Question rows = c.question(questionId);
        if (byQuestionId == null) {
            return ChecklistTables.perStratum(c, rows);
        }
        Question columns = c.question(byQuestionId);
        if (rows.id() == columns.id()) {
            throw new DomainException("check.checklist.error.crossSame");
        }
        return ChecklistTables.cross(c, rows, columns);
    }

    /** Puts the counts into the linked plan item's result (replacing the table of the same caption). */
    public ResultTable attachToReview(long checklistId) {
        return attachToReview(checklistId, null, null);
    }

    /** Puts one of the tables of {@link #table} into the linked review's result (replacing the same caption). */
    public ResultTable attachToReview(long checklistId, Long questionId, Long byQuestionId) {
        Checklist c = checklist(checklistId);
        if (c.planItemId() == null) {
            throw new DomainException("check.checklist.error.noReview");
        }
        ResultTable table = table(checklistId, questionId, byQuestionId);
        plans.putResultTable(c.planItemId(), table);
        return table;
    }
}
