package se.vaksam.risk;

import java.util.List;

/**
 * A risk analysis's decisions were saved. The risks decided for direct action or review are the
 * candidates the internal-control plan picks up.
 *
 * @param analysisId the analysis
 * @param year the year it was held for
 * @param unitId the committee or unit whose analysis it is
 * @param directActionRiskIds risks decided for direct action (direktåtgärd)
 * @param reviewRiskIds risks decided for review (granskning)
 */
public record RiskAnalysisDecided(long analysisId, int year, long unitId, List<Long> directActionRiskIds,
        List<Long> reviewRiskIds) {
}
