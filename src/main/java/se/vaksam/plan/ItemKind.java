package se.vaksam.plan;

/** Direktåtgärd (direct action) or granskning (review). */
public enum ItemKind { DIRECT_ACTION, REVIEW }
