package se.vaksam.shared;

/**
 * One choice of a picker (a person, a unit, a record), shown by its name and sent by its value: pages never
 * ask a person to type a username or an id. See the fragment {@code fragments/picker :: picker(…)}.
 *
 * @param value what the form sends, e.g. a username or a record's id
 * @param label what the person sees and searches, e.g. the person's name
 */
public record Choice(String value, String label) {
}
