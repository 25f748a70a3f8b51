package se.vaksam.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import se.vaksam.org.OrgDirectory;
import se.vaksam.org.OrgQuery;
import se.vaksam.org.OrgUnitType;
import se.vaksam.risk.Decision;
import se.vaksam.risk.RiskQuery;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.NotFoundException;
import se.vaksam.shared.Period;
import se.vaksam.shared.QueryTransaction;

/** {@link PlanQuery} on the module's tables, checked against the signed-in person's scope. */
@Service
@QueryTransaction
class JdbcPlanQuery implements PlanQuery {

    private final PlanStore store;
    private final ResultTableStore tables;
    private final ImprovementStore improvements;
    private final PlanAccess access;
    private final RiskQuery risks;
    private final OrgQuery org;
    private final FollowUpDeadlines deadlines;
    private final OrgDirectory directory;

    JdbcPlanQuery(PlanStore store, ResultTableStore tables, ImprovementStore improvements, PlanAccess access,
            RiskQuery risks, OrgQuery org, FollowUpDeadlines deadlines, OrgDirectory directory) {
        this.deadlines = deadlines;
        this.directory = directory;
        this.store = store;
        this.tables = tables;
        this.improvements = improvements;
        this.access = access;
        this.risks = risks;
        this.org = org;
    }

    @Override
    public List<PlanView> plans(Long committeeId, Integer year) {
        return store.plans().stream().filter(p -> committeeId == null || p.committeeId() == committeeId)
                .filter(p -> year == null || p.year() == year).filter(p -> access.canRead(p.committeeId()))
                .map(this::view).toList();
    }

    @Override
    public PlanView plan(long planId) {
        PlanStore.PlanRow row = planRow(planId);
        access.requireRead(row.committeeId());
        return view(row);
    }

    @Override
    public List<Long> planIds(int year) {
        return store.plans().stream().filter(p -> p.year() == year).map(PlanStore.PlanRow::id).toList();
    }

    @Override
    public Optional<PlanView> planOf(long committeeId, int year) {
        return store.plan(committeeId, year).filter(p -> access.canRead(p.committeeId())).map(this::view);
    }

    private PlanView view(PlanStore.PlanRow p) {
        return new PlanView(p.id(), p.committeeId(), p.committeeName(), p.year(), p.status(), p.decidedOn(),
                p.paragraph(), p.diaryNumber(), p.adoptedBy(), p.closedOn(), p.version(),
                access.canManage(p.committeeId()));
    }

    private PlanStore.PlanRow planRow(long planId) {
        return store.plan(planId).orElseThrow(() -> new NotFoundException("plan.notFound"));
    }

    @Override
    public List<ItemView> items(long planId) {
        PlanStore.PlanRow plan = planRow(planId);
        access.requireRead(plan.committeeId());
        boolean manageable = access.canManage(plan.committeeId());
        return store.items(planId).stream().map(i -> view(plan, i, manageable)).toList();
    }

    @Override
    public List<ItemTitle> itemTitles(int year) {
        List<Long> readable = store.plans().stream().filter(p -> p.year() == year)
                .filter(p -> access.canRead(p.committeeId())).map(PlanStore.PlanRow::id).toList();
        return store.itemsOfPlans(readable).values().stream().flatMap(List::stream)
                .map(i -> new ItemTitle(i.id(), i.planId(), i.title(), i.responsibleUnitName())).toList();
    }

    @Override
    public ItemView item(long itemId) {
        PlanStore.ItemRow item = store.item(itemId).orElseThrow(() -> new NotFoundException("plan.item.notFound"));
        PlanStore.PlanRow plan = planRow(item.planId());
        access.requireRead(plan.committeeId());
        return view(plan, item, access.canManage(plan.committeeId()));
    }

    @Override
    public List<ItemView> itemsOfCommonReviewArea(long commonReviewAreaId) {
        List<ItemView> views = new ArrayList<>();
        for (PlanStore.ItemRow item : store.itemsOfCommonReviewArea(commonReviewAreaId)) {
            PlanStore.PlanRow plan = planRow(item.planId());
            if (access.canRead(plan.committeeId())) {
                views.add(view(plan, item, access.canManage(plan.committeeId())));
            }
        }
        return views;
    }

    private ItemView view(PlanStore.PlanRow p, PlanStore.ItemRow i, boolean manageable) {
        boolean reportable = p.status() == PlanStatus.ADOPTED
                && (manageable || access.scope().canWrite(i.responsibleUnitId()));
        boolean notIndependent = i.kind() == ItemKind.REVIEW
                && access.reviewerInReviewedUnit(i.reviewerPersonId(), i.reviewerUsername(), i.responsibleUnitId());
        return new ItemView(i.id(), i.planId(), p.year(), p.committeeId(), p.status(), i.kind(), i.reviewKind(),
                i.commonReviewAreaId(), i.riskId(), i.riskTitle(), i.riskSentence(), i.title(), i.responsibleUnitId(),
                i.responsibleUnitName(), i.responsiblePersonId(), i.responsibleUsername(), i.responsibleName(),
                i.period(), i.origin(), i.proposalId(), i.whatToDo(), i.actionsTaken(), i.actionStatus(),
                i.movedToYear(), i.finalReportYear(), i.finalReportPeriod(), i.areas(), i.purpose(), i.scope(),
                i.method(), i.reviewerPersonId(), i.reviewerUsername(), i.reviewerName(), notIndependent, i.result(),
                i.cause(), i.analysis(), i.conclusion(), i.ledToActions(),
                tables.tables(i.id()), i.reportedAt(), i.reportedBy(), deadlines.due(i.period(), p.year()),
                i.version(), reportable, manageable && p.status() != PlanStatus.CLOSED);
    }

