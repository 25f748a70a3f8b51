package se.vaksam.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Finds text in a Thymeleaf template that a person would see but that does not come from
 * the message bundles: an element's own text (with letters) that no {@code th:text},
 * {@code th:utext}, {@code th:replace}, {@code th:insert} or {@code th:remove} on it or an
 * ancestor replaces, and {@code alt}, {@code title}, {@code placeholder}, {@code aria-label}
 * attributes (and button values) written as literal text. A {@code th:replace} on the root
 * {@code <html>} element is the layout pattern, whose body is still shown.
 */
final class HardCodedText {

    /** Text allowed as written, with why. */
    static final Map<String, String> ALLOWED = Map.of(
            "Svenska", "the language switch names each language in that language",
            "English", "the language switch names each language in that language");

    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Set<String> BODY_REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert",
            "th:remove", "th:include");
    private static final List<String> TEXT_ATTRIBUTES = List.of("alt", "title", "placeholder", "aria-label");
    private static final Set<String> NOT_SHOWN = Set.of("script", "style", "template");

    private HardCodedText() {
    }

    /** Each finding as {@code <template>: <element> "text"}. */
    static List<String> in(String templateName, String html) {
        Document document = Jsoup.parse(html);
        List<String> findings = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            if (!shown(element)) {
                continue;
            }
            String own = ownText(element);
            if (!replacesBody(element) && LETTER.matcher(own).find() && !ALLOWED.containsKey(own) && !decoration(element)) {
                findings.add(templateName + ": <" + element.tagName() + "> \"" + own + "\"");
            }
            for (String attribute : textAttributes(element)) {
                String value = element.attr(attribute);
                if (LETTER.matcher(value).find() && !dynamic(element, attribute)) {
                    findings.add(templateName + ": <" + element.tagName() + " " + attribute + "=\"" + value + "\">");
                }
            }
        }
        return findings;
    }

    /** True when the element itself reaches the browser (no ancestor's content is replaced). */
    private static boolean shown(Element element) {
        if (element.hasAttr("th:replace") || element.hasAttr("th:include") || element.attr("th:remove").equals("all")) {
            return false;
        }
        for (Element e = element; e != null; e = e.parent()) {
            if (NOT_SHOWN.contains(e.tagName())) {
                return false;
            }
            if (e.tagName().equals("html")) {
                return true;
            }
            if (e != element && replacesBody(e)) {
                return false;
            }
        }
        return true;
    }

    /** True when Thymeleaf replaces what is written inside the element. */
    private static boolean replacesBody(Element element) {
        if (element.hasAttr("th:remove")) {
            String remove = element.attr("th:remove");
            return remove.equals("all") || remove.equals("body");
        }
        return BODY_REPLACING.stream().anyMatch(element::hasAttr);
    }

    private static String ownText(Element element) {
        StringBuilder text = new StringBuilder();
        for (TextNode node : element.textNodes()) {
            text.append(node.text());
        }
        return text.toString().strip();
    }

    private static boolean decoration(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if ("true".equals(e.attr("aria-hidden"))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> textAttributes(Element element) {
        List<String> attributes = new ArrayList<>(TEXT_ATTRIBUTES);
        if (element.tagName().equals("button") || element.tagName().equals("input")) {
            String type = element.attr("type");
            if (type.equals("submit") || type.equals("button") || type.equals("reset")) {
                attributes.add("value");
            }
        }
        return attributes;
    }

    /** True when Thymeleaf sets the attribute ({@code th:title}, or {@code th:attr="title=…"}). */
    private static boolean dynamic(Element element, String attribute) {
        if (element.hasAttr("th:" + attribute)) {
            return true;
        }
        for (String setter : List.of("th:attr", "th:attrappend", "th:attrprepend")) {
            if (Pattern.compile("(^|[\\s,])" + Pattern.quote(attribute) + "\\s*=").matcher(element.attr(setter)).find()) {
                return true;
            }
        }
        return false;
    }
}
