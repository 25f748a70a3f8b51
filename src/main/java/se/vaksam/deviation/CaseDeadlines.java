package se.vaksam.deviation;

import static se.vaksam.deviation.DeviationStatus.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The deadlines of a case, as data. {@link #AFTER_STEP}: how many days a step gives until the next one is due
 * (none: the case waits for someone else, e.g. IVO; {@link #KEEP}: the earlier deadline stands).
 * {@link #EXPLAINED}: what the deadline in each status is for, and where the rule comes from, as the messages
 * {@code deviation.deadline.<key>} and {@code deviation.deadline.source.<key>}, so a page can say
 * "Utredningen ska vara klar senast 2027-01-17" and why.
 */
public final class CaseDeadlines {

    /** The earlier deadline stands. */
    static final int KEEP = -1;

    /**
     * After this step (null: the report itself) of a lex Sarah case or another kind, the next step is due in
     * {@code days} (null: no deadline), or only when {@code serious} matches, if given.
     */
    record After(boolean lexSarah, Step step, Boolean serious, Integer days) {
    }

    static final List<After> AFTER_STEP = List.of(
            new After(false, null, null, 14),
            new After(true, null, null, 1),
            new After(false, Step.ASSIGN, null, 30),
            new After(false, Step.INVESTIGATE, null, KEEP),
            new After(true, Step.IMMEDIATE_ACTION, null, 14),
            new After(true, Step.START_INVESTIGATION, null, 60),
            new After(true, Step.ASSESS, null, 30),
            new After(true, Step.REFER_TO_CHAIR, null, 0),
            new After(true, Step.URGENT_DECISION, null, 0),
            new After(true, Step.DECIDE, true, 0),
            new After(true, Step.DECIDE, false, 30),
            new After(true, Step.NOTIFY_IVO, null, null),
            new After(true, Step.IVO_REPLY, null, 30),
            new After(false, Step.DECIDE_MEASURES, null, 30),
            new After(true, Step.DECIDE_MEASURES, null, 30),
            new After(false, Step.CLOSE, null, null),
            new After(true, Step.CLOSE, null, null));

    /** In this status (of a serious case or not, if given) the deadline is for what the key says. */
    public record Explained(boolean lexSarah, DeviationStatus status, Boolean serious, String key) {
    }

    static final List<Explained> EXPLAINED = List.of(
            new Explained(false, RECEIVED, null, "assign"),
            new Explained(false, ASSIGNED, null, "investigate"),
            new Explained(false, INVESTIGATED, null, "decideMeasures"),
            new Explained(false, MEASURES_DECIDED, null, "close"),
            new Explained(true, REPORTED, null, "immediateAction"),
            new Explained(true, ACTION_TAKEN, null, "startInvestigation"),
            new Explained(true, INVESTIGATING, null, "investigation"),
            new Explained(true, AWAITING_CHAIR, null, "chair"),
            new Explained(true, URGENT_DECIDED, null, "notifyIvo"),
            new Explained(true, ASSESSED, null, "decide"),
            new Explained(true, DECIDED, true, "notifyIvo"),
            new Explained(true, DECIDED, false, "decideMeasures"),
            new Explained(true, IVO_REPLIED, null, "decideMeasures"),
            new Explained(true, MEASURES_DECIDED, null, "close"));

    private CaseDeadlines() {
    }

    /** The deadline after the step (null step: the report), or {@code current} where the earlier one stands. */
    static LocalDate dueAfter(DeviationKind kind, Step step, Boolean serious, LocalDate today, LocalDate current) {
        After rule = AFTER_STEP.stream()
                .filter(a -> a.lexSarah() == kind.lexSarah() && a.step() == step
                        && (a.serious() == null || a.serious().equals(Boolean.TRUE.equals(serious))))
                .findFirst().orElseThrow(() -> new IllegalStateException("no deadline rule for " + step));
        if (rule.days() == null) {
            return null;
        }
        return rule.days() == KEEP ? current : today.plusDays(rule.days());
    }

    /** What the deadline of a case in this status is for (the message key's last part), if it has one. */
    public static Optional<String> explanation(DeviationKind kind, DeviationStatus status, Boolean serious) {
        return EXPLAINED.stream()
                .filter(e -> e.lexSarah() == kind.lexSarah() && e.status() == status
                        && (e.serious() == null || e.serious().equals(Boolean.TRUE.equals(serious))))
                .map(Explained::key).findFirst();
    }
}
