package se.vaksam.deviation.web;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The public e-service's rate limit per client address: at most {@code vaksam.deviation.public.rate-limit}
 * new submissions per {@code vaksam.deviation.public.rate-window} (a sliding window, in memory). A
 * repeated submission token never counts, so a sender whose answer was lost can always send again.
 */
@Component
class SubmissionLimit {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Long>> recent = new ConcurrentHashMap<>();

    SubmissionLimit(@Value("${vaksam.deviation.public.rate-limit:10}") int limit,
            @Value("${vaksam.deviation.public.rate-window:1m}") Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Counts one submission from the address, or refuses it when the address has used up its window. */
    boolean tryAcquire(String address) {
        long now = clock.millis();
        long oldest = now - window.toMillis();
        if (recent.size() > 10_000) {
            recent.values().removeIf(times -> times.isEmpty() || times.peekLast() < oldest);
        }
        Deque<Long> times = recent.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() < oldest) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    /** Seconds until the address may send again (for Retry-After). */
    long retryAfterSeconds() {
        return Math.max(1, window.toSeconds());
    }

    /** Forgets every address (tests that send bursts clean up after themselves). */
    void reset() {
        recent.clear();
    }
}
