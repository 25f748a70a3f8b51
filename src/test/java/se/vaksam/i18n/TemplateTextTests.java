package se.vaksam.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a person reads comes from the message bundles, in Swedish and English; nothing is written into templates. */
class TemplateTextTests {

    @Test
    void noTemplateHasHardCodedText() {
        List<String> findings = new ArrayList<>();
        for (Path template : Bundles.templates()) {
            findings.addAll(HardCodedText.in(Bundles.name(template), Bundles.content(template)));
        }
        assertThat(Bundles.templates()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(findings).as("hard-coded text in templates: use th:text=\"#{key}\" (or th:attr/th:<attribute>)").isEmpty();
    }

    @Test
    void findsTextAndAttributesWrittenIntoATemplate() {
        String template = """
                <!DOCTYPE html>
                <html th:replace="~{layout :: page(~{::title}, ~{::section})}">
                <head><title>Risker</title></head>
                <body><section>
                  <h1 class="govuk-heading-xl">Risker</h1>
                  <p th:text="#{risk.intro}">Platshållare som byts ut</p>
                  <p><span th:text="#{risk.count}">3</span> risker</p>
                  <img src="/img/matris.png" alt="Riskmatris">
                  <input id="q" placeholder="Sök risk">
                  <a th:href="@{/}" aria-label="Till start" th:text="#{home.title}">Start</a>
                  <button type="submit" th:title="#{risk.save}">Spara</button>
                </section></body>
                </html>""";

        assertThat(HardCodedText.in("risk/list.html", template)).containsExactly(
                "risk/list.html: <title> \"Risker\"",
                "risk/list.html: <h1> \"Risker\"",
                "risk/list.html: <p> \"risker\"",
                "risk/list.html: <img alt=\"Riskmatris\">",
                "risk/list.html: <input placeholder=\"Sök risk\">",
                "risk/list.html: <a aria-label=\"Till start\">",
                "risk/list.html: <button> \"Spara\"");
    }

    @Test
    void acceptsMessagesDecorationLanguageNamesAndReplacedPlaceholders() {
        String template = """
                <html><body>
                  <a th:href="@{''(lang='en')}" lang="en" hreflang="en">English</a> |
                  <span aria-hidden="true">→</span><span aria-hidden="true">pil</span>
                  <nav th:attr="aria-label=#{nav.label}"><a th:text="#{nav.home}">Hem</a></nav>
                  <div th:replace="~{history/fragments :: history(${entries}, 'org.unit')}">Historik här</div>
                  <th:block th:remove="all"><p>Exempel för formgivaren</p></th:block>
                  <script>var text = 'inte synlig';</script>
                </body></html>""";

        assertThat(HardCodedText.in("ok.html", template)).isEmpty();
    }
}
