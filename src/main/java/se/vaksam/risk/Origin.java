package se.vaksam.risk;

/** Where a risk was raised. */
public enum Origin {
    DEPARTMENT, MANAGEMENT, WORKING_COMMITTEE, DEVIATIONS, AUDIT, BUDGET_PROCESS, OTHER
}
