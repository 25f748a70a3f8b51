package se.vaksam.history;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.vaksam.shared.Formats;

/**
 * A record's history in people's words, for the shared history fragment
 * ({@code ${@historyWords.rows(entries, 'plan.plan')}}): field names and enum values from the message
 * bundles, people by name, units and linked records by their names (all looked up in one query for the
 * page), and times in Swedish time. An action is labelled by {@code history.action.<ACTION>}, so a new
 * action needs only its message.
 */
@Component("historyWords")
public class HistoryWords {

    private static final String SYSTEM_USER = "anonymous";

    private final ReferenceNames references;
    private final MessageSource messages;
    private final Formats formats;

    HistoryWords(ReferenceNames references, MessageSource messages, Formats formats) {
        this.references = references;
        this.messages = messages;
        this.formats = formats;
    }

    /** One row of the history table, ready to show. */
    public record Row(String when, String who, String action, List<Line> changes, String reason) {
    }

    /**
     * One field's change. {@code before} is null when the field was set for the first time, {@code after}
     * when it was removed.
     */
    public record Line(String label, String before, String after) {
    }

    public List<Row> rows(List<HistoryQuery.Entry> entries, String recordType) {
        if (entries == null || entries.isEmpty()) {
            return List.of();
        }
        Locale locale = LocaleContextHolder.getLocale();
        ReferenceNames.Wanted wanted = new ReferenceNames.Wanted();
        for (HistoryQuery.Entry entry : entries) {
            wanted.add(ReferenceNames.PERSON, entry.username());
            for (HistoryQuery.Change change : entry.changes()) {
                ValueKind kind = HistoryVocabulary.kindOf(recordType, HistoryVocabulary.fieldName(change.field()).key());
                want(wanted, kind, change.before());
                want(wanted, kind, change.after());
            }
        }
        Map<String, String> names = references.namesOf(wanted);
        return entries.stream().map(entry -> new Row(formats.dateTime(entry.changedAt()), who(entry.username(), names, locale),
                messages.getMessage("history.action." + entry.action(), null, entry.action(), locale),
                entry.changes().stream().map(change -> line(recordType, change, names, locale)).toList(),
                entry.reason())).toList();
    }

    private String who(String username, Map<String, String> names, Locale locale) {
        if (username == null || SYSTEM_USER.equals(username)) {
            return messages.getMessage("history.who.system", null, locale);
        }
        return names.getOrDefault(ReferenceNames.PERSON + " " + username, username);
    }

    private Line line(String recordType, HistoryQuery.Change change, Map<String, String> names, Locale locale) {
        HistoryVocabulary.FieldName name = HistoryVocabulary.fieldName(change.field());
        String label = message(locale, name.arguments(), "history.field." + recordType + "." + name.key(),
                "history.field." + name.key());
        ValueKind kind = HistoryVocabulary.kindOf(recordType, name.key());
        return new Line(label == null ? change.field() : label, value(kind, change.before(), names, locale),
                value(kind, change.after(), names, locale));
    }

    private static void want(ReferenceNames.Wanted wanted, ValueKind kind, String value) {
        if (value == null) {
            return;
        }
        switch (kind.type()) {
            case PERSON -> wanted.add(ReferenceNames.PERSON, value);
            case UNIT_ID -> wanted.add(ReferenceNames.UNIT_ID, value);
            case UNIT_CODE -> wanted.add(ReferenceNames.UNIT_CODE, value);
            case CATEGORY -> wanted.add(ReferenceNames.CATEGORY, value);
            case LINK -> {
                Link link = Link.of(value);
                wanted.add(link.type(), link.id());
            }
            default -> {
            }
        }
    }

    private String value(ValueKind kind, String value, Map<String, String> names, Locale locale) {
        if (value == null) {
            return null;
        }
        return switch (kind.type()) {
            case TEXT -> value;
            case YES_NO -> messages.getMessage("history.value." + Boolean.parseBoolean(value), null, locale);
            case LABELLED -> messages.getMessage(kind.prefix() + value, null, value, locale);
            case LABELLED_AMOUNT -> {
                String[] parts = value.split(" ", 2);
                yield messages.getMessage(kind.prefix() + parts[0], new Object[] {parts.length > 1 ? parts[1] : ""},
                        value, locale);
            }
            case PERSON -> names.getOrDefault(ReferenceNames.PERSON + " " + value, value);
            case UNIT_ID -> names.getOrDefault(ReferenceNames.UNIT_ID + " " + value,
                    messages.getMessage("history.value.unknownUnit", null, locale));
            case UNIT_CODE -> names.getOrDefault(ReferenceNames.UNIT_CODE + " " + value, value);
            case CATEGORY -> names.getOrDefault(ReferenceNames.CATEGORY + " " + value, value);
            case LINK -> {
                Link link = Link.of(value);
                String type = messages.getMessage("history.link." + link.type(), null,
                        messages.getMessage("history.link.other", null, locale), locale);
                String named = names.getOrDefault(link.type() + " " + link.id(), link.id());
                yield type + ": " + named;
            }
        };
    }

    private String message(Locale locale, Object[] arguments, String... codes) {
        for (String code : codes) {
            String text = messages.getMessage(code, arguments, null, locale);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    /** A stored link, {@code plan.item 4} or {@code PLAN_ITEM 4}. */
    private record Link(String type, String id) {

        static Link of(String value) {
            String[] parts = value.strip().split(" ", 2);
            String type = HistoryVocabulary.LINK_TYPES.getOrDefault(parts[0], parts[0]);
            return new Link(type, parts.length > 1 ? parts[1] : "");
        }
    }
}
