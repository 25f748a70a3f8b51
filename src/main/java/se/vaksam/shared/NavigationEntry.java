package se.vaksam.shared;

/**
 * A module's entry in the main navigation. Modules declare these as beans; the shell shows, group by group,
 * those whose capability the signed-in person holds (the same model that guards the page behind it).
 *
 * @param order position within its group, lower first
 * @param messageKey message-bundle key of the label
 * @param path the page the entry leads to
 * @param group the menu group the entry is listed under
 * @param capability what the person needs to see the entry (and to open the page); null means
 *        {@link Capability#SIGNED_IN}
 */
public record NavigationEntry(int order, String messageKey, String path, Group group, Capability capability) {

    /** The menu's groups, by task rather than by module; the order here is the menu's order. */
    public enum Group {
        /** The start page, a link of its own. */
        START,
        INTERNAL_CONTROL,
        QUALITY,
        CHECKS,
        ORGANISATION,
        ADMINISTRATION,
        /** Under the account menu (the person's name): the own account, the API description. */
        ACCOUNT;

        public String messageKey() {
            return "nav.group." + name();
        }
    }

    public NavigationEntry {
        capability = capability == null ? Capability.SIGNED_IN : capability;
        group = group == null ? Group.START : group;
    }

    /** An entry every signed-in person sees. */
    public NavigationEntry(int order, String messageKey, String path, Group group) {
        this(order, messageKey, path, group, Capability.SIGNED_IN);
    }
}
