package se.vaksam.plan;

/** Utkast → antagen (by the committee) → avslutad (after the annual follow-up). */
public enum PlanStatus { DRAFT, ADOPTED, CLOSED }
