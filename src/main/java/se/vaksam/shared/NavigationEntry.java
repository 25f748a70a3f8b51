package se.vaksam.shared;

/**
 * A module's entry in the main navigation. Modules declare these as beans; the shell shows
 * those the signed-in person has a role for ({@code requiredRole} null means everyone).
 *
 * @param order position, lower first
 * @param messageKey message-bundle key of the label
 * @param path the page the entry leads to
 * @param requiredRole role name needed to see the entry, or null
 */
public record NavigationEntry(int order, String messageKey, String path, String requiredRole) {
}
