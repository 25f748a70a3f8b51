package se.vaksam.i18n;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The message bundles and templates under src/main/resources, read as files. */
final class Bundles {

    static final Path RESOURCES = Path.of("src", "main", "resources");
    static final Path TEMPLATES = RESOURCES.resolve("templates");

    private Bundles() {
    }

    /** Every bundle's base name (e.g. {@code messages}, {@code i18n/org}) that has an _sv or _en file. */
    static List<String> baseNames() {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.map(path -> RESOURCES.relativize(path).toString().replace('\\', '/'))
                    .filter(name -> name.endsWith("_sv.properties") || name.endsWith("_en.properties"))
                    .map(name -> name.substring(0, name.length() - "_sv.properties".length()))
                    .filter(name -> !name.startsWith("static/") && !name.startsWith("templates/"))
                    .distinct().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The keys and values of one language's file of a bundle (empty if the file is missing). */
    static Map<String, String> read(String baseName, String language) {
        Path file = RESOURCES.resolve(baseName + "_" + language + ".properties");
        Map<String, String> entries = new TreeMap<>();
        if (!Files.exists(file)) {
            return entries;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        properties.forEach((key, value) -> entries.put((String) key, (String) value));
        return entries;
    }

    /** All Swedish messages of all bundles together, as the application sees them. */
    static Map<String, String> swedish() {
        Map<String, String> all = new TreeMap<>();
        baseNames().forEach(base -> all.putAll(read(base, "sv")));
        return all;
    }

    /** Every Thymeleaf HTML template, as a path relative to the templates folder. */
    static List<Path> templates() {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(path -> path.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String content(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String name(Path template) {
        return TEMPLATES.relativize(template).toString().replace('\\', '/');
    }
}
