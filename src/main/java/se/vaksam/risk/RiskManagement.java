package se.vaksam.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.org.OrgQuery;
import se.vaksam.shared.Access;
import se.vaksam.shared.AccessScope;
import se.vaksam.shared.ChangeSet;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.NotFoundException;
import se.vaksam.shared.RecordChanged;

/**
 * Every change to risks, matrices and analyses, checked against the signed-in person's scope and
 * recorded in the change history (record types {@code risk.risk}, {@code risk.matrix},
 * {@code risk.analysis}).
 */
@Service
@Transactional
public class RiskManagement {

    static final String RISK = "risk.risk";
    static final String MATRIX = "risk.matrix";
    static final String ANALYSIS = "risk.analysis";

    private final RiskStore store;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final OrgQuery org;

    RiskManagement(RiskStore store, Access access, ApplicationEventPublisher events, Clock clock, OrgQuery org) {
        this.org = org;
        this.store = store;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    // ---- matrices

    /** A new matrix for a unit (a committee or förvaltning); kommun-wide matrices are for administrators. */
    public long createMatrix(MatrixDraft draft) {
        draft.check();
        requireMatrixWrite(draft.unitId());
        long id = store.insertMatrix(draft.name().strip(), draft.unitId());
        store.insertVersion(id, draft, access.current().username());
        events.publishEvent(new RecordChanged(MATRIX, Long.toString(id), RecordChanged.Action.CREATED,
                ChangeSet.create().field("name", null, draft.name().strip()).field("size", null, size(draft))
                        .field("formula", null, draft.formula()).field("bands", null, bands(draft.bands())).toList(),
                null));
        return id;
    }

    /** Saves a new version of the matrix; assessments made with earlier versions keep theirs. */
    public long editMatrix(long matrixId, MatrixDraft draft, int seenVersion, String reason) {
        draft.check();
        RiskMatrix before = store.matrixVersion(store.currentVersionId(matrixId));
        requireMatrixWrite(before.unitId());
        store.renameMatrix(matrixId, draft.name().strip(), seenVersion);
        long versionId = store.insertVersion(matrixId, draft, access.current().username());
        RiskMatrix after = store.matrixVersion(versionId);
        events.publishEvent(new RecordChanged(MATRIX, Long.toString(matrixId), RecordChanged.Action.UPDATED,
                ChangeSet.create().field("name", before.name(), after.name())
                        .field("version", before.number(), after.number())
                        .field("size", before.likelihoodLevels() + "×" + before.consequenceLevels(),
                                after.likelihoodLevels() + "×" + after.consequenceLevels())
                        .field("formula", before.formula(), after.formula())
                        .field("likelihood", labels(before.likelihood()), labels(after.likelihood()))
                        .field("consequence", labels(before.consequence()), labels(after.consequence()))
                        .field("bands", bands(before.bands()), bands(after.bands()))
                        .field("cells", Arrays.deepToString(before.cells()), Arrays.deepToString(after.cells()))
                        .toList(), reason));
        return versionId;
    }

    private void requireMatrixWrite(Long unitId) {
        AccessScope scope = access.current();
        if (unitId == null ? !scope.administrator() : !scope.canWrite(unitId)) {
            throw new ForbiddenException();
        }
    }

    private static String size(MatrixDraft d) {
        return d.likelihood().size() + "×" + d.consequence().size();
    }

    private static String labels(List<RiskMatrix.Level> levels) {
        return levels.stream().map(RiskMatrix.Level::label).collect(Collectors.joining(", "));
    }

    private static String bands(List<RiskMatrix.Band> bands) {
        return bands.stream().map(b -> b.name() + " " + b.colour()).collect(Collectors.joining(", "));
    }

    // ---- risks

    public long createRisk(RiskDraft draft) {
        draft.check();
        org.existingUnit(draft.unitId(), "unitId");
        access.requireWrite(draft.unitId());
        Long owner = owner(draft.ownerUsername());
        long id = store.insertRisk(draft, owner);
        RiskStore.RiskRow row = store.risk(id).orElseThrow();
        events.publishEvent(new RecordChanged(RISK, Long.toString(id), RecordChanged.Action.CREATED,
                changes(null, row).toList(), null));
        return id;
    }

    public void editRisk(long riskId, RiskDraft draft, int seenVersion, String reason) {
        draft.check();
        RiskStore.RiskRow before = store.risk(riskId).orElseThrow(() -> new NotFoundException("risk.notFound"));
        access.requireWrite(before.unitId());
        org.existingUnit(draft.unitId(), "unitId");
        access.requireWrite(draft.unitId());
        store.updateRisk(riskId, draft, owner(draft.ownerUsername()), seenVersion);
        RiskStore.RiskRow after = store.risk(riskId).orElseThrow();
        ChangeSet changes = changes(before, after);
        if (!changes.isEmpty()) {
            events.publishEvent(new RecordChanged(RISK, Long.toString(riskId), RecordChanged.Action.UPDATED,
                    changes.toList(), reason));
        }
    }

    /** Links the risk to a record of another module, e.g. {@code plan.item} or {@code deviation.deviation}. */
    public void link(long riskId, String recordType, String recordId) {
        RiskStore.RiskRow risk = store.risk(riskId).orElseThrow(() -> new NotFoundException("risk.notFound"));
        access.requireWrite(risk.unitId());
        if (recordType == null || !recordType.matches("[a-z]+\\.[a-zA-Z]+") || recordId == null || recordId.isBlank()
                || recordId.length() > 60) {
            throw new DomainException("risk.error.link");
        }
        if (store.insertLink(riskId, recordType, recordId.strip())) {
            events.publishEvent(new RecordChanged(RISK, Long.toString(riskId), RecordChanged.Action.UPDATED,
                    ChangeSet.create().field("link", null, recordType + " " + recordId.strip()).toList(), null));
        }
    }

    /**
     * Links the risk to a record of the calling module on that module's behalf (e.g. the plan links the
     * items that treat the risk when they are planned): no scope check here, the caller has checked the
     * person's rights on its own record. Recorded in the risk's history.
     */
    public void linkFrom(long riskId, String recordType, String recordId) {
        store.risk(riskId).orElseThrow(() -> new NotFoundException("risk.notFound"));
        if (store.insertLink(riskId, recordType, recordId)) {
            events.publishEvent(new RecordChanged(RISK, Long.toString(riskId), RecordChanged.Action.UPDATED,
                    ChangeSet.create().field("link", null, recordType + " " + recordId).toList(), null));
        }
    }

    /** Removes a link made by {@link #linkFrom}, e.g. when a plan item is removed or treats another risk. */
    public void unlinkFrom(long riskId, String recordType, String recordId) {
        if (store.deleteLink(riskId, recordType, recordId)) {
            events.publishEvent(new RecordChanged(RISK, Long.toString(riskId), RecordChanged.Action.UPDATED,
                    ChangeSet.create().field("link", recordType + " " + recordId, null).toList(), null));
        }
    }

    /**
     * Proposes an existing risk for the risk analyses of {@code year} (usually next year): each analysis
     * of that year whose unit is above the risk's unit lists it under "Förslag att pröva" with
     * {@code originNote} (what the proposal is based on, e.g. a pattern in the deviations), and the
     * analysts add it with one click. Requires write access to the risk's unit; once per risk.
     * Recorded in the risk's history. The risk module knows nothing of the proposing module.
     */
    public void propose(long riskId, int year, String originNote) {
        RiskStore.RiskRow risk = store.risk(riskId).orElseThrow(() -> new NotFoundException("risk.notFound"));
        access.requireWrite(risk.unitId());
        if (year < 2000 || year > 2100) {
            throw new DomainException("risk.analysis.error.year");
        }
        if (originNote == null || originNote.isBlank() || originNote.strip().length() > 1000) {
            throw new DomainException("risk.proposal.error.note");
        }
        if (store.insertProposal(riskId, year, originNote.strip(), access.current().username())) {
            events.publishEvent(new RecordChanged(RISK, Long.toString(riskId), RecordChanged.Action.UPDATED,
                    ChangeSet.create().field("proposedFor", null, year).field("proposalOrigin", null, originNote.strip())
                            .toList(), null));
        }
    }

    private Long owner(String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        return org.person(username.strip()).map(OrgQuery.PersonView::id)
                .orElseThrow(() -> new DomainException("risk.error.owner", username.strip()));
    }

    private static ChangeSet changes(RiskStore.RiskRow b, RiskStore.RiskRow a) {
        return ChangeSet.create().field("title", b == null ? null : b.title(), a.title())
                .field("event", b == null ? null : b.event(), a.event())
                .field("cause", b == null ? null : b.cause(), a.cause())
                .field("consequence", b == null ? null : b.consequence(), a.consequence())
                .field("category", b == null ? null : b.categoryName(), a.categoryName())
                .field("unit", b == null ? null : b.unitName(), a.unitName())
                .field("owner", b == null ? null : b.ownerUsername(), a.ownerUsername())
                .field("origin", b == null ? null : b.origin(), a.origin())
                .field("reviewInterval", b == null ? null : b.reviewIntervalMonths(), a.reviewIntervalMonths());
    }

    /**
     * Re-assesses a risk on a matrix (its current version). When the risk value changes from the
     * latest assessment, a reason is required.
     */
    public long assess(long riskId, long matrixId, int likelihood, int consequence, String motivation, String reason) {
        RiskStore.RiskRow risk = store.risk(riskId).orElseThrow(() -> new NotFoundException("risk.notFound"));
        access.requireWrite(risk.unitId());
        RiskMatrix matrix = store.matrixVersion(store.currentVersionId(matrixId));
        if (matrix.unitId() != null) {
            access.requireRead(matrix.unitId());
        }
        requireInside(matrix, likelihood, consequence);
        List<RiskQuery.Assessment> earlier = store.assessments(riskId);
        RiskQuery.Assessment last = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
        if (last != null && last.value() != matrix.value(likelihood, consequence) && (reason == null || reason.isBlank())) {
            throw new DomainException("risk.assess.error.reason");
        }
        long id = store.insertAssessment(riskId, null, matrix, likelihood, consequence, motivation, reason,
                LocalDate.now(clock), access.current().username());
        publishAssessed(riskId, last, store.assessment(id).orElseThrow(), reason);
        return id;
    }

    private void publishAssessed(long riskId, RiskQuery.Assessment b, RiskQuery.Assessment a, String reason) {
        events.publishEvent(new RecordChanged(RISK, Long.toString(riskId), RecordChanged.Action.UPDATED,
                ChangeSet.create().field("likelihood", b == null ? null : b.likelihood(), a.likelihood())
                        .field("consequenceLevel", b == null ? null : b.consequence(), a.consequence())
                        .field("value", b == null ? null : b.value(), a.value())
                        .field("band", b == null ? null : b.bandName(), a.bandName()).toList(), reason));
    }

    static void requireInside(RiskMatrix matrix, int likelihood, int consequence) {
        if (likelihood < 1 || likelihood > matrix.likelihoodLevels()) {
            throw new DomainException("risk.error.likelihood", likelihood, matrix.likelihoodLevels());
        }
        if (consequence < 1 || consequence > matrix.consequenceLevels()) {
            throw new DomainException("risk.error.consequence", consequence, matrix.consequenceLevels());
        }
    }

    // ---- analyses

    /** A risk analysis for a committee or unit and year, on the chosen matrix's current version. */
    public long createAnalysis(long unitId, int year, LocalDate heldOn, String participants, long matrixId) {
        org.existingUnit(unitId, "unitId");
        access.requireWrite(unitId);
        if (year < 2000 || year > 2100) {
            throw new DomainException("risk.analysis.error.year");
        }
        if (heldOn == null) {
            throw new DomainException("risk.analysis.error.heldOn");
        }
        RiskMatrix matrix = store.matrixVersion(store.currentVersionId(matrixId));
        if (matrix.unitId() != null) {
            access.requireRead(matrix.unitId());
        }
        long id = store.insertAnalysis(unitId, year, heldOn, participants, matrix.versionId());
        events.publishEvent(new RecordChanged(ANALYSIS, Long.toString(id), RecordChanged.Action.CREATED,
                ChangeSet.create().field("year", null, year).field("heldOn", null, heldOn)
                        .field("participants", null, participants).field("matrix", null, matrix.name() + " v" + matrix.number())
                        .toList(), null));
        return id;
    }

    /** Puts readable risks on the analysis's agenda. */
    public void addRisks(long analysisId, List<Long> riskIds) {
        RiskStore.AnalysisRow analysis = writableAnalysis(analysisId);
        for (long riskId : riskIds) {
            RiskStore.RiskRow risk = store.risk(riskId).orElseThrow(() -> new NotFoundException("risk.notFound"));
            access.requireRead(risk.unitId());
            store.insertItem(analysis.id(), riskId);
        }
    }

    /** One row of the analysis: the assessment made there and the decision. Null levels leave it unassessed. */
    public record ItemDecision(long itemId, Integer likelihood, Integer consequence, String motivation,
            Decision decision, OtherProcess otherProcess, String reason) {
    }

    /** Saves the analysis's assessments and decisions, all or nothing. */
    public void decide(long analysisId, int seenVersion, List<ItemDecision> decisions) {
        RiskStore.AnalysisRow analysis = writableAnalysis(analysisId);
        store.touchAnalysis(analysisId, seenVersion);
        RiskMatrix matrix = store.matrixVersion(analysis.matrixVersionId());
        Map<Long, RiskStore.ItemRow> items = store.items(analysisId).stream()
                .collect(Collectors.toMap(RiskStore.ItemRow::id, Function.identity()));
        List<Long> actions = new ArrayList<>();
        List<Long> reviews = new ArrayList<>();
        for (ItemDecision d : decisions) {
            RiskStore.ItemRow item = items.get(d.itemId());
            if (item == null) {
                throw new NotFoundException("risk.analysis.itemNotFound");
            }
            RiskStore.RiskRow risk = store.risk(item.riskId()).orElseThrow();
            Long assessmentId = item.assessmentId();
            RiskQuery.Assessment before = assessmentId == null ? null : store.assessment(assessmentId).orElseThrow();
            if (d.likelihood() != null && d.consequence() != null) {
                requireInside(matrix, d.likelihood(), d.consequence());
                String motivation = d.motivation() == null ? "" : d.motivation().strip();
                if (before == null || before.likelihood() != d.likelihood() || before.consequence() != d.consequence()
                        || !before.motivation().equals(motivation)) {
                    assessmentId = store.insertAssessment(item.riskId(), analysisId, matrix, d.likelihood(),
                            d.consequence(), motivation, null, analysis.heldOn(), access.current().username());
                    publishAssessed(item.riskId(), before, store.assessment(assessmentId).orElseThrow(),
                            null);
                }
            }
            if (d.decision() != null) {
                if (assessmentId == null) {
                    throw new DomainException("risk.analysis.error.notAssessed", risk.title());
                }
                if (d.decision() == Decision.ACCEPTED && (d.reason() == null || d.reason().isBlank())) {
                    throw new DomainException("risk.analysis.error.acceptedReason", risk.title());
                }
                if (d.decision() == Decision.OTHER_PROCESS && d.otherProcess() == null) {
                    throw new DomainException("risk.analysis.error.process", risk.title());
                }
                if (d.decision() == Decision.DIRECT_ACTION) {
                    actions.add(item.riskId());
                } else if (d.decision() == Decision.REVIEW) {
                    reviews.add(item.riskId());
                }
            }
            OtherProcess process = d.decision() == Decision.OTHER_PROCESS ? d.otherProcess() : null;
            ChangeSet changes = ChangeSet.create()
                    .field("decision", item.decision(), d.decision())
                    .field("otherProcess", item.otherProcess(), process)
                    .field("decisionReason", item.decisionReason(), blankToNull(d.reason()));
            store.updateItem(item.id(), assessmentId, d.decision(), process, d.reason());
            if (!changes.isEmpty()) {
                events.publishEvent(new RecordChanged(ANALYSIS, Long.toString(analysisId),
                        RecordChanged.Action.UPDATED, changes.toList(), risk.title()));
            }
        }
        events.publishEvent(new RiskAnalysisDecided(analysisId, analysis.year(), analysis.unitId(), actions, reviews));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private RiskStore.AnalysisRow writableAnalysis(long analysisId) {
        RiskStore.AnalysisRow analysis = store.analysis(analysisId)
                .orElseThrow(() -> new NotFoundException("risk.analysis.notFound"));
        access.requireWrite(analysis.unitId());
        return analysis;
    }
}
