package se.vaksam.survey.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The public answer form's rate limit per client address, like the public e-service's: at most
 * {@code vaksam.survey.public.rate-limit} submissions per {@code vaksam.survey.public.rate-window} (fixed
 * windows, in memory).
 */
@Component
class AnswerLimit {

    private record Window(long start, int count) {
    }

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    AnswerLimit(@Value("${vaksam.survey.public.rate-limit:20}") int limit,
            @Value("${vaksam.survey.public.rate-window:1m}") Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    boolean tryAcquire(String address) {
        long now = clock.millis();
        if (windows.size() > 10_000) {
            windows.values().removeIf(w -> w.start() + window.toMillis() < now);
        }
        Window w = windows.compute(address, (a, old) -> old == null || old.start() + window.toMillis() <= now
                ? new Window(now, 1) : new Window(old.start(), old.count() + 1));
        return w.count() <= limit;
    }

    long retryAfterSeconds() {
        return Math.max(1, window.toSeconds());
    }
}
