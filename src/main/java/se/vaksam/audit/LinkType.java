package se.vaksam.audit;

/** What a recommendation links to: a plan item (direct action), an improvement action, or a risk. */
public enum LinkType {
    PLAN_ITEM, IMPROVEMENT_ACTION, RISK
}
