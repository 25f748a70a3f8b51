package se.vaksam.security;

/**
 * The roles a person can hold at a unit, and how far each reaches. A role held at a unit
 * reaches either that unit only or the whole subtree below it; reading and changing are
 * separate reaches. The system administrator reaches everything. A committee-level role held at a
 * förvaltning also manages the committee's own records ({@link #committeeLevel()}).
 */
public enum Role {
    SYSTEM_ADMINISTRATOR(Reach.ALL, Reach.ALL),
    INTERNAL_CONTROL_COORDINATOR(Reach.SUBTREE, Reach.SUBTREE, true),
    COMMITTEE_MEMBER(Reach.SUBTREE, Reach.NONE),
    ADMINISTRATION_HEAD(Reach.SUBTREE, Reach.SUBTREE, true),
    DEPARTMENT_HEAD(Reach.SUBTREE, Reach.SUBTREE),
    UNIT_HEAD(Reach.SUBTREE, Reach.SUBTREE),
    SECTION_HEAD(Reach.SUBTREE, Reach.SUBTREE),
    EMPLOYEE(Reach.OWN_UNIT, Reach.NONE),
    CONTROLLER(Reach.SUBTREE, Reach.SUBTREE),
    QUALITY_CONTROLLER(Reach.SUBTREE, Reach.SUBTREE),
    LEX_SARAH_INVESTIGATOR(Reach.SUBTREE, Reach.NONE),
    AUDITOR(Reach.SUBTREE, Reach.NONE);

    /** How far a role held at a unit reaches. */
    public enum Reach { NONE, OWN_UNIT, SUBTREE, ALL }

    private final Reach read;
    private final Reach write;
    private final boolean committeeLevel;

    Role(Reach read, Reach write) {
        this(read, write, false);
    }

    Role(Reach read, Reach write, boolean committeeLevel) {
        this.read = read;
        this.write = write;
        this.committeeLevel = committeeLevel;
    }

    /**
     * Whether the role, held at a förvaltning, also manages the records of the committee above it (its
     * internal-control plan and self-assessment): the internal-control coordinator and the förvaltningschef
     * prepare them for the committee.
     */
    public boolean committeeLevel() {
        return committeeLevel;
    }

    public Reach read() {
        return read;
    }

    public Reach write() {
        return write;
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role with this name, or empty if there is none. */
    public static java.util.Optional<Role> parse(String name) {
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return java.util.Optional.of(role);
            }
        }
        return java.util.Optional.empty();
    }
}
