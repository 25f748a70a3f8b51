package se.vaksam.deviation;

import java.util.List;

/** Who raised a deviation: a user (brukare), a relative (närstående), another authority, IVO, staff or someone else. */
public enum ReporterKind {
    USER, RELATIVE, AUTHORITY, IVO, STAFF, OTHER;

    /**
     * The answers to "Vem är du?" in the public e-service: a member of the public. Authorities, IVO and staff
     * reach the social services by other ways; anything else sent there counts as {@link #OTHER}.
     */
    public static final List<ReporterKind> PUBLIC = List.of(USER, RELATIVE, OTHER);

    /** This kind if a member of the public may give it, otherwise {@link #OTHER}. */
    public static ReporterKind fromPublic(ReporterKind kind) {
        return kind != null && PUBLIC.contains(kind) ? kind : OTHER;
    }
}
