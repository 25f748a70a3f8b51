package se.vaksam.deviation;

import static se.vaksam.deviation.DeviationStatus.ACTION_TAKEN;
import static se.vaksam.deviation.DeviationStatus.ASSESSED;
import static se.vaksam.deviation.DeviationStatus.AWAITING_CHAIR;
import static se.vaksam.deviation.DeviationStatus.URGENT_DECIDED;
import static se.vaksam.deviation.DeviationStatus.ASSIGNED;
import static se.vaksam.deviation.DeviationStatus.CLOSED;
import static se.vaksam.deviation.DeviationStatus.DECIDED;
import static se.vaksam.deviation.DeviationStatus.INVESTIGATED;
import static se.vaksam.deviation.DeviationStatus.INVESTIGATING;
import static se.vaksam.deviation.DeviationStatus.IVO_NOTIFIED;
import static se.vaksam.deviation.DeviationStatus.IVO_REPLIED;
import static se.vaksam.deviation.DeviationStatus.MEASURES_DECIDED;
import static se.vaksam.deviation.DeviationStatus.RECEIVED;
import static se.vaksam.deviation.DeviationStatus.REPORTED;

import java.util.List;
import java.util.Optional;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import se.vaksam.shared.DomainException;

/**
 * The explicit transition table of every kind. A step not in the table for the deviation's kind and
 * status is refused with a Swedish message; a few rows carry a guard (IVO is notified only of serious
 * cases, and a serious case cannot skip the notification). The chair's urgent decision (ordförandebeslut
 * when the arbetsutskott cannot be awaited) comes before the assessment: the investigation is then
 * assessed while IVO waits (ASSESS keeps the status, once), and measures need the assessment.
 */
public final class Workflow {

    /** One row: in this status, this step leads to that status (for lex Sarah or the other kinds). */
    public record Transition(boolean lexSarah, DeviationStatus from, Step step, DeviationStatus to) {
    }

    static final List<Transition> TABLE = List.of(
            new Transition(false, RECEIVED, Step.ASSIGN, ASSIGNED),
            new Transition(false, ASSIGNED, Step.ASSIGN, ASSIGNED),
            new Transition(false, ASSIGNED, Step.INVESTIGATE, INVESTIGATED),
            new Transition(false, INVESTIGATED, Step.DECIDE_MEASURES, MEASURES_DECIDED),
            new Transition(false, MEASURES_DECIDED, Step.CLOSE, CLOSED),
            new Transition(true, REPORTED, Step.IMMEDIATE_ACTION, ACTION_TAKEN),
            new Transition(true, ACTION_TAKEN, Step.START_INVESTIGATION, INVESTIGATING),
            new Transition(true, INVESTIGATING, Step.ASSESS, ASSESSED),
            new Transition(true, INVESTIGATING, Step.REFER_TO_CHAIR, AWAITING_CHAIR),
            new Transition(true, AWAITING_CHAIR, Step.URGENT_DECISION, URGENT_DECIDED),
            new Transition(true, AWAITING_CHAIR, Step.ASSESS, ASSESSED),
            new Transition(true, URGENT_DECIDED, Step.NOTIFY_IVO, IVO_NOTIFIED),
            new Transition(true, IVO_NOTIFIED, Step.ASSESS, IVO_NOTIFIED),
            new Transition(true, IVO_REPLIED, Step.ASSESS, IVO_REPLIED),
            new Transition(true, ASSESSED, Step.DECIDE, DECIDED),
            new Transition(true, DECIDED, Step.NOTIFY_IVO, IVO_NOTIFIED),
            new Transition(true, IVO_NOTIFIED, Step.IVO_REPLY, IVO_REPLIED),
            new Transition(true, DECIDED, Step.DECIDE_MEASURES, MEASURES_DECIDED),
            new Transition(true, IVO_REPLIED, Step.DECIDE_MEASURES, MEASURES_DECIDED),
            new Transition(true, MEASURES_DECIDED, Step.CLOSE, CLOSED));

    private Workflow() {
    }

    /** The whole table, for the API and the documentation. */
    public static List<Transition> transitions() {
        return TABLE;
    }

    /** The steps open from here for a deviation (before anyone's rights are asked). */
    public static List<Step> next(DeviationKind kind, DeviationStatus status, Boolean serious) {
        return next(kind, status, serious, true);
    }

    /** The steps open from here; {@code assessed} whether the investigation's assessment is recorded. */
    public static List<Step> next(DeviationKind kind, DeviationStatus status, Boolean serious, boolean assessed) {
        return TABLE.stream().filter(t -> t.lexSarah() == kind.lexSarah() && t.from() == status)
                .map(Transition::step).filter(step -> guard(kind, step, status, serious, assessed).isEmpty()).toList();
    }

    static DeviationStatus apply(DeviationKind kind, DeviationStatus status, Step step, Boolean serious) {
        return apply(kind, status, step, serious, true);
    }

    /** Where the step leads; refuses a step not in the table or stopped by its guard. */
    static DeviationStatus apply(DeviationKind kind, DeviationStatus status, Step step, Boolean serious,
            boolean assessed) {
        Transition row = TABLE.stream()
                .filter(t -> t.lexSarah() == kind.lexSarah() && t.from() == status && t.step() == step)
                .findFirst()
                .orElseThrow(() -> refusal(kind, status, step));
        guard(kind, step, status, serious, assessed).ifPresent(key -> {
            throw new DomainException(key);
        });
        return row.to();
    }

    private static Optional<String> guard(DeviationKind kind, Step step, DeviationStatus status, Boolean serious,
            boolean assessed) {
        if (step == Step.ASSESS && (status == IVO_NOTIFIED || status == IVO_REPLIED) && assessed) {
            return Optional.of("deviation.error.alreadyAssessed");
        }
        if (step == Step.DECIDE_MEASURES && kind.lexSarah() && !assessed) {
            return Optional.of("deviation.error.assessFirst");
        }
        if (step == Step.NOTIFY_IVO && !Boolean.TRUE.equals(serious)) {
            return Optional.of("deviation.error.ivoNotSerious");
        }
        if (step == Step.DECIDE_MEASURES && status == DECIDED && Boolean.TRUE.equals(serious)) {
            return Optional.of("deviation.error.ivoFirst");
        }
        return Optional.empty();
    }

    private static DomainException refusal(DeviationKind kind, DeviationStatus status, Step step) {
        if (kind.lexSarah() && status == REPORTED && step != Step.IMMEDIATE_ACTION) {
            return new DomainException("deviation.error.immediateActionFirst");
        }
        return new DomainException("deviation.error.transition",
                new DefaultMessageSourceResolvable("deviation.step." + step),
                new DefaultMessageSourceResolvable("deviation.status." + status));
    }
}
