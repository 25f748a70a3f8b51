package se.vaksam.deviation;

/** The configurable category lists: the area a deviation concerns, its causes and the measures taken. */
public enum CategoryList { AREA, CAUSE, MEASURE }
