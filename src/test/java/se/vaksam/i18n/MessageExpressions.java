package se.vaksam.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the message keys a template uses: {@code #{key}}, {@code #{key(${arg})}},
 * {@code #{'prefix.' + ${x}}} (a dynamic key: only its prefix is known),
 * {@code #{${x}}} (wholly dynamic: skipped) and {@code #messages.msg('key')} /
 * {@code msgWithParams('key', …)}. {@code #messages.msgOrNull} asks whether a key exists and
 * is skipped.
 */
final class MessageExpressions {

    /** A key used by a template; {@code prefix} is true when only the start of the key is known. */
    record KeyUse(String key, boolean prefix) {
    }

    private static final Pattern STATIC_KEY = Pattern.compile("^([A-Za-z0-9_.\\-]+)\\s*(\\(.*\\))?$", Pattern.DOTALL);
    private static final Pattern PREFIX_KEY = Pattern.compile("^'([A-Za-z0-9_.\\-]+)'\\s*\\+", Pattern.DOTALL);
    private static final Pattern MESSAGES_CALL = Pattern.compile("#messages\\.(?:msg|msgWithParams)\\(\\s*'([A-Za-z0-9_.\\-]+)'\\s*[,)]");

    private MessageExpressions() {
    }

    static List<KeyUse> keysIn(String template) {
        List<KeyUse> uses = new ArrayList<>();
        for (String body : hashBraceBodies(template)) {
            Matcher plain = STATIC_KEY.matcher(body.strip());
            Matcher prefix = PREFIX_KEY.matcher(body.strip());
            if (plain.matches()) {
                uses.add(new KeyUse(plain.group(1), false));
            } else if (prefix.find()) {
                uses.add(new KeyUse(prefix.group(1), true));
            } else if (!body.strip().startsWith("${")) {
                throw new IllegalArgumentException("A message expression this test cannot read: #{" + body + "}");
            }
        }
        Matcher call = MESSAGES_CALL.matcher(template);
        while (call.find()) {
            uses.add(new KeyUse(call.group(1), false));
        }
        return uses;
    }

    /** The text inside each {@code #{…}}, with nested braces ({@code ${…}}) matched. */
    private static List<String> hashBraceBodies(String text) {
        List<String> bodies = new ArrayList<>();
        int start = text.indexOf("#{");
        while (start >= 0) {
            int depth = 1;
            int i = start + 2;
            while (i < text.length() && depth > 0) {
                char c = text.charAt(i);
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                }
                i++;
            }
            bodies.add(text.substring(start + 2, i - 1));
            start = text.indexOf("#{", i);
        }
        return bodies;
    }
}
