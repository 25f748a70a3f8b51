package se.vaksam.shared;

/**
 * The one authorisation model, as every module asks it: whether the current person's roles hold a
 * {@link Capability}. Implemented by the security module from its table of capabilities and roles. What the
 * person may do to a given record is still the unit scope's question ({@link Access}).
 */
public interface Authorisation {

    /** Whether the person behind the current request holds the capability. */
    boolean permits(Capability capability);
}
