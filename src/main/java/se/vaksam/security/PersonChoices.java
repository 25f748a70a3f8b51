package se.vaksam.security;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.vaksam.org.OrgQuery;
import se.vaksam.shared.Choice;

/**
 * The matches of a people picker that searches on the server (accounts, the access log's filter): a person is
 * chosen by name and sent by username. Namesakes are told apart by their username.
 */
final class PersonChoices {

    /** The most matches one search answers with: enough to find a person by a part of the name. */
    static final int LIMIT = 20;

    /** The longest search text taken; the rest is ignored. */
    private static final int LONGEST = 100;

    private PersonChoices() {
    }

    static List<Choice> search(OrgQuery org, String search) {
        String text = search == null ? "" : search.length() > LONGEST ? search.substring(0, LONGEST) : search;
        List<OrgQuery.PersonView> people = org.searchPeople(text, LIMIT);
        Map<String, Long> namesakes = people.stream()
                .collect(Collectors.groupingBy(OrgQuery.PersonView::fullName, Collectors.counting()));
        return people.stream().map(p -> new Choice(p.username(), namesakes.get(p.fullName()) > 1
                ? p.fullName() + " (" + p.username() + ")" : p.fullName())).toList();
    }

    /** The names of the people behind the usernames, read in one batch; an unknown username stays as it is. */
    static Function<String, String> names(OrgQuery org, java.util.Collection<String> usernames) {
        Map<String, OrgQuery.PersonView> people = org.peopleByUsername(usernames);
        return username -> username == null ? null
                : people.containsKey(username) ? people.get(username).fullName() : username;
    }
}
