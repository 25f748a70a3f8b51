package se.vaksam.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FormatsTests {

    private final Formats fmt = new Formats();

    @Test
    void aMomentIsWrittenInSwedishTimeWhateverOffsetItCameWith() {
        OffsetDateTime utc = OffsetDateTime.of(2026, 12, 3, 7, 59, 0, 0, ZoneOffset.UTC);

        assertThat(fmt.dateTime(utc)).isEqualTo("2026-12-03 08:59");
        assertThat(fmt.dateTime(utc.toInstant())).isEqualTo("2026-12-03 08:59");
        assertThat(fmt.time(OffsetDateTime.of(2026, 7, 1, 7, 59, 0, 0, ZoneOffset.UTC))).isEqualTo("09:59");
        assertThat(fmt.date(Instant.parse("2026-12-31T23:30:00Z"))).isEqualTo("2027-01-01");
        assertThat(fmt.dateTime(LocalDateTime.of(2026, 12, 3, 8, 59))).as("a local time is Swedish already")
                .isEqualTo("2026-12-03 08:59");
        assertThat(fmt.date(LocalDate.of(2026, 1, 5))).isEqualTo("2026-01-05");
        assertThat(fmt.dateTime(null)).isEqualTo("–");
    }

    @Test
    void yearsAndOtherFourDigitNumbersAreNeverGrouped() {
        assertThat(fmt.number(2026)).isEqualTo("2026");
        assertThat(fmt.number(9999L)).isEqualTo("9999");
        assertThat(fmt.number(12345)).isEqualTo("12\u00a0345");
        assertThat(fmt.number(new BigDecimal("3.5"))).isEqualTo("3,5");
        assertThat(fmt.number(-1512)).isEqualTo("-1512");
        assertThat(Formats.argument(2026)).isEqualTo("2026");
    }
}
