package se.vaksam.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import se.vaksam.org.OrgQuery;
import se.vaksam.shared.Access;
import se.vaksam.shared.AccessScope;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.NotFoundException;
import se.vaksam.shared.QueryTransaction;

/** {@link RiskQuery} on the module's tables, filtered by the signed-in person's scope. */
@Service
@QueryTransaction
class JdbcRiskQuery implements RiskQuery {

    private final RiskStore store;
    private final Access access;
    private final OrgQuery org;
    private final Clock clock;

    JdbcRiskQuery(RiskStore store, Access access, OrgQuery org, Clock clock) {
        this.store = store;
        this.access = access;
        this.org = org;
        this.clock = clock;
    }

    @Override
    public List<Category> categories() {
        return store.categories();
    }

    @Override
    public List<RiskMatrix> matrices() {
        AccessScope scope = access.current();
        return store.matrixIds().stream().map(id -> store.matrixVersion(store.currentVersionId(id)))
                .filter(m -> m.unitId() == null || scope.canRead(m.unitId())).toList();
    }

    @Override
    public RiskMatrix matrix(long matrixId) {
        RiskMatrix matrix = store.matrixVersion(store.currentVersionId(matrixId));
        requireRead(matrix);
        return matrix;
    }

    @Override
    public RiskMatrix matrixVersion(long versionId) {
        RiskMatrix matrix = store.matrixVersion(versionId);
        requireRead(matrix);
        return matrix;
    }

    @Override
    public RiskMatrix defaultMatrix() {
        return store.matrixVersion(store.currentVersionId(store.defaultMatrixId()));
    }

    private void requireRead(RiskMatrix matrix) {
        if (matrix.unitId() != null) {
            access.requireRead(matrix.unitId());
        }
    }

    @Override
    public List<RiskView> risks(RiskFilter filter) {
        AccessScope scope = access.current();
        Map<Long, Assessment> latest = store.latestAssessments();
        Predicate<RiskView> matches = matcher(filter);
        Comparator<RiskView> order = switch (filter.sort() == null ? "" : filter.sort()) {
            case "value" -> Comparator.comparing((RiskView r) -> r.current() == null ? -1 : r.current().value()).reversed();
            case "unit" -> Comparator.comparing(RiskView::unitName).thenComparing(RiskView::title);
            case "review" -> Comparator.comparing(RiskView::nextReview);
            case "id" -> Comparator.comparing(RiskView::id);
            default -> Comparator.comparing(RiskView::title, String.CASE_INSENSITIVE_ORDER);
        };
        return store.risks().stream().filter(r -> scope.canRead(r.unitId()))
                .map(r -> view(r, latest.get(r.id()), scope)).filter(matches).sorted(order).toList();
    }

    private Predicate<RiskView> matcher(RiskFilter f) {
        Set<Long> committeeUnits = f.committeeId() == null ? null : org.subtree(f.committeeId());
        Set<Long> subtree = f.unitId() == null ? null : org.subtree(f.unitId());
        return r -> (committeeUnits == null || committeeUnits.contains(r.unitId()))
                && (subtree == null || subtree.contains(r.unitId()))
                && (f.categoryId() == null || f.categoryId() == r.categoryId())
                && (f.bandPosition() == null || r.current() != null && r.current().bandPosition() == f.bandPosition())
                && (f.year() == null || r.current() != null && r.current().assessedOn().getYear() == f.year())
                && (f.matrixVersionId() == null || r.current() != null && r.current().matrixVersionId() == f.matrixVersionId())
                && (f.likelihood() == null || r.current() != null && r.current().likelihood() == f.likelihood())
                && (f.consequence() == null || r.current() != null && r.current().consequence() == f.consequence());
    }

    @Override
    public RiskView risk(long riskId) {
        RiskStore.RiskRow row = store.risk(riskId).orElseThrow(() -> new NotFoundException("risk.notFound"));
        AccessScope scope = access.current();
        if (!scope.canRead(row.unitId())) {
            throw new ForbiddenException();
        }
        List<Assessment> all = store.assessments(riskId);
        return view(row, all.isEmpty() ? null : all.get(all.size() - 1), scope);
    }

    RiskView view(RiskStore.RiskRow r, Assessment current, AccessScope scope) {
        LocalDate nextReview = (current == null ? r.createdOn() : current.assessedOn()).plusMonths(
                current == null ? 0 : r.reviewIntervalMonths());
        return new RiskView(r.id(), r.title(), r.event(), r.cause(), r.consequence(),
                RiskSentence.of(r.event(), r.cause(), r.consequence()), r.categoryId(), r.categoryName(), r.unitId(),
                r.unitCode(), r.unitName(), r.ownerPersonId(), r.ownerUsername(), r.ownerName(), r.origin(),
                r.reviewIntervalMonths(), r.version(), current, nextReview, nextReview.isBefore(LocalDate.now(clock)),
                scope.canWrite(r.unitId()));
    }

