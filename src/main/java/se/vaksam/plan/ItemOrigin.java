package se.vaksam.plan;

/** Where a plan item came from: the risk analysis, last year's proposal, a city-wide review area, or added by hand. */
public enum ItemOrigin { RISK_ANALYSIS, PROPOSAL, COMMON_REVIEW, MANUAL }
