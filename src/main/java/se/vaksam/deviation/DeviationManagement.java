package se.vaksam.deviation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.deviation.Drafts.ProcessReport;
import se.vaksam.deviation.Drafts.PublicSubmission;
import se.vaksam.deviation.Drafts.Receipt;
import se.vaksam.deviation.Drafts.StaffReport;
import se.vaksam.deviation.Drafts.StepInput;
import se.vaksam.org.OrgQuery;
import se.vaksam.org.OrgUnitType;
import se.vaksam.plan.PlanQuery;
import se.vaksam.risk.RiskQuery;
import se.vaksam.shared.Access;
import se.vaksam.shared.AccessScope;
import se.vaksam.shared.ChangeSet;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.NotFoundException;
import se.vaksam.shared.RecordChanged;

/**
 * Every change to deviations: reports from staff, the public e-service and other processes, and each
 * step of the workflow ({@link Workflow}), checked against the person's rights ({@link DeviationRules})
 * and recorded in the change history (record type {@code deviation.deviation}).
 */
@Service
@Transactional
public class DeviationManagement {

    static final String RECORD = "deviation.deviation";
    static final int DESCRIPTION_MAX = 4000;
    static final int TEXT_MAX = 200;

    private final DeviationStore store;
    private final DeviationRules rules;
    private final Access access;
    private final OrgQuery org;
    private final RiskQuery risks;
    private final PlanQuery plans;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DeviationNotices notices;

    DeviationManagement(DeviationStore store, DeviationRules rules, Access access, OrgQuery org, RiskQuery risks,
            PlanQuery plans, ApplicationEventPublisher events, Clock clock, DeviationNotices notices) {
        this.notices = notices;
        this.store = store;
        this.rules = rules;
        this.access = access;
        this.org = org;
        this.risks = risks;
        this.plans = plans;
        this.events = events;
        this.clock = clock;
    }

    /** A member of staff reports a deviation for a unit they belong to (or manage). */
    public long report(StaffReport r) {
        if (r.kind() == null) {
            throw new DomainException("deviation.error.required.kind");
        }
        if (r.unitId() == null) {
            throw new DomainException("deviation.error.required.unit");
        }
        existingUnit(r.unitId());
        AccessScope scope = access.current();
        if (!rules.mayReport(scope, r.unitId())) {
            throw new ForbiddenException();
        }
        existingCategory(r.areaCategoryId(), CategoryList.AREA);
        String title = required(r.title(), "title", TEXT_MAX);
        String description = required(r.description(), "description", DESCRIPTION_MAX);
        String concerned = optional(r.concernedPerson(), "concernedPerson", TEXT_MAX);
        LocalDate today = LocalDate.now(clock);
        checkOccurred(r.occurredOn(), today);
        boolean confidential = r.kind().lexSarah() || concerned != null;
        long id = store.insert(new DeviationStore.NewDeviation(r.kind(), r.unitId(), areaOf(r.unitId()), title,
                description, r.occurredOn(), today, ReporterKind.STAFF, null, null, scope.username(), concerned,
                confidential, r.areaCategoryId(), null, CaseDeadlines.dueAfter(r.kind(), null, null, today, null), null))
                .orElseThrow();
        created(id, r.kind(), title);
        return id;
    }

