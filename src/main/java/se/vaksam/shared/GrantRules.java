package se.vaksam.shared;

/**
 * Who may grant, change and end whose placements (roles at units): part of the authorisation model, decided by
 * the security module and asked by the organisation module, which cannot call security directly.
 * <ul>
 * <li>nobody grants, ends or changes their own placements;</li>
 * <li>a role at a unit is granted only by someone whose own roles cover that role at that unit;</li>
 * <li>the {@linkplain #privileged(String) privileged roles} are granted only by a system administrator, with
 * a reason.</li>
 * </ul>
 */
public interface GrantRules {

    /**
     * Throws {@link ForbiddenException}, with a message naming why, unless the signed-in person may grant (or
     * change, or end) a placement in the role at the unit for the person.
     *
     * @param personId the person to be placed, or null for a person not created yet
     * @param role a role name, e.g. {@code SECTION_HEAD}
     */
    void requireMayGrant(Long personId, String role, long unitId);

    /** Whether the signed-in person may grant the role at some unit (for the role choices of a form). */
    boolean mayGrantSomewhere(String role);

    /** Like {@link #requireMayGrant(Long, String, long)}, answering instead of throwing. */
    boolean mayGrant(Long personId, String role, long unitId);

    /**
     * Whether the role opens confidential records or the whole system (lex Sarah investigator, quality
     * controller, the access-log readers, system administrator): granted only by a system administrator, with a
     * reason, and the person and their manager are told.
     */
    boolean privileged(String role);
}
