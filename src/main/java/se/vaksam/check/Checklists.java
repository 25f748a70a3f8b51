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

    public record Question(long id, String text) {
    }

    public record Given(Answer answer, String comment, String answeredBy) {
    }

    /**
     * A checklist with its questions, the sample's case keys, the answers by question id and case key, and
     * each case's version (in the order of the cases; 0 for a case never saved): reviewers answer different
     * cases side by side, and only a stale write of the same case is refused.
     */
    public record Checklist(long id, long sampleId, Long planItemId, String title, List<Question> questions,
            List<String> caseKeys, Map<Long, Map<String, Given>> answers, Map<String, Integer> caseVersions) {

        /** The version of one case, to send back when saving it. */
        public int versionOf(String caseKey) {
            return caseVersions.getOrDefault(caseKey, 0);
        }

        public Given given(long questionId, String caseKey) {
            return answers.getOrDefault(questionId, Map.of()).get(caseKey);
        }

        public long answeredCases() {
            return caseKeys.stream().filter(k -> questions.stream().allMatch(q -> given(q.id(), k) != null)).count();
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

    public long create(long sampleId, Long planItemId, String title, List<String> questions) {
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
        if (planItemId != null && reviews.item(planItemId).kind() != se.vaksam.plan.ItemKind.REVIEW) {
            throw new DomainException("check.checklist.error.notReview");
        }
        long id = store.insert(sampleId, planItemId, title.strip(), texts, access.current().username());
        events.publishEvent(new RecordChanged(TYPE, Long.toString(id), RecordChanged.Action.CREATED,
                ChangeSet.create().field("title", null, title.strip()).field("questions", null, String.join(" | ", texts))
                        .toList(), null));
        return id;
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
        Map<String, Integer> saved = store.caseVersions(id);
        Map<String, Integer> versions = new java.util.LinkedHashMap<>();
        caseKeys.forEach(k -> versions.put(k, saved.getOrDefault(k, 0)));
        return new Checklist(id, head.sampleId(), head.planItemId(), head.title(),
                store.questions(id).stream().map(q -> new Question(q.id(), q.text())).toList(), caseKeys, answers,
                versions);
    }

    @Transactional(readOnly = true)
    public List<Checklist> ofSample(long sampleId) {
        samples.sample(sampleId);
        return store.ofSample(sampleId).stream().map(h -> checklist(h.id())).toList();
    }

    /** Saves the answers for one sampled case; a stale version of that case is refused (409). */
    public void answer(long checklistId, String caseKey, List<AnswerDraft> answers, int seenVersion) {
        Checklist checklist = checklist(checklistId);
        access.requireWrite(samples.sample(checklist.sampleId()).unitId());
        if (!checklist.caseKeys().contains(caseKey)) {
            throw new DomainException("check.checklist.error.notInSample", caseKey);
        }
        store.bumpCase(checklistId, caseKey, seenVersion);
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (AnswerDraft a : answers) {
            if (checklist.questions().stream().noneMatch(q -> q.id() == a.questionId())) {
                throw new DomainException("check.checklist.error.question");
            }
            String comment = a.comment() == null || a.comment().isBlank() ? null : a.comment().strip();
            if (comment != null && comment.length() > 1000) {
                throw new DomainException("check.checklist.error.comment");
            }
            store.put(a.questionId(), caseKey, a.answer(), comment, access.current().username(), now);
        }
        events.publishEvent(new RecordChanged(TYPE, Long.toString(checklistId), RecordChanged.Action.UPDATED,
                ChangeSet.create().field("case", null, caseKey).toList(), null));
    }

    /** The counts as a result table: Granskningsområde | Ja (antal) | Nej (antal) | Ej tillämpligt (antal). */
    @Transactional(readOnly = true)
    public ResultTable resultTable(long checklistId) {
        Checklist c = checklist(checklistId);
        List<List<ResultTable.Cell>> rows = c.questions().stream().map(q -> {
            long[] n = new long[3];
            c.answers().getOrDefault(q.id(), Map.of()).values().forEach(g -> n[g.answer().ordinal()]++);
            return List.of(ResultTable.Cell.text(q.text()), ResultTable.Cell.number(n[0]),
                    ResultTable.Cell.number(n[1]), ResultTable.Cell.number(n[2]));
        }).toList();
        return new ResultTable(c.title(), List.of(new ResultTable.Column("Granskningsområde", false),
                new ResultTable.Column("Ja (antal)", true), new ResultTable.Column("Nej (antal)", true),
                new ResultTable.Column("Ej tillämpligt (antal)", true)), rows);
    }

    /** Puts the counts into the linked plan item's result (replacing the table of the same caption). */
    public ResultTable attachToReview(long checklistId) {
        Checklist c = checklist(checklistId);
        if (c.planItemId() == null) {
            throw new DomainException("check.checklist.error.noReview");
        }
        ResultTable table = resultTable(checklistId);
        plans.putResultTable(c.planItemId(), table);
        return table;
    }
}
