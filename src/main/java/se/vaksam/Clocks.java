package se.vaksam;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application, in Swedish time. Everything that asks what day it is (tertials,
 * deadlines, the annual wheel, reminders, statistics, the demo data) reads it.
 *
 * <p>{@code vaksam.clock.fixed=2026-12-03T10:00:00} (Swedish local time) sets the clock to that moment
 * when the application starts; from there it runs on at the normal pace, so durations and the order of
 * events stay real. The tests set it (application-test.properties), so they give the same answer on any
 * day; {@code -Dvaksam.clock.fixed=2027-04-30T23:59:00} runs them at a tertial boundary.
 */
@Configuration(proxyBeanMethods = false)
class Clocks {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private static final Logger log = LoggerFactory.getLogger(Clocks.class);

    @Bean
    Clock clock(@Value("${vaksam.clock.fixed:}") String fixed) {
        Clock system = Clock.system(SWEDEN);
        if (fixed.isBlank()) {
            return system;
        }
        Instant start = LocalDateTime.parse(fixed.strip()).atZone(SWEDEN).toInstant();
        log.warn("The clock is set: it starts at {} Swedish time (vaksam.clock.fixed)", fixed.strip());
        return Clock.offset(system, Duration.between(system.instant(), start));
    }
}
