package se.vaksam.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import se.vaksam.VaksamTest;
import se.vaksam.support.WebClient;

/** The message bundles write plain arguments through {@link Formats}: a year is never "2 026". */
@VaksamTest
class MessageNumbersTests {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Autowired
    MessageSource messages;

    @LocalServerPort
    int port;

    @Test
    void aYearInAMessageIsWrittenWithoutASpace() {
        assertThat(messages.getMessage("deviation.quality.title", new Object[] {2026}, SWEDISH)).contains("2026")
                .doesNotContain("2 026").doesNotContain("2\u00a0026");
        assertThat(messages.getMessage("plan.name", new Object[] {2026}, SWEDISH)).endsWith("2026");
    }

    @Test
    void aMomentInAMessageIsInSwedishTime() {
        String text = messages.getMessage("plan.followup.readyBy",
                new Object[] {"Anna", OffsetDateTime.of(2026, 12, 3, 7, 59, 0, 0, ZoneOffset.UTC)}, SWEDISH);

        assertThat(text).contains("2026-12-03 08:59");
    }

    @Test
    void theQualityPagesShowTheYearAsAYear() {
        WebClient web = new WebClient(port);
        web.login("kval.controller", "vaksam");

        String page = web.get("/quality?year=2026").body();

        assertThat(page).contains("2026").doesNotContain("2\u00a0026").doesNotContain("2 026");
    }
}
