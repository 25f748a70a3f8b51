package se.vaksam.shared;

import java.util.List;

/**
 * An event: tell these people of something that concerns them. The notice module shows it on their start page
 * and e-mails it, at once or in their daily digest. The message names records (a case number, a unit), never
 * their confidential content.
 *
 * @param usernames who is told (each once; unknown or empty names are left out)
 * @param messageKey message-bundle key of the one-line notice, with {@code args} as its placeholders
 * @param args the placeholders' values
 * @param path the page the notice leads to
 */
public record Notify(List<String> usernames, String messageKey, List<String> args, String path) {

    public Notify {
        usernames = List.copyOf(usernames);
        args = List.copyOf(args);
    }
}
