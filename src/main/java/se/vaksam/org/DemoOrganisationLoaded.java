package se.vaksam.org;

import java.util.List;

/**
 * Published once, in embedded demo mode, after the demo organisation and its people were
 * loaded into an empty database. The security module answers by creating demo logins.
 *
 * @param usernames the demo people's usernames
 */
public record DemoOrganisationLoaded(List<String> usernames) {
}
