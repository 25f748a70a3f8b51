package se.vaksam.deviation;

import static se.vaksam.deviation.DeviationStatus.*;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A case's way through the workflow, for the step bar of its page: the statuses it has passed (with who and
 * when, from the record), where it stands, and the statuses still ahead, all derived from the rule table
 * {@link Workflow} (the path taken so far is the shortest one to the current status; the path ahead follows
 * the first step the table allows), and the current deadline's explanation from {@link CaseDeadlines}.
 *
 * @param steps the statuses in order
 * @param deadlineKey what the current deadline is for ({@code deviation.deadline.<key>}), if the case has one
 */
public record CaseOverview(List<Stage> steps, Optional<String> deadlineKey) {

    public enum State { DONE, CURRENT, NEXT }

    /** One status on the way; {@code who} is a username (the page shows the name), both may be null. */
    public record Stage(DeviationStatus status, State state, String who, LocalDate on) {
    }

    /** The detours a case is on only if it took them: the chair's decision when the arbetsutskott cannot wait. */
    private static final Set<DeviationStatus> DETOURS = Set.of(AWAITING_CHAIR, URGENT_DECIDED);

    /** When each status was reached, from the record. */
    private static final Map<DeviationStatus, Function<DeviationRecord, LocalDate>> WHEN = Map.of(
            RECEIVED, DeviationRecord::receivedOn, REPORTED, DeviationRecord::receivedOn,
            ACTION_TAKEN, DeviationRecord::immediateActionOn, INVESTIGATED, DeviationRecord::investigatedOn,
            ASSESSED, DeviationRecord::investigatedOn, URGENT_DECIDED, DeviationRecord::decidedOn,
            DECIDED, DeviationRecord::decidedOn, IVO_NOTIFIED, DeviationRecord::ivoNotifiedOn,
            IVO_REPLIED, DeviationRecord::ivoRepliedOn, CLOSED, DeviationRecord::closedOn);

    /** Who took the case to each status, from the record. */
    private static final Map<DeviationStatus, Function<DeviationRecord, String>> WHO = Map.of(
            RECEIVED, DeviationRecord::reportedBy, REPORTED, DeviationRecord::reportedBy,
            ASSIGNED, DeviationRecord::assignedUsername, ACTION_TAKEN, DeviationRecord::immediateActionBy,
            INVESTIGATING, DeviationRecord::investigatedBy, INVESTIGATED, DeviationRecord::investigatedBy,
            ASSESSED, DeviationRecord::investigatedBy, URGENT_DECIDED, DeviationRecord::decidedBy,
            DECIDED, DeviationRecord::decidedBy);

    public static CaseOverview of(DeviationRecord d) {
        List<Workflow.Transition> rows = Workflow.transitions().stream()
                .filter(t -> t.lexSarah() == d.kind().lexSarah() && t.from() != t.to())
                .filter(t -> !DETOURS.contains(t.to()) || d.decidedBeforeInvestigation() || d.status() == AWAITING_CHAIR)
                .toList();
        List<DeviationStatus> path = new ArrayList<>(pathTo(first(rows), d.status(), rows));
        DeviationStatus at = d.status();
        while (at != CLOSED) {
            DeviationStatus from = at;
            Optional<DeviationStatus> ahead = Workflow.next(d.kind(), from, d.serious(), true).stream()
                    .flatMap(step -> rows.stream().filter(t -> t.from() == from && t.step() == step))
                    .map(Workflow.Transition::to).filter(s -> !path.contains(s) && !DETOURS.contains(s)).findFirst();
            if (ahead.isEmpty()) {
                break;
            }
            at = ahead.get();
            path.add(at);
        }
        List<Stage> stages = new ArrayList<>();
        int current = path.indexOf(d.status());
        for (int i = 0; i < path.size(); i++) {
            DeviationStatus s = path.get(i);
            State state = i < current ? State.DONE : i == current ? State.CURRENT : State.NEXT;
            boolean reached = state != State.NEXT;
            stages.add(new Stage(s, d.status() == CLOSED && s == CLOSED ? State.DONE : state,
                    reached && WHO.containsKey(s) ? WHO.get(s).apply(d) : null,
                    reached && WHEN.containsKey(s) ? WHEN.get(s).apply(d) : null));
        }
        Optional<String> deadline = d.dueOn() == null ? Optional.empty()
                : CaseDeadlines.explanation(d.kind(), d.status(), d.serious());
        return new CaseOverview(List.copyOf(stages), deadline);
    }

    /** The usernames on the way, to look up their names in one go. */
    public Set<String> usernames() {
        Set<String> names = new LinkedHashSet<>();
        steps.stream().map(Stage::who).filter(w -> w != null && !w.isBlank() && !w.contains(":")).forEach(names::add);
        return names;
    }

    /** The status no row leads to: where every case of the kind starts. */
    private static DeviationStatus first(List<Workflow.Transition> rows) {
        return rows.stream().map(Workflow.Transition::from)
                .filter(s -> rows.stream().noneMatch(t -> t.to() == s)).findFirst().orElseThrow();
    }

    /** The shortest way from the start to the status (breadth first, in the table's order). */
    private static List<DeviationStatus> pathTo(DeviationStatus start, DeviationStatus target,
            List<Workflow.Transition> rows) {
        Map<DeviationStatus, DeviationStatus> cameFrom = new HashMap<>();
        Deque<DeviationStatus> queue = new ArrayDeque<>(List.of(start));
        Set<DeviationStatus> seen = new LinkedHashSet<>(List.of(start));
        while (!queue.isEmpty()) {
            DeviationStatus s = queue.removeFirst();
            if (s == target) {
                break;
            }
            for (Workflow.Transition t : rows) {
                if (t.from() == s && seen.add(t.to())) {
                    cameFrom.put(t.to(), s);
                    queue.addLast(t.to());
                }
            }
        }
        List<DeviationStatus> path = new ArrayList<>();
        for (DeviationStatus s = target; s != null; s = cameFrom.get(s)) {
            path.add(0, s);
        }
        return path.get(0) == start ? path : List.of(target);
    }
}
