package se.vaksam.shared;

/**
 * What a person may do, coarsely, by their roles: the vocabulary of the one authorisation model. Every page
 * and API operation declares the capability it needs with {@link Allowed}; the security module's table says
 * which roles hold each capability and refuses everything else. A capability says whether a person may do
 * this kind of thing at all; whether they may do it to this record (its unit) is the module's scope check
 * ({@link Access#requireRead}, {@link Access#requireWrite}). Role and scope together are the model.
 */
public enum Capability {

    /** No sign-in needed: the login page, the public e-service and its API. */
    PUBLIC,

    /** Any signed-in person; the module shows and changes only what their scope reaches. */
    SIGNED_IN,

    /** Create and change the records of the units one's roles write (risks, plans, checks, …). */
    CHANGE_RECORDS,

    /** Report a deviation from inside and take the steps its rules give one (everyone but the auditors). */
    HANDLE_DEVIATIONS,

    /** Keep the quality function's lists: deviation categories, the e-service's units, the quality registers. */
    ADMINISTER_QUALITY_LISTS,

    /** Read the access log of confidential reads. */
    READ_ACCESS_LOG,

    /** Move people and units in the organisation and import it (the internal-control coordinator). */
    ADMINISTER_ORGANISATION,

    /** Manage accounts and everything else only the system administrator does. */
    ADMINISTER_SYSTEM
}
