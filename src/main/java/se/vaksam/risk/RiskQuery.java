package se.vaksam.risk;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * How pages, the API and other modules read risks: records only, filtered to the units the
 * signed-in person may read. A single record the person may not read is refused (403).
 */
public interface RiskQuery {

    List<Category> categories();

    /** The matrices the person may see (kommun-wide ones and those of readable units), current versions. */
    List<RiskMatrix> matrices();

    RiskMatrix matrix(long matrixId);

    /** One saved version, e.g. the one an assessment or analysis was made with. */
    RiskMatrix matrixVersion(long versionId);

    /** The kommun's default matrix. */
    RiskMatrix defaultMatrix();

    List<RiskView> risks(RiskFilter filter);

    RiskView risk(long riskId);

    /** The risk's assessments, oldest first (its trend across the years). */
    List<Assessment> assessments(long riskId);

    /**
     * Each given risk's assessment of {@code year}, e.g. for that year's annual report: the latest made in a risk
     * analysis of the year; else the latest made by 31 December of the year outside a later year's analysis; else
     * (a risk first assessed later) its first one. Only risks the person may read and that have an assessment are
     * in the map.
     */
    java.util.Map<Long, Assessment> assessmentsOfYear(java.util.Collection<Long> riskIds, int year);

    /**
     * The risks brought in by the history import ({@code risks}) with these source ids (käll-id), by source id; for
     * the imports of other modules that refer to them (an internal-control plan's items), which only the system
     * administrator runs, so not filtered by scope.
     */
    java.util.Map<String, Long> importedRisks(java.util.Collection<String> sourceIds);

    /** Links from the risk to records of other modules (plan items, deviations, audit recommendations). */
    List<Link> links(long riskId);

    List<AnalysisSummary> analyses();

    Analysis analysis(long analysisId);

    /** Risks an analysis decided to act on or review: what the internal-control plan picks up. */
    List<Candidate> candidates(int year);

    /**
     * Risks proposed for the given year's risk analyses (e.g. by a pattern in the deviations), with what
     * each is based on; only those the person may read. An analysis offers those in its unit's subtree.
     */
    List<Proposal> proposals(int year);

    /** A related record in another module, e.g. {@code plan.item} 17. */
    @Schema(name = "RiskLink")
    record Link(String recordType, String recordId) {
    }

    @Schema(name = "RiskCategory")
    record Category(long id, String code, String name) {
    }

    record RiskFilter(Long committeeId, Long unitId, Long categoryId, Integer bandPosition, Integer year,
            Long matrixVersionId, Integer likelihood, Integer consequence, String sort) {

        public static RiskFilter none() {
            return new RiskFilter(null, null, null, null, null, null, null, null, null);
        }
    }

    record RiskView(long id, String title, String event, String cause, String consequence, String sentence,
            long categoryId, String categoryName, long unitId, String unitCode, String unitName, Long ownerPersonId,
            String ownerUsername, String ownerName, Origin origin, int reviewIntervalMonths, int version,
            Assessment current, LocalDate nextReview, boolean overdue, boolean writable) {
    }

    record Assessment(long id, long riskId, Long analysisId, long matrixVersionId, int likelihood, int consequence,
            int value, int bandPosition, String bandName, String bandColour, String motivation, String reason,
            LocalDate assessedOn, String assessedBy) {

        public String textColour() {
            return Colours.textOn(bandColour);
        }
    }

    record AnalysisSummary(long id, long unitId, String unitName, int year, LocalDate heldOn, int risks,
            int candidates) {
    }

    record Analysis(long id, long unitId, String unitName, int year, LocalDate heldOn, String participants,
            long matrixVersionId, int version, List<Item> items, boolean writable) {
    }

    record Item(long id, long riskId, String riskTitle, String sentence, Assessment assessment, Decision decision,
            OtherProcess otherProcess, String decisionReason) {
    }

    /** A risk proposed for the analyses of {@code year}; {@code originNote} says what it is based on. */
    record Proposal(long riskId, String riskTitle, String sentence, long unitId, String unitName, Origin origin,
            int year, String originNote, String proposedBy, LocalDate proposedOn) {
    }

    @Schema(name = "RiskCandidate")
    record Candidate(long analysisId, int year, long unitId, long riskId, String riskTitle, String sentence,
            Decision decision, int value, String bandName) {
    }
}
