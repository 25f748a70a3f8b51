package se.vaksam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HelpTests {

    @Test
    void helpPrintsTheConfigurationWithoutStartingTheApplication() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            VaksamApplication.main(new String[] {"--help"});
        } finally {
            System.setOut(original);
        }
        String help = out.toString(StandardCharsets.UTF_8);
        assertThat(help).contains("VAKSAM_DB_URL").contains("VAKSAM_SESSION_TIMEOUT").contains("issuer-uri");
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        help.lines().filter(line -> line.startsWith("  VAKSAM_") || line.startsWith("  vaksam."))
                .forEach(line -> assertThat(readme).as("README documents the setting").contains(line));
    }
}
