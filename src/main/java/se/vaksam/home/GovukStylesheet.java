package se.vaksam.home;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.webjars.WebJarVersionLocator;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/**
 * GOV.UK Frontend's stylesheet without its {@code @font-face} rules. The GDS Transport font is licensed for
 * gov.uk only and is not served here; with the rules gone no page can ask for its files (which would be
 * 404s), and the stylesheet's own fallback (Arial, sans-serif) and Vaksam's font in vaksam.css apply.
 */
@Allowed(Capability.PUBLIC)
@RestController
class GovukStylesheet {

    static final String PATH = "/css/govuk-frontend.css";

    private final String css;

    GovukStylesheet() {
        String location = new WebJarVersionLocator().fullPath("govuk-frontend", "dist/govuk/govuk-frontend.min.css");
        if (location == null) {
            throw new IllegalStateException("GOV.UK Frontend's stylesheet is not on the classpath");
        }
        try (InputStream in = new ClassPathResource(location).getInputStream()) {
            css = withoutFontFaces(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String withoutFontFaces(String css) {
        return css.replaceAll("@font-face\\s*\\{[^}]*}", "");
    }

    @GetMapping(value = PATH, produces = "text/css")
    ResponseEntity<String> stylesheet() {
        return ResponseEntity.ok().contentType(new MediaType("text", "css", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1))).body(css);
    }
}
