package se.vaksam.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.vaksam.VaksamTest;
import se.vaksam.support.ApiContract;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published OpenAPI document is the API's contract: it is written to
 * {@code target/openapi.json} for the linter (Redocly CLI, phase {@code verify}) and kept in
 * {@code docs/openapi.json} for reviewers, which must be current.
 * Run with {@code -Dvaksam.writeOpenApi=true} to regenerate {@code docs/openapi.json}.
 */
@VaksamTest
class OpenApiDocumentTests {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @LocalServerPort
    int port;

    @Test
    void theDocumentIsExportedForTheLinterAndDocsOpenapiJsonIsCurrent() throws IOException {
        JsonNode document = JSON.readTree(ApiContract.of(port).document());
        String text = JSON.writeValueAsString(document) + "\n";
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi.json"), text);

        Path published = Path.of("docs/openapi.json");
        if (Boolean.getBoolean("vaksam.writeOpenApi")) {
            Files.writeString(published, text);
        }
        assertThat(published).as("docs/openapi.json (regenerate with -Dvaksam.writeOpenApi=true)").exists();
        assertThat(Files.readString(published)).as("docs/openapi.json is current (regenerate with "
                + "-Dvaksam.writeOpenApi=true)").isEqualTo(text);
    }
}
