package se.vaksam.plan;

/** The process an improvement action is handed to at year end: budget, verksamhetsplan or kvalitetsarbete. */
public enum OtherProcess { BUDGET, OPERATIONAL_PLAN, QUALITY_WORK }
