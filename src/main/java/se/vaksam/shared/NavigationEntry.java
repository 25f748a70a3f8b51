package se.vaksam.shared;

/**
 * A module's entry in the main navigation. Modules declare these as beans; the shell shows
 * those whose capability the signed-in person holds (the same model that guards the page behind it).
 *
 * @param order position, lower first
 * @param messageKey message-bundle key of the label
 * @param path the page the entry leads to
 * @param capability what the person needs to see the entry (and to open the page); null means
 *        {@link Capability#SIGNED_IN}
 */
public record NavigationEntry(int order, String messageKey, String path, Capability capability) {

    public NavigationEntry {
        capability = capability == null ? Capability.SIGNED_IN : capability;
    }

    /** An entry every signed-in person sees. */
    public NavigationEntry(int order, String messageKey, String path) {
        this(order, messageKey, path, Capability.SIGNED_IN);
    }
}