    @Override
    public List<Assessment> assessments(long riskId) {
        risk(riskId);
        return store.assessments(riskId);
    }

    @Override
    public Map<Long, Assessment> assessmentsOfYear(java.util.Collection<Long> riskIds, int year) {
        AccessScope scope = access.current();
        LocalDate end = LocalDate.of(year, 12, 31);
        Map<Long, Assessment> ofAnalysis = new java.util.HashMap<>();
        Map<Long, Assessment> byEnd = new java.util.HashMap<>();
        Map<Long, Assessment> first = new java.util.HashMap<>();
        // oldest first: a later one replaces an earlier one of the same kind
        for (RiskStore.YearAssessment y : store.assessmentsOfReadable(riskIds, scope::canRead)) {
            Assessment a = y.assessment();
            first.putIfAbsent(a.riskId(), a);
            if (y.analysisYear() != null && y.analysisYear() == year) {
                ofAnalysis.put(a.riskId(), a);
            } else if (!a.assessedOn().isAfter(end) && (y.analysisYear() == null || y.analysisYear() < year)) {
                byEnd.put(a.riskId(), a);
            }
        }
        Map<Long, Assessment> chosen = new java.util.HashMap<>(first);
        chosen.putAll(byEnd);
        chosen.putAll(ofAnalysis);
        return chosen;
    }

    @Override
    public Map<String, Long> importedRisks(java.util.Collection<String> sourceIds) {
        return sourceIds.isEmpty() ? Map.of() : store.risksBySource(sourceIds);
    }

    @Override
    public List<Link> links(long riskId) {
        risk(riskId);
        return store.links(riskId);
    }

    @Override
    public List<AnalysisSummary> analyses() {
        AccessScope scope = access.current();
        Map<Long, List<RiskStore.ItemRow>> items = store.allItems().stream()
                .collect(Collectors.groupingBy(RiskStore.ItemRow::analysisId));
        return store.analyses().stream().filter(a -> scope.canRead(a.unitId())).map(a -> {
            List<RiskStore.ItemRow> own = items.getOrDefault(a.id(), List.of());
            int candidates = (int) own.stream().filter(i -> i.decision() != null && i.decision().planCandidate()).count();
            return new AnalysisSummary(a.id(), a.unitId(), a.unitName(), a.year(), a.heldOn(), own.size(), candidates);
        }).toList();
    }

    @Override
    public Analysis analysis(long analysisId) {
        RiskStore.AnalysisRow a = store.analysis(analysisId).orElseThrow(() -> new NotFoundException("risk.analysis.notFound"));
        AccessScope scope = access.current();
        if (!scope.canRead(a.unitId())) {
            throw new ForbiddenException();
        }
        List<Item> items = store.items(analysisId).stream().map(i -> {
            RiskStore.RiskRow risk = store.risk(i.riskId()).orElseThrow();
            Assessment assessment = i.assessmentId() == null ? null : store.assessment(i.assessmentId()).orElseThrow();
            return new Item(i.id(), i.riskId(), risk.title(), RiskSentence.of(risk.event(), risk.cause(), risk.consequence()),
                    assessment, i.decision(), i.otherProcess(), i.decisionReason());
        }).toList();
        return new Analysis(a.id(), a.unitId(), a.unitName(), a.year(), a.heldOn(), a.participants(),
                a.matrixVersionId(), a.version(), items, scope.canWrite(a.unitId()));
    }

    @Override
    public List<Candidate> candidates(int year) {
        AccessScope scope = access.current();
        return store.analyses().stream().filter(a -> a.year() == year && scope.canRead(a.unitId()))
                .flatMap(a -> analysis(a.id()).items().stream()
                        .filter(i -> i.decision() != null && i.decision().planCandidate() && i.assessment() != null)
                        .map(i -> new Candidate(a.id(), a.year(), a.unitId(), i.riskId(), i.riskTitle(), i.sentence(),
                                i.decision(), i.assessment().value(), i.assessment().bandName())))
                .toList();
    }

    @Override
    public List<Proposal> proposals(int year) {
        AccessScope scope = access.current();
        return store.proposals(year).stream().map(p -> {
            RiskStore.RiskRow r = store.risk(p.riskId()).orElseThrow();
            return scope.canRead(r.unitId()) ? new Proposal(r.id(), r.title(),
                    RiskSentence.of(r.event(), r.cause(), r.consequence()), r.unitId(), r.unitName(), r.origin(),
                    p.year(), p.originNote(), p.proposedBy(), p.proposedOn()) : null;
        }).filter(java.util.Objects::nonNull).toList();
    }
}
