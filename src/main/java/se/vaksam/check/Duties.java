package se.vaksam.check;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.org.OrgQuery;
import se.vaksam.org.PlacementRole;
import se.vaksam.shared.Access;
import se.vaksam.shared.AccessScope;
import se.vaksam.shared.Bounds;
import se.vaksam.shared.ChangeSet;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.NotFoundException;
import se.vaksam.shared.RecordChanged;

/**
 * The annual wheel (årshjul): recurring duties with a rule and a target group (a role × a unit's subtree),
 * e.g. the yearly information on confidentiality and lex Sarah to every employee, the monthly log follow-up,
 * tertial reporting; self-inspections (egenkontroller) planned on it. Each due date is completed once, with
 * who and when; a completed self-inspection is published as {@link SelfInspectionCompleted}.
 */
@Service
@Transactional
public class Duties {

    static final String TYPE = "check.duty";
    /** How far back overdue duties are looked for. */
    static final int LOOK_BACK_MONTHS = 12;

    private final DutyStore store;
    private final OrgQuery org;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Duties(DutyStore store, OrgQuery org, Access access, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.org = org;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    public record DutyDraft(String title, DutyRule rule, int dayOfMonth, Integer monthOfYear, int daysBefore,
            String targetRole, long unitId, boolean selfInspection) {
    }

    /**
     * A duty with its completions. An inactive duty (deactivated) is kept with what was done, but is no longer on
     * the wheel: no due dates, reminders or tasks, and nothing more can be completed.
     */
    public record Duty(long id, String title, DutyRule rule, int dayOfMonth, Integer monthOfYear, int daysBefore,
            String targetRole, long unitId, String unitName, boolean selfInspection, List<Completion> completions,
            boolean active, int version) {
    }

    public record Completion(LocalDate dueOn, String completedBy, String result) {
    }

    /** A due date of a duty, completed or not. */
    public record Occurrence(long dutyId, String title, LocalDate dueOn, boolean selfInspection, long unitId,
            Completion completion) {

        public boolean done() {
            return completion != null;
        }
    }

    public long create(DutyDraft d) {
        org.existingUnit(d.unitId(), "unitId");
        access.requireWrite(d.unitId());
        check(d);
        long id = store.insert(d);
        events.publishEvent(new RecordChanged(TYPE, Long.toString(id), RecordChanged.Action.CREATED,
                ChangeSet.create().field("title", null, d.title().strip()).field("rule", null, d.rule())
                        .field("targetRole", null, d.targetRole()).field("unit", null, d.unitId()).toList(), null));
        return id;
    }

    /**
     * Changes a duty's title, rule, target role and unit: by whoever may change both the unit it belongs to and
     * the one it moves to. Whether it is a self-inspection stays as created; completions stay with their dates.
     *
     * @param seenVersion the version the editor saw (stale: {@code OptimisticLockingFailureException}, 409)
     */
    public void update(long id, DutyDraft d, int seenVersion) {
        DutyStore.DutyRecord before = record(id);
        access.requireWrite(before.unitId());
        if (d == null) {
            throw new DomainException("check.duty.error.title");
        }
        org.existingUnit(d.unitId(), "unitId");
        access.requireWrite(d.unitId());
        check(d);
        if (!before.active()) {
            throw new DomainException("check.duty.error.inactive");
        }
        store.update(id, d, seenVersion);
        events.publishEvent(new RecordChanged(TYPE, Long.toString(id), RecordChanged.Action.UPDATED,
                ChangeSet.create().field("title", before.title(), d.title().strip()).field("rule", before.rule(), d.rule())
                        .field("dayOfMonth", before.dayOfMonth(), d.dayOfMonth())
                        .field("monthOfYear", before.monthOfYear(), d.rule() == DutyRule.YEARLY ? d.monthOfYear() : null)
                        .field("daysBefore", before.daysBefore(), d.daysBefore())
                        .field("targetRole", before.targetRole(), d.targetRole())
                        .field("unit", before.unitId(), d.unitId()).toList(), null));
    }

    /**
     * Deactivates a duty (false) or takes it up again (true). A deactivated duty keeps its history and completions
     * and still opens, but is no longer offered on the wheel, reminded or shown as a task.
     */
    public void setActive(long id, boolean active, int seenVersion) {
        DutyStore.DutyRecord before = record(id);
        access.requireWrite(before.unitId());
        if (before.active() == active) {
            throw new DomainException(active ? "check.duty.error.alreadyActive" : "check.duty.error.inactive");
        }
        store.setActive(id, active, seenVersion);
        events.publishEvent(new RecordChanged(TYPE, Long.toString(id), RecordChanged.Action.UPDATED,
                ChangeSet.create().field("active", before.active(), active).toList(), null));
    }

    /** Whether the signed-in person may change or deactivate the duty. */
    @Transactional(readOnly = true)
    public boolean editable(Duty duty) {
        return access.current().canWrite(duty.unitId());
    }

    /** The deactivated duties the person may read (kept with their completions). */
    @Transactional(readOnly = true)
    public List<Duty> inactiveDuties() {
        return store.inactiveDuties().stream().map(this::view)
                .filter(d -> access.current().canRead(d.unitId())).toList();
    }

    private DutyStore.DutyRecord record(long id) {
        return store.duty(id).orElseThrow(() -> new NotFoundException("check.duty.notFound"));
    }

    private static void check(DutyDraft d) {
        if (d.title() == null || d.title().isBlank() || d.title().strip().length() > 300) {
            throw new DomainException("check.duty.error.title");
        }
        if (d.rule() == null) {
            throw new DomainException("check.duty.error.rule");
        }
        if (d.dayOfMonth() < 1 || d.dayOfMonth() > 31) {
            throw new DomainException("check.duty.error.day");
        }
        if (d.rule() == DutyRule.YEARLY && (d.monthOfYear() == null || d.monthOfYear() < 1 || d.monthOfYear() > 12)) {
            throw new DomainException("check.duty.error.month");
        }
        if (d.daysBefore() < 0 || d.daysBefore() > 120) {
            throw new DomainException("check.duty.error.daysBefore");
        }
        try {
            PlacementRole.valueOf(d.targetRole());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException("check.duty.error.role");
        }
    }

    @Transactional(readOnly = true)
    public Duty duty(long id) {
        DutyStore.DutyRecord r = store.duty(id).orElseThrow(() -> new NotFoundException("check.duty.notFound"));
        Duty duty = view(r);
        Long personId = access.current().personId();
        if (!access.current().canRead(r.unitId()) && (personId == null || !inTargetGroup(duty, personId))) {
            throw new se.vaksam.shared.ForbiddenException();
        }
        return duty;
    }

    @Transactional(readOnly = true)
    public List<Duty> duties() {
        return visibleDuties();
    }

    /** The duties the person may read, or belongs to the target group of. */
    @Transactional(readOnly = true)
    List<Duty> visibleDuties() {
        AccessScope scope = access.current();
        java.util.function.Predicate<Duty> inTargetGroup = scope.personId() == null ? d -> false
                : targetGroupsOf(scope.username());
        return allDuties().stream().filter(d -> scope.canRead(d.unitId()) || inTargetGroup.test(d)).toList();
    }

    /**
     * Due dates of the readable duties in {@code from}..{@code to}, completed or not, by date; the period
     * covers at most {@value se.vaksam.shared.Bounds#MAX_SPAN_DAYS} days.
     */
    @Transactional(readOnly = true)
    public List<Occurrence> occurrences(LocalDate from, LocalDate to) {
        Bounds.span("from", from, "to", to, Bounds.MAX_SPAN_DAYS);
        return occurrences(duties(), from, to);
    }

    /** Due dates before today that nobody completed (looking back {@value #LOOK_BACK_MONTHS} months). */
    @Transactional(readOnly = true)
    public List<Occurrence> overdue() {
        LocalDate today = LocalDate.now(clock);
        return occurrences(today.minusMonths(LOOK_BACK_MONTHS), today.minusDays(1)).stream()
                .filter(o -> !o.done()).toList();
    }

    /** One duty's due dates in {@code from}..{@code to}. */
    public static List<Occurrence> occurrencesOf(Duty duty, LocalDate from, LocalDate to) {
        return occurrences(List.of(duty), from, to);
    }

    static List<Occurrence> occurrences(List<Duty> duties, LocalDate from, LocalDate to) {
        List<Occurrence> all = new ArrayList<>();
        for (Duty d : duties) {
            for (LocalDate due : d.rule().dueDates(d.dayOfMonth(), d.monthOfYear(), d.daysBefore(), from, to)) {
                Completion done = d.completions().stream().filter(c -> c.dueOn().equals(due)).findFirst().orElse(null);
                all.add(new Occurrence(d.id(), d.title(), due, d.selfInspection(), d.unitId(), done));
            }
        }
        all.sort(java.util.Comparator.comparing(Occurrence::dueOn).thenComparing(Occurrence::title));
        return all;
    }

    /** Every active duty, without a scope check: for the reminder run and the start page's tasks. */
    @Transactional(readOnly = true)
    /** Every active duty, read in one round: the duties, their units' names and their completions in batches. */
    List<Duty> allDuties() {
        List<DutyStore.DutyRecord> records = store.duties();
        Map<Long, OrgQuery.UnitView> units = org.units(records.stream().map(DutyStore.DutyRecord::unitId).toList());
        Map<Long, List<DutyStore.Completion>> completions = store.completionsOf(
                records.stream().map(DutyStore.DutyRecord::id).toList());
        return records.stream().map(r -> view(r, units.get(r.unitId()), completions.getOrDefault(r.id(), List.of())))
                .toList();
    }

    /**
     * Whether a duty's target group holds the person, for many duties at once: the person's placements today
     * and the units above them are read once (a duty reaches the people with its role at its unit or below).
     */
    java.util.function.Predicate<Duty> targetGroupsOf(String username) {
        LocalDate today = LocalDate.now(clock);
        java.util.Set<String> reach = new java.util.HashSet<>();
        for (OrgQuery.PlacementView placement : org.placementsOf(username, today)) {
            org.ancestors(placement.unitId()).forEach(unit -> reach.add(placement.role() + ":" + unit.id()));
            reach.add(placement.role() + ":" + placement.unitId());
        }
        return duty -> reach.contains(duty.targetRole() + ":" + duty.unitId());
    }

    /** The people of the duty's target group today. */
    List<OrgQuery.PersonView> targetGroup(Duty duty) {
        return org.peopleWithRole(duty.targetRole(), duty.unitId(), LocalDate.now(clock));
    }

    boolean remind(long dutyId, LocalDate dueOn, long personId) {
        return store.remind(dutyId, dueOn, personId);
    }

    /** Whether the person belongs to the duty's target group today. */
    boolean inTargetGroup(Duty duty, long personId) {
        return org.peopleWithRole(duty.targetRole(), duty.unitId(), LocalDate.now(clock)).stream()
                .anyMatch(p -> p.id() == personId);
    }

    /** Records that the duty was done for its due date; a self-inspection needs its result. */
    public void complete(long dutyId, LocalDate dueOn, String result) {
        Duty duty = duty(dutyId);
        boolean member = access.current().personId() != null && inTargetGroup(duty, access.current().personId());
        if (!member && !access.current().canWrite(duty.unitId())) {
            throw new se.vaksam.shared.ForbiddenException();
        }
        if (!duty.active()) {
            throw new DomainException("check.duty.error.inactive");
        }
        if (dueOn == null || !duty.rule().dueDates(duty.dayOfMonth(), duty.monthOfYear(), duty.daysBefore(), dueOn,
                dueOn).contains(dueOn)) {
            throw new DomainException("check.duty.error.notDue", String.valueOf(dueOn));
        }
        String text = result == null || result.isBlank() ? null : result.strip();
        if (duty.selfInspection() && text == null) {
            throw new DomainException("check.duty.error.result");
        }
        if (text != null && text.length() > 2000) {
            throw new DomainException("check.duty.error.resultLength");
        }
        if (!store.complete(dutyId, dueOn, access.current().username(), text)) {
            throw new DomainException("check.duty.error.alreadyDone", dueOn.toString());
        }
        events.publishEvent(new RecordChanged(TYPE, Long.toString(dutyId), RecordChanged.Action.UPDATED,
                ChangeSet.create().field("completed " + dueOn, null, text == null ? "klar" : text).toList(), null));
        if (duty.selfInspection()) {
            events.publishEvent(new SelfInspectionCompleted(duty.unitId(), duty.title(), text, dueOn));
        }
    }

    private Duty view(DutyStore.DutyRecord r) {
        return view(r, org.unit(r.unitId()).orElse(null), store.completions(r.id()));
    }

    private Duty view(DutyStore.DutyRecord r, OrgQuery.UnitView unit, List<DutyStore.Completion> completions) {
        return new Duty(r.id(), r.title(), DutyRule.valueOf(r.rule()), r.dayOfMonth(), r.monthOfYear(), r.daysBefore(),
                r.targetRole(), r.unitId(), unit == null ? "" : unit.name(), r.selfInspection(), completions.stream()
                        .map(c -> new Completion(c.dueOn(), c.completedBy(), c.result())).toList(), r.active(),
                r.version());
    }
}
