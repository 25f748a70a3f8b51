package se.vaksam.deviation;

/** Who raised a deviation: a user (brukare), a relative (närstående), another authority, IVO, staff or someone else. */
public enum ReporterKind { USER, RELATIVE, AUTHORITY, IVO, STAFF, OTHER }
