package se.vaksam.shared;

import java.net.URI;

/** The {@code type} URI of an API problem detail: one per kind of problem, stable for programs. */
public final class ProblemTypes {

    static final String PREFIX = "urn:vaksam:problem:";

    private ProblemTypes() {
    }

    public static URI of(String kind) {
        return URI.create(PREFIX + kind);
    }
}
