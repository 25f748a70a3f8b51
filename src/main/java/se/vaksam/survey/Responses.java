package se.vaksam.survey;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.shared.DomainException;
import se.vaksam.shared.NotFoundException;

/**
 * Answering through a personal link, without an account: the token is the only credential. Every problem of
 * the answers is found at once; a question whose condition is not met is not asked, and whatever was given for
 * it is dropped. In anonymous mode the response is stored without its recipient and without a time of day.
 */
@Service
@Transactional
public class Responses {

    private final SurveyStore store;
    private final Clock clock;

    Responses(SurveyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Where a link stands: open for answers, already answered, or closed. */
    public enum LinkState {
        OPEN, ANSWERED, CLOSED
    }

    /** What the person answering sees: the survey's questions, not its recipients or results. */
    public record Questionnaire(String title, String intro, boolean anonymous, LocalDate closesOn,
            List<Survey.Question> questions, LinkState state) {
    }

    /** One problem of the answers: the question (null for the whole form) and the message key. */
    public record Problem(Long questionId, String messageKey) {
    }

    private record Link(SurveyStore.Holder holder, Survey survey) {
    }

    private Link link(String token) {
        if (!Tokens.plausible(token)) {
            throw new NotFoundException("survey.answer.notFound");
        }
        SurveyStore.Holder holder = store.holder(Tokens.hash(token))
                .orElseThrow(() -> new NotFoundException("survey.answer.notFound"));
        SurveyStore.Head head = store.head(holder.surveyId()).orElseThrow();
        return new Link(holder, head.with(store.questions(head.id())));
    }

    private LinkState state(Link link) {
        if (link.holder().answered()) {
            return LinkState.ANSWERED;
        }
        Survey s = link.survey();
        return s.status() == SurveyStatus.OPEN && !s.closesOn().isBefore(LocalDate.now(clock)) ? LinkState.OPEN
                : LinkState.CLOSED;
    }

    @Transactional(readOnly = true)
    public Questionnaire questionnaire(String token) {
        Link link = link(token);
        Survey s = link.survey();
        return new Questionnaire(s.title(), s.intro(), s.anonymous(), s.closesOn(), s.questions(), state(link));
    }

    /**
     * Records the answers (question id → the values given: choices, or one number or text), or returns every
     * problem and stores nothing. A link already used or closed is refused (422).
     */
    public List<Problem> answer(String token, Map<Long, List<String>> given) {
        Link link = link(token);
        LinkState state = state(link);
        if (state != LinkState.OPEN) {
            throw new DomainException(state == LinkState.ANSWERED ? "survey.answer.error.answered"
                    : "survey.answer.error.closed");
        }
        Survey survey = link.survey();
        Map<Long, List<String>> values = new HashMap<>();
        given.forEach((q, v) -> values.put(q, v == null ? List.of()
                : v.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList()));
        List<Problem> problems = new ArrayList<>();
        record Valid(Survey.Question question, List<String> choices, BigDecimal number, String text) {
        }
        List<Valid> valid = new ArrayList<>();
        for (Survey.Question q : survey.questions()) {
            if (!asked(q, values)) {
                values.remove(q.id());
                continue;
            }
            List<String> v = values.getOrDefault(q.id(), List.of());
            if (v.isEmpty()) {
                if (q.required()) {
                    problems.add(new Problem(q.id(), "survey.answer.error.required"));
                }
                continue;
            }
            switch (q.kind()) {
                case YES_NO, SINGLE, SCALE, MULTIPLE -> {
                    if (!q.choices().containsAll(v) || q.kind() != QuestionKind.MULTIPLE && v.size() > 1) {
                        problems.add(new Problem(q.id(), "survey.answer.error.choice"));
                    } else {
                        valid.add(new Valid(q, v.stream().distinct().toList(), null, null));
                    }
                }
                case NUMBER -> {
                    BigDecimal number = number(v);
                    if (number == null) {
                        problems.add(new Problem(q.id(), "survey.answer.error.number"));
                    } else {
                        valid.add(new Valid(q, List.of(), number, null));
                    }
                }
                case TEXT -> {
                    if (v.size() > 1 || v.get(0).length() > 4000) {
                        problems.add(new Problem(q.id(), "survey.answer.error.text"));
                    } else {
                        valid.add(new Valid(q, List.of(), null, v.get(0)));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!store.markAnswered(link.holder().recipientId(), survey.anonymous() ? null : now)) {
            throw new DomainException("survey.answer.error.answered");
        }
        long response = store.insertResponse(survey.id(), survey.anonymous() ? null : link.holder().recipientId(),
                link.holder().unitId(), now.toLocalDate());
        valid.forEach(a -> store.insertAnswer(response, a.question().id(), a.choices(), a.number(), a.text()));
        return List.of();
    }

    /** Whether the question is asked, given the answers to the earlier ones. */
    static boolean asked(Survey.Question q, Map<Long, List<String>> values) {
        return q.conditionQuestionId() == null
                || values.getOrDefault(q.conditionQuestionId(), List.of()).contains(q.conditionAnswer());
    }

    private static BigDecimal number(List<String> v) {
        if (v.size() != 1 || v.get(0).length() > 20) {
            return null;
        }
        try {
            BigDecimal n = new BigDecimal(v.get(0).replace(" ", "").replace("\u00a0", "").replace(',', '.'));
            return n.abs().compareTo(new BigDecimal("999999999999")) > 0 ? null : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