    /**
     * Every problem of a public submission at once (each a message key and its arguments), so the form can show
     * them all in its error summary; empty when it can be sent.
     */
    public List<DomainException> publicProblems(PublicSubmission s) {
        List<DomainException> problems = new ArrayList<>();
        if (s.kind() != DeviationKind.EXTERNAL_COMPLAINT && s.kind() != DeviationKind.EXTERNAL_SUGGESTION) {
            problems.add(new DomainException("deviation.public.error.kind"));
        }
        if (store.publicUnits().stream().noneMatch(u -> s.unitId() != null && u.unitId() == s.unitId())) {
            problems.add(new DomainException("deviation.public.error.unit"));
        }
        String name = null;
        String contact = null;
        try {
            required(s.description(), "description", DESCRIPTION_MAX);
        } catch (DomainException e) {
            problems.add(e);
        }
        try {
            name = optional(s.name(), "name", TEXT_MAX);
        } catch (DomainException e) {
            problems.add(e);
        }
        try {
            contact = optional(s.contact(), "contact", TEXT_MAX);
        } catch (DomainException e) {
            problems.add(e);
        }
        if ((name != null || contact != null || !blank(s.name()) || !blank(s.contact())) && !s.consent()) {
            problems.add(new DomainException("deviation.public.error.consent"));
        }
        try {
            checkOccurred(s.occurredOn(), LocalDate.now(clock));
        } catch (DomainException e) {
            problems.add(e);
        }
        return problems;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The public e-service: no login; the same submission token twice gives the first receipt again. */
    public Receipt submitPublic(PublicSubmission s) {
        if (s.token() == null || !s.token().matches("[A-Za-z0-9-]{16,64}")) {
            throw new DomainException("deviation.public.error.token");
        }
        Optional<DeviationRecord> earlier = store.findByToken(s.token());
        if (earlier.isPresent()) {
            return new Receipt(earlier.get().caseNumber(), true);
        }
        List<DomainException> problems = publicProblems(s);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        long unitId = s.unitId();
        String description = required(s.description(), "description", DESCRIPTION_MAX);
        String name = optional(s.name(), "name", TEXT_MAX);
        String contact = optional(s.contact(), "contact", TEXT_MAX);
        LocalDate today = LocalDate.now(clock);
        ReporterKind who = ReporterKind.fromPublic(s.reporterKind());
        String title = description.length() <= 80 ? description : description.substring(0, 77) + "…";
        Optional<Long> id = store.insert(new DeviationStore.NewDeviation(s.kind(), unitId, areaOf(unitId),
                title.replaceAll("\\s+", " "), description, s.occurredOn(), today, who, name, contact, null, null,
                false, null, null, CaseDeadlines.dueAfter(s.kind(), null, null, today, null), s.token()));
        if (id.isEmpty()) {
            return new Receipt(store.findByToken(s.token()).orElseThrow().caseNumber(), true);
        }
        created(id.get(), s.kind(), title);
        return new Receipt(store.find(id.get()).orElseThrow().caseNumber(), false);
    }

    /**
     * A deviation raised by another process on behalf of the application, e.g. module check's log review
     * that found an anomaly: a kvalitetsavvikelse for the unit, to be assigned by its manager.
     */
    public long registerFromProcess(ProcessReport r) {
        String title = required(r.title(), "title", TEXT_MAX);
        String description = required(r.description(), "description", DESCRIPTION_MAX);
        String source = required(r.source(), "source", 60);
        existingUnit(r.unitId());
        LocalDate today = LocalDate.now(clock);
        long id = store.insert(new DeviationStore.NewDeviation(DeviationKind.QUALITY, r.unitId(), areaOf(r.unitId()),
                title, description, r.occurredOn(), today, ReporterKind.OTHER, null, null, "process:" + source, null,
                false, null, null, CaseDeadlines.dueAfter(DeviationKind.QUALITY, null, null, today, null), null))
                .orElseThrow();
        created(id, DeviationKind.QUALITY, title);
        return id;
    }

    /** Takes one step of the workflow, if the table allows it from here and the person may take it. */
    public void take(long id, int seenVersion, Step step, StepInput in) {
        DeviationRecord d = store.find(id).orElseThrow(() -> new NotFoundException("deviation.notFound"));
        AccessScope scope = access.current();
        if (!rules.mayTake(scope, d, step)) {
            throw new ForbiddenException();
        }
        Boolean serious = step == Step.ASSESS ? Boolean.valueOf(in.assessment() != null && in.assessment().found()
                && Boolean.TRUE.equals(in.serious())) : step == Step.URGENT_DECISION ? Boolean.TRUE : d.serious();
        DeviationStatus next = Workflow.apply(d.kind(), d.status(), step, serious, d.assessment() != null);
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("status", next);
        String me = scope.username();
        switch (step) {
            case ASSIGN -> {
                String assignee = required(in.assignee(), "assignee", 100);
                org.person(assignee).orElseThrow(() -> new DomainException("deviation.error.assignee", assignee));
                set.put("assigned_username", assignee);
            }
            case INVESTIGATE -> {
                set.put("investigation", required(in.text(), "investigation", DESCRIPTION_MAX));
                set.put("investigated_by", me);
                set.put("investigated_on", today);
                set.put("cause_category_id", existingCategory(in.categoryId(), CategoryList.CAUSE));
            }
            case IMMEDIATE_ACTION -> {
                set.put("immediate_action", required(in.text(), "immediateAction", DESCRIPTION_MAX));
                set.put("immediate_action_by", me);
                set.put("immediate_action_on", today);
            }
            case START_INVESTIGATION -> {
                set.put("investigated_by", me);
            }
            case ASSESS -> {
                if (in.assessment() == null) {
                    throw new DomainException("deviation.error.required.assessment");
                }
                set.put("investigation", required(in.text(), "investigation", DESCRIPTION_MAX));
                set.put("assessment", in.assessment());
                set.put("serious", serious);
                set.put("investigated_on", today);
                set.put("cause_category_id", existingCategory(in.categoryId(), CategoryList.CAUSE));
            }
            case DECIDE -> {
                if (in.body() == null) {
                    throw new DomainException("deviation.error.required.body");
                }
                set.put("decision", required(in.text(), "decision", DESCRIPTION_MAX));
                set.put("decision_body", in.body());
                set.put("decided_by", me);
                set.put("decided_on", today);
            }
            case REFER_TO_CHAIR -> {
                // only the status and the deadline change
            }
            case URGENT_DECISION -> {
                // the ordförande decides to notify IVO before the investigation is finished (serious by
                // the decision itself); the investigation's assessment follows while IVO waits
                set.put("decision", required(in.text(), "decision", DESCRIPTION_MAX));
                set.put("decision_body", DecisionBody.CHAIR);
                set.put("decided_by", me);
                set.put("decided_on", today);
                set.put("decided_before_investigation", true);
                set.put("serious", true);
            }
            case NOTIFY_IVO -> {
                set.put("ivo_notification", required(in.text(), "ivoNotification", DESCRIPTION_MAX));
                set.put("ivo_notified_on", today);
            }
            case IVO_REPLY -> {
                if (in.ivoReply() == null) {
                    throw new DomainException("deviation.error.required.ivoReply");
                }
                set.put("ivo_reply", in.ivoReply());
                set.put("ivo_replied_on", today);
            }
            case DECIDE_MEASURES -> {
                set.put("measures", required(in.text(), "measures", DESCRIPTION_MAX));
                set.put("measure_category_id", existingCategory(in.categoryId(), CategoryList.MEASURE));
            }
            case CLOSE -> {
                set.put("outcome", required(in.text(), "outcome", DESCRIPTION_MAX));
                set.put("closed_on", today);
            }
        }
        set.put("due_on", CaseDeadlines.dueAfter(d.kind(), step, serious, today, d.dueOn()));
        store.update(id, seenVersion, set);
        ChangeSet changes = ChangeSet.create().field("status", d.status(), next);
        set.forEach((column, value) -> {
            if (!column.equals("status") && !column.equals("due_on")) {
                changes.field(column, null, d.confidential() && value instanceof String ? "…" : value);
            }
        });
        events.publishEvent(new RecordChanged(RECORD, Long.toString(id), RecordChanged.Action.UPDATED,
                changes.toList(), null));
        if (step == Step.ASSIGN) {
            events.publishEvent(new DeviationAssigned(id, d.caseNumber(), (String) set.get("assigned_username")));
        }
        notices.stepTaken(d, next, step == Step.ASSIGN ? (String) set.get("assigned_username") : null);
    }

    /** Links the deviation to a risk ({@code risk.risk}), a plan item ({@code plan.item}) or a governing document. */
    public void link(long id, String recordType, String recordId) {
        DeviationRecord d = store.find(id).orElseThrow(() -> new NotFoundException("deviation.notFound"));
        requireLinkable(d);
        String ref = required(recordId, "link", 60);
        try {
            switch (recordType == null ? "" : recordType) {
                case "risk.risk" -> risks.risk(number(ref));
                case "plan.item" -> plans.item(number(ref));
                case "document" -> {
                    // a governing document's name or diarienummer, kept as written
                }
                default -> throw new DomainException("deviation.error.linkType");
            }
        } catch (NotFoundException e) {
            throw new DomainException("error.reference.unknown", "recordId", ref);
        }
        store.link(id, recordType, ref);
        events.publishEvent(new RecordChanged(RECORD, Long.toString(id), RecordChanged.Action.UPDATED,
                ChangeSet.create().field("link", null, recordType + " " + ref).toList(), null));
    }

    /** Removes a link to a risk, a plan item or a (written) governing document; unknown links change nothing. */
    public void unlink(long id, String recordType, String recordId) {
        DeviationRecord d = store.find(id).orElseThrow(() -> new NotFoundException("deviation.notFound"));
        requireLinkable(d);
        if (recordType != null && recordId != null && store.unlink(id, recordType, recordId.strip())) {
            events.publishEvent(new RecordChanged(RECORD, Long.toString(id), RecordChanged.Action.UPDATED,
                    ChangeSet.create().field("link", recordType + " " + recordId.strip(), null).toList(), null));
        }
    }

    private void requireLinkable(DeviationRecord d) {
        AccessScope scope = access.current();
        if (!rules.mayOpen(scope, d) || !Deviations.linkable(scope, d, rules)) {
            throw new ForbiddenException();
        }
    }

    /** Adds an entry to a category list (quality-function administrators only). */
    public long addCategory(CategoryList list, String code, String name) {
        requireListAdministrator();
        if (list == null) {
            throw new DomainException("deviation.error.required.list");
        }
        String c = required(code, "code", 40).toUpperCase(java.util.Locale.ROOT);
        if (!c.matches("[A-Z0-9_]+")) {
            throw new DomainException("deviation.error.code");
        }
        String n = required(name, "name", TEXT_MAX);
        if (store.categories().stream().anyMatch(cat -> cat.list() == list && cat.code().equals(c))) {
            throw new DomainException("deviation.error.codeTaken", c);
        }
        long id = store.insertCategory(list, c, n);
        events.publishEvent(new RecordChanged("deviation.category", Long.toString(id), RecordChanged.Action.CREATED,
                ChangeSet.create().field("name", null, n).toList(), null));
        return id;
    }

    /** Takes a category out of the choices (kept on deviations that have it) or back in. */
    public void setCategoryActive(long id, boolean active) {
        requireListAdministrator();
        store.setCategoryActive(id, active);
        events.publishEvent(new RecordChanged("deviation.category", Long.toString(id), RecordChanged.Action.UPDATED,
                ChangeSet.create().field("active", !active, active).toList(), null));
    }

    /** Whether the signed-in person keeps the quality function's lists. */
    // ---- the units the public e-service offers

    static final String PUBLIC_UNIT = "deviation.publicUnit";

    /**
     * Offers a unit on the public e-service's form, last in the list, with a plain-language label
     * (quality-function administrators only).
     */
    public void addPublicUnit(Long unitId, String label) {
        requireListAdministrator();
        if (unitId == null) {
            throw new DomainException("deviation.error.required.publicUnit");
        }
        String text = required(label, "publicLabel", 200);
        org.unit(unitId).orElseThrow(() -> new DomainException("deviation.error.required.publicUnit"));
        List<DeviationStore.PublicUnit> units = store.publicUnits();
        if (units.stream().anyMatch(u -> u.unitId() == unitId)) {
            throw new DomainException("deviation.error.publicUnitTaken");
        }
        store.addPublicUnit(unitId, text, units.size());
        store.orderPublicUnits(java.util.stream.Stream.concat(units.stream().map(DeviationStore.PublicUnit::unitId),
                java.util.stream.Stream.of(unitId)).toList());
        events.publishEvent(new RecordChanged(PUBLIC_UNIT, Long.toString(unitId), RecordChanged.Action.CREATED,
                ChangeSet.create().field("label", null, text).toList(), null));
    }

    /** Changes the label citizens see; 409 if someone else changed it since {@code seenLabel} was read. */
    public void relabelPublicUnit(long unitId, String seenLabel, String label) {
        requireListAdministrator();
        String text = required(label, "publicLabel", 200);
        publicUnit(unitId);
        if (!store.relabelPublicUnit(unitId, seenLabel == null ? "" : seenLabel, text)) {
            throw new OptimisticLockingFailureException("public unit " + unitId);
        }
        events.publishEvent(new RecordChanged(PUBLIC_UNIT, Long.toString(unitId), RecordChanged.Action.UPDATED,
                ChangeSet.create().field("label", seenLabel, text).toList(), null));
    }

    /** Moves the unit one place up ({@code -1}) or down ({@code +1}) in the form's list. */
    public void movePublicUnit(long unitId, int direction) {
        requireListAdministrator();
        publicUnit(unitId);
        List<Long> order = new java.util.ArrayList<>(store.publicUnits().stream().map(DeviationStore.PublicUnit::unitId).toList());
        int from = order.indexOf(unitId);
        int to = from + Integer.signum(direction);
        if (to < 0 || to >= order.size() || direction == 0) {
            return;
        }
        java.util.Collections.swap(order, from, to);
        store.orderPublicUnits(order);
        events.publishEvent(new RecordChanged(PUBLIC_UNIT, Long.toString(unitId), RecordChanged.Action.UPDATED,
                ChangeSet.create().field("position", from + 1, to + 1).toList(), null));
    }

    /** Takes the unit off the form (deviations already directed to it keep it). */
    public void removePublicUnit(long unitId) {
        requireListAdministrator();
        DeviationStore.PublicUnit unit = publicUnit(unitId);
        store.removePublicUnit(unitId);
        store.orderPublicUnits(store.publicUnits().stream().map(DeviationStore.PublicUnit::unitId).toList());
        events.publishEvent(new RecordChanged(PUBLIC_UNIT, Long.toString(unitId), RecordChanged.Action.DELETED,
                ChangeSet.create().field("label", unit.label(), null).toList(), null));
    }

    private DeviationStore.PublicUnit publicUnit(long unitId) {
        return store.publicUnits().stream().filter(u -> u.unitId() == unitId).findFirst()
                .orElseThrow(() -> new NotFoundException("deviation.publicUnit.notFound"));
    }

    private void requireListAdministrator() {
        if (!rules.qualityAdministrator(access.current())) {
            throw new ForbiddenException();
        }
    }

    public boolean mayAdministerLists() {
        return rules.qualityAdministrator(access.current());
    }

    private static long number(String ref) {
        try {
            return Long.parseLong(ref);
        } catch (NumberFormatException e) {
            throw new DomainException("deviation.error.linkId");
        }
    }

    private void created(long id, DeviationKind kind, String title) {
        events.publishEvent(new RecordChanged(RECORD, Long.toString(id), RecordChanged.Action.CREATED,
                ChangeSet.create().field("kind", null, kind).field("title", null, kind.lexSarah() ? "…" : title)
                        .toList(), null));
        notices.reported(id);
    }

    /** The operational area (verksamhetsområde) above the unit, for the statistics; null above the areas. */
    /** A unit given by id must exist (422 naming the unit field otherwise, never a record for a unit that is not). */
    void existingUnit(long unitId) {
        if (org.unit(unitId).isEmpty()) {
            throw new DomainException("deviation.error.unknown.unit", Long.toString(unitId));
        }
    }

    /** A category given by id must exist in the expected list (area, cause or measure); none is fine. */
    private Long existingCategory(Long categoryId, CategoryList list) {
        if (categoryId != null && store.categories().stream().noneMatch(c -> c.id() == categoryId && c.list() == list)) {
            throw new DomainException("deviation.error.unknown.category." + list.name().toLowerCase(java.util.Locale.ROOT),
                    categoryId.toString());
        }
        return categoryId;
    }

    Long areaOf(long unitId) {
        return org.ancestors(unitId).stream().filter(u -> u.type() == OrgUnitType.OPERATIONAL_AREA)
                .map(OrgQuery.UnitView::id).findFirst().orElse(null);
    }

    private static void checkOccurred(LocalDate occurredOn, LocalDate today) {
        if (occurredOn != null && occurredOn.isAfter(today)) {
            throw new DomainException("deviation.error.occurredInFuture");
        }
    }

    static String required(String value, String field, int max) {
        String v = optional(value, field, max);
        if (v == null) {
            throw new DomainException("deviation.error.required." + field);
        }
        return v;
    }

    static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new DomainException("deviation.error.tooLong." + field, max);
        }
        return v;
    }
}
