package se.vaksam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Irreversible steps ask first: every form of every page that removes, deletes, ends, closes, revokes or
 * disables something carries the shared confirmation ({@code fragments/confirm}), whose ticked box the
 * handler demands. A sweep over the templates, so that a new destructive form cannot slip in without it.
 */
class IrreversibleStepsAskFirstTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);

    /** A path that ends in one of the destructive verbs, e.g. {@code /links/remove(id=…)} or {@code /removal}. */
    private static final Pattern DESTRUCTIVE_PATH = Pattern.compile(
            "th:(?:form)?action=\"@\\{[^\"]*/(remove|removal|delete|revoke|end|close|closing|disable|enabled)"
                    + "(\\([^\"]*\\))?\\}\"");

    /** A form that says what it does in a field: {@code action=remove}, {@code remove=true}. */
    private static final Pattern DESTRUCTIVE_FIELD = Pattern.compile(
            "name=\"(action|op)\" value=\"(remove|delete|revoke|end|close|disable)\"|name=\"remove\" value=\"true\"");

    @Test
    void everyFormThatRemovesEndsOrRevokesCarriesTheConfirmation() throws IOException {
        List<String> destructive = new ArrayList<>();
        List<String> unasked = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String html = Files.readString(file);
                Matcher form = FORM.matcher(html);
                while (form.find()) {
                    String whole = form.group();
                    boolean post = form.group(1).contains("method=\"post\"");
                    if (post && (DESTRUCTIVE_PATH.matcher(whole).find() || DESTRUCTIVE_FIELD.matcher(whole).find())) {
                        String where = TEMPLATES.relativize(file) + ":" + (html.substring(0, form.start()).lines().count() + 1);
                        destructive.add(where);
                        if (!whole.contains("~{fragments/confirm ::")) {
                            unasked.add(where);
                        }
                    }
                }
            }
        }
        assertThat(destructive).as("the sweep finds the known destructive forms").hasSizeGreaterThanOrEqualTo(9);
        assertThat(unasked).as("destructive forms without the confirmation").isEmpty();
    }
}
