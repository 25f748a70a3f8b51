package se.vaksam.plan;

/** Nämndens granskning (the committee's own) or kommungemensam granskning (a city-wide review area). */
public enum ReviewKind { NAMNDENS, KOMMUNGEMENSAM }
