package se.vaksam.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Swedish first, English second: every text exists in both, and the application loads every bundle. */
class MessageBundlesTests {

    @Test
    void thereAreBundlesToCheck() {
        assertThat(Bundles.baseNames()).contains("messages", "i18n/org", "i18n/security", "i18n/history");
    }

    @Test
    void everySwedishBundleHasAnEnglishTwinWithExactlyTheSameKeys() {
        List<String> problems = new ArrayList<>();
        for (String base : Bundles.baseNames()) {
            TreeSet<String> swedish = new TreeSet<>(Bundles.read(base, "sv").keySet());
            TreeSet<String> english = new TreeSet<>(Bundles.read(base, "en").keySet());
            TreeSet<String> onlySwedish = new TreeSet<>(swedish);
            onlySwedish.removeAll(english);
            TreeSet<String> onlyEnglish = new TreeSet<>(english);
            onlyEnglish.removeAll(swedish);
            if (!onlySwedish.isEmpty()) {
                problems.add(base + "_en.properties lacks " + onlySwedish);
            }
            if (!onlyEnglish.isEmpty()) {
                problems.add(base + "_sv.properties lacks " + onlyEnglish);
            }
        }
        assertThat(problems).as("keys missing from one language").isEmpty();
    }

    @Test
    void noMessageIsEmpty() {
        List<String> empty = new ArrayList<>();
        for (String base : Bundles.baseNames()) {
            for (String language : List.of("sv", "en")) {
                Bundles.read(base, language).forEach((key, value) -> {
                    if (value.isBlank()) {
                        empty.add(base + "_" + language + ".properties: " + key);
                    }
                });
            }
        }
        assertThat(empty).as("empty messages").isEmpty();
    }

    @Test
    void everyBundleIsListedInSpringMessagesBasename() throws IOException {
        Properties application = new Properties();
        try (Reader reader = Files.newBufferedReader(Bundles.RESOURCES.resolve("application.properties"), StandardCharsets.UTF_8)) {
            application.load(reader);
        }
        List<String> listed = Arrays.stream(application.getProperty("spring.messages.basename", "").split(","))
                .map(String::strip).toList();

        assertThat(listed).as("spring.messages.basename in application.properties").containsAll(Bundles.baseNames());
    }

    @Test
    void noKeyIsDefinedInTwoBundles() {
        Map<String, String> firstBundle = new java.util.TreeMap<>();
        List<String> duplicates = new ArrayList<>();
        for (String base : Bundles.baseNames()) {
            for (String key : Bundles.read(base, "sv").keySet()) {
                String earlier = firstBundle.putIfAbsent(key, base);
                if (earlier != null) {
                    duplicates.add(key + " in " + earlier + " and " + base);
                }
            }
        }
        assertThat(duplicates).as("keys defined twice (which one wins depends on the basename order)").isEmpty();
    }
}