    @Override
    public List<Change> changes(long planId) {
        access.requireRead(planRow(planId).committeeId());
        return store.changes(planId);
    }

    @Override
    public List<Candidate> candidates(long planId) {
        PlanStore.PlanRow plan = planRow(planId);
        access.requireRead(plan.committeeId());
        Set<Long> committeeUnits = org.subtree(plan.committeeId());
        List<PlanStore.ItemRow> items = store.items(planId);
        Set<Long> riskIds = items.stream().map(PlanStore.ItemRow::riskId).filter(r -> r != null)
                .collect(Collectors.toSet());
        List<Candidate> candidates = new ArrayList<>();
        for (int year : List.of(plan.year() - 1, plan.year())) {
            for (RiskQuery.Candidate c : risks.candidates(year)) {
                if (committeeUnits.contains(c.unitId())
                        && candidates.stream().noneMatch(x -> Long.valueOf(c.riskId()).equals(x.riskId()))) {
                    candidates.add(new Candidate(CandidateSource.RISK_ANALYSIS,
                            c.decision() == Decision.REVIEW ? ItemKind.REVIEW : ItemKind.DIRECT_ACTION, c.riskId(),
                            c.riskTitle(), c.sentence(), c.unitId(), c.year(), c.bandName(), null,
                            riskIds.contains(c.riskId())));
                }
            }
        }
        for (Proposal p : improvements.proposals(plan.committeeId(), plan.year())) {
            candidates.add(new Candidate(CandidateSource.PROPOSAL, p.kind(), p.riskId(), p.title(), p.motivation(),
                    p.responsibleUnitId(), plan.year() - 1, p.sourceItemTitle(), p.id(), p.takenIntoItemId() != null));
        }
        return candidates;
    }

    @Override
    public List<Proposal> proposals(long committeeId, int year) {
        access.requireRead(committeeId);
        return improvements.proposals(committeeId, year);
    }

    @Override
    public List<ImprovementView> improvementActions(Long planId) {
        List<ImprovementStore.ActionRow> rows = planId == null ? improvements.actions()
                : improvements.actionsOfPlan(planId);
        return rows.stream().filter(a -> access.canRead(a.committeeId())).map(this::view).toList();
    }

    @Override
    public List<ImprovementView> improvementActionsOf(long itemId) {
        item(itemId);
        return improvements.actionsOfItem(itemId).stream().map(this::view).toList();
    }

    @Override
    public ImprovementView improvementAction(long actionId) {
        ImprovementStore.ActionRow row = improvements.action(actionId)
                .orElseThrow(() -> new NotFoundException("plan.improvement.notFound"));
        if (!access.canRead(row.committeeId())) {
            throw new ForbiddenException();
        }
        return view(row);
    }

    @Override
    public List<CommitteeView> committees(int limit) {
        // the readable units and, level by level, the units above them: one batch lookup per level of the tree
        Map<Long, OrgQuery.UnitView> known = new HashMap<>();
        directory.readableUnits().forEach(u -> known.put(u.id(), u));
        Set<Long> missing = parentsNotKnown(known);
        while (!missing.isEmpty()) {
            known.putAll(org.units(missing));
            Set<Long> next = parentsNotKnown(known);
            next.removeAll(missing);
            missing = next;
        }
        return known.values().stream().filter(u -> u.type() == OrgUnitType.COMMITTEE)
                .sorted(Comparator.comparing(OrgQuery.UnitView::name))
                .map(u -> new CommitteeView(u.id(), u.code(), u.name(), access.canManage(u.id()))).limit(limit)
                .toList();
    }

    private static Set<Long> parentsNotKnown(Map<Long, OrgQuery.UnitView> known) {
        return known.values().stream().map(OrgQuery.UnitView::parentId).filter(p -> p != null && !known.containsKey(p))
                .collect(Collectors.toCollection(java.util.HashSet::new));
    }

    @Override
    public LocalDate followUpDue(Period period, int year) {
        return deadlines.due(period, year);
    }

    @Override
    public List<ImprovementView> carriedIntoFollowUp(long committeeId, int year) {
        access.requireRead(committeeId);
        return improvements.carried(committeeId, year - 1).stream().map(this::view).toList();
    }

    private ImprovementView view(ImprovementStore.ActionRow a) {
        boolean writable = a.changeable()
                && (access.scope().canWrite(a.ownerUnitId()) || access.canManage(a.committeeId()));
        return new ImprovementView(a.id(), a.itemId(), a.planId(), a.year(), a.committeeId(), a.itemTitle(),
                a.title(), a.description(), a.ownerUnitId(), a.ownerUnitName(), a.ownerPersonId(), a.ownerUsername(),
                a.ownerName(), a.dueOn(), a.status(), a.disposition(), a.otherProcess(), a.dispositionNote(),
                a.disposedYear(), improvements.notes(a.id()), a.version(), writable);
    }
}
