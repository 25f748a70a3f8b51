package se.vaksam.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.vaksam.i18n.MessageExpressions.KeyUse;

/** Every message key a template asks for exists in Swedish. */
class TemplateMessagesTests {

    @Test
    void everyKeyUsedInATemplateExistsInTheSwedishBundles() {
        Map<String, String> swedish = Bundles.swedish();
        List<String> missing = new ArrayList<>();
        for (Path template : Bundles.templates()) {
            for (KeyUse use : MessageExpressions.keysIn(Bundles.content(template))) {
                boolean found = use.prefix()
                        ? swedish.keySet().stream().anyMatch(key -> key.startsWith(use.key()))
                        : swedish.containsKey(use.key());
                if (!found) {
                    missing.add(Bundles.name(template) + ": " + use.key() + (use.prefix() ? "…" : ""));
                }
            }
        }
        assertThat(Bundles.templates()).isNotEmpty();
        assertThat(missing).as("message keys used in templates but missing from the *_sv.properties bundles").isEmpty();
    }

    @Test
    void readsStaticDynamicAndParameterisedKeys() {
        String template = """
                <h1 th:text="#{home.title}">x</h1>
                <td th:text="#{'org.type.' + ${node.type}}">typ</td>
                <td th:text="#{${task.messageKey}}">typ</td>
                <p th:text="#{org.transfer.import.done(${result.changedRecords})}">klart</p>
                <p th:text="${#messages.msgOrNull('error.title.' + status) ?: #messages.msg('error.page.title')}">x</p>
                """;

        assertThat(MessageExpressions.keysIn(template)).containsExactly(
                new KeyUse("home.title", false),
                new KeyUse("org.type.", true),
                new KeyUse("org.transfer.import.done", false),
                new KeyUse("error.page.title", false));
    }

    @Test
    void refusesAnExpressionItCannotRead() {
        assertThatThrownBy(() -> MessageExpressions.keysIn("<p th:text=\"#{a.b ? c}\">x</p>"))
                .hasMessageContaining("#{a.b ? c}");
    }
}
